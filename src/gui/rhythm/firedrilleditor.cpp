#include "gui/rhythm/firedrilleditor.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"
#include "gui/editing/partnerchecklist.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "gui/rhythm/rhythmchoices.h"
#include "gui/rhythm/rhythmlabels.h"
#include "store/firedrillstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>

namespace trellis::gui {

using rhythm::FireDrill;
using rhythm::FireDrillKind;

namespace {

const QList<QPair<QString, bool>> kFireDrillFields = {{QStringLiteral("what_held"), true},
                                             {QStringLiteral("what_broke"), true},
                                             {QStringLiteral("follow_ups"), true}};

domain::RecordTexts textsOf(const FireDrill &d)
{
    return {{{QStringLiteral("what_held"), d.whatHeld}, {QStringLiteral("what_broke"), d.whatBroke},
             {QStringLiteral("follow_ups"), d.followUps}},
            d.firstDay, std::nullopt};
}

RecordExistence existence(Workbench &wb, const FireDrill &drill)
{
    return fulfillingExistence(wb, storeExistence<store::FireDrillStore>(wb, Section::FireDrills, drill), QStringLiteral("fire-drill"));
}

/// A drill of a week, as the seed's blackout runs, from today.
constexpr int kDefaultDays = 7;

} // namespace

FireDrillEditor::FireDrillEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::FireDrills, parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of drill"));
    for (FireDrillKind k : fireDrillKinds())
        m_kind->addItem(fireDrillKindLabel(k), int(k));
    m_firstDay = new DateField(this);
    m_firstDay->setObjectName(QStringLiteral("firstDay"));
    m_firstDay->setAccessibleName(tr("First day of the drill"));
    m_lastDay = new DateField(this);
    m_lastDay->setObjectName(QStringLiteral("lastDay"));
    m_lastDay->setAccessibleName(tr("Last day of the drill"));
    m_partners = new PartnerChecklist(wb.workspace(), this);
    m_partners->setObjectName(QStringLiteral("partners"));
    m_partners->setAccessibleName(tr("Partners in the drill"));
    m_protocols = new RecordChecklist(this);
    m_protocols->setObjectName(QStringLiteral("protocols"));
    m_protocols->setAccessibleName(tr("Protocols the drill tested"));
    m_protocols->setMaximumHeight(80);
    facts()->addRow(tr("&Kind:"), m_kind);
    facts()->addRow(tr("&From:"), m_firstDay);
    facts()->addRow(tr("&Until:"), m_lastDay);
    facts()->addRow(tr("&Partners:"), m_partners);
    facts()->addRow(tr("Pro&tocols tested:"), m_protocols);
    m_fulfils = new FulfilmentPicker(wb.workspace(), QStringLiteral("fire-drill"), this);
    facts()->addRow(tr("Fulfi&ls:"), m_fulfils);
    setFactOrder({m_kind, m_firstDay, m_lastDay, m_partners, m_protocols, m_fulfils});
    connect(m_fulfils, &QComboBox::currentIndexChanged, this, &FireDrillEditor::markDirty);
    connect(m_firstDay, &DateField::dateChanged, m_fulfils, &FulfilmentPicker::setDay);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FireDrillEditor::markDirty);
    followDate(m_firstDay);
    connect(m_lastDay, &DateField::dateChanged, this, &FireDrillEditor::markDirty);
    connect(m_partners, &QListWidget::itemChanged, this, &FireDrillEditor::markDirty);
    connect(m_protocols, &QListWidget::itemChanged, this, &FireDrillEditor::markDirty);
    setFields(kFireDrillFields, {});
}

QWidget *FireDrillEditor::firstFact() const
{
    return m_kind;
}

void FireDrillEditor::showDrill(const FireDrill &d)
{
    m_drill = d;
    const bool isNew = d.stamp.id == 0;
    const QDate today = QDate::currentDate();
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    }
    m_firstDay->setDate(d.firstDay.isValid() ? d.firstDay : today.addDays(1 - kDefaultDays));
    m_lastDay->setDate(d.lastDay.isValid() ? d.lastDay : today);
    m_partners->setChecked(d.partnerIds);
    m_protocols->setItems(protocolChoices(workbench().workspace()), d.protocolIds);
    m_fulfils->showRecord(d.stamp.id, m_firstDay->date());
    setFields(kFireDrillFields, textsOf(d));
    setHeading(isNew ? tr("New fire drill")
                     : tr("%1 from %2 to %3").arg(fireDrillKindLabel(d.kind), shortDate(d.firstDay), shortDate(d.lastDay)),
               QString());
    setSummary(isNew ? tr("\u201cSuspend communication for a week to see if local nodes can sustain contact through "
                          "alternative means. Swap representative roles to expose dependency on individual "
                          "personalities.\u201d Record a drill once it has been run: at least two partners, and what "
                          "held or what broke.")
                     : QString());
}

Status FireDrillEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const FireDrill d, store::FireDrillStore(workbench().workspace()).get(id));
    showDrill(d);
    return {};
}

void FireDrillEditor::clearFacts()
{
    showDrill(FireDrill{});
}

FireDrill FireDrillEditor::drillFromForm() const
{
    FireDrill d = m_drill;
    d.kind = FireDrillKind(m_kind->currentData().toInt());
    d.firstDay = m_firstDay->date();
    d.lastDay = m_lastDay->date();
    d.partnerIds = m_partners->checked();
    d.protocolIds = m_protocols->checked();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("what_held")) d.whatHeld = f.text;
        else if (f.key == QLatin1String("what_broke")) d.whatBroke = f.text;
        else if (f.key == QLatin1String("follow_ups")) d.followUps = f.text;
    }
    return d;
}

QString FireDrillEditor::endsBeforeItBegins() const
{
    return tr("The drill ends (%1) before it begins (%2)").arg(shortDate(m_lastDay->date()), shortDate(m_firstDay->date()));
}

Status FireDrillEditor::check() const
{
    for (DateField *day : {m_firstDay, m_lastDay})
        if (const QString why = day->problem(); !why.isEmpty())
            return makeError(ErrorCode::InvalidInput, why);
    FireDrill d = drillFromForm();
    // The core says this too, in English and ISO days; the window says it in its language.
    if (d.firstDay.isValid() && d.lastDay.isValid() && d.lastDay < d.firstDay)
        return makeError(ErrorCode::InvalidInput, endsBeforeItBegins());
    return d.normalise();
}

QWidget *FireDrillEditor::fieldOf(const QString &message) const
{
    for (DateField *day : {m_firstDay, m_lastDay})
        if (message == day->problem())
            return day;
    if (message == endsBeforeItBegins() || message.startsWith(QLatin1String("A fire drill lasts")))
        return m_lastDay;
    if (message.startsWith(QLatin1String("A fire drill needs its first and last day")))
        return m_firstDay->date().isValid() ? m_lastDay : m_firstDay;
    if (message.contains(QLatin1String("partner"), Qt::CaseInsensitive))
        return m_partners;
    if (message.contains(QLatin1String("Protocol")))
        return m_protocols;
    if (message.startsWith(QLatin1String("Say what held")))
        return view()->firstColumn()->field(QStringLiteral("what_held"));
    return nullptr;
}

Result<qint64> FireDrillEditor::write()
{
    TRELLIS_TRY(check());
    FireDrill d = drillFromForm();
    Workbench &wb = workbench();
    const bool isNew = d.stamp.id == 0;
    TRELLIS_TRY_ASSIGN(const qint64 id, m_fulfils->saveLinked(wb, Section::FireDrills, [&] {
                           return saveWithUndo<store::FireDrillStore>(wb, Section::FireDrills, d, m_drill,
                                                                      tr("Add fire drill"), tr("Edit fire drill"));
                       }));
    if (isNew)
        wb.report(tr("Fire drill recorded."));
    return id;
}

void FireDrillEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete fire drill"), existence(workbench(), m_drill), m_drill.stamp.id),
                 tr("Fire drill deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject FireDrillEditor::factsDraft() const
{
    return {{QStringLiteral("kind"), m_kind->currentData().toInt()},
            {QStringLiteral("firstDay"), m_firstDay->text()}, {QStringLiteral("lastDay"), m_lastDay->text()},
            {QStringLiteral("partners"), idsToJson(m_partners->checked())},
            {QStringLiteral("protocols"), idsToJson(m_protocols->checked())}, {QStringLiteral("fulfils"), m_fulfils->draft()}};
}

void FireDrillEditor::restoreFactsDraft(const QJsonObject &facts)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(facts.value(QStringLiteral("kind")).toInt())));
    for (const auto &[field, key] : {std::pair{m_firstDay, "firstDay"}, std::pair{m_lastDay, "lastDay"}}) {
        const auto day = DateField::parse(facts.value(QLatin1String(key)).toString(), QLocale());
        field->setDate(day ? *day : QDate());
    }
    m_partners->setChecked(idsFromJson(facts.value(QStringLiteral("partners"))));
    m_protocols->setItems(protocolChoices(workbench().workspace()), idsFromJson(facts.value(QStringLiteral("protocols"))));
    m_fulfils->restoreDraft(facts.value(QStringLiteral("fulfils")).toString());
}

} // namespace trellis::gui
