#include "gui/rhythm/custodiantermeditor.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/partners/partnerpicker.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "gui/rhythm/rhythmlabels.h"
#include "store/custodiantermstore.h"
#include "store/partnerstore.h"
#include "store/ritualstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>

namespace trellis::gui {

using rhythm::CustodianHandOver;

namespace {

const QList<QPair<QString, bool>> kCustodianTermFields = {{QStringLiteral("notes"), true}};

domain::RecordTexts textsOf(const CustodianHandOver &t)
{
    return {{{QStringLiteral("notes"), t.notes}}, t.handedOverOn, std::nullopt};
}

RecordExistence existence(Workbench &wb, const CustodianHandOver &term)
{
    return fulfillingExistence(wb, storeExistence<store::CustodianTermStore>(wb, Section::Custodians, term), QStringLiteral("custodian-term"));
}

} // namespace

CustodianTermEditor::CustodianTermEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Custodians, parent)
{
    m_nextDue = new QLabel(this);
    m_nextDue->setObjectName(QStringLiteral("nextDue"));
    m_nextDue->setTextFormat(Qt::PlainText);
    m_custodian = new PartnerPicker(wb, this);
    m_custodian->setObjectName(QStringLiteral("custodian"));
    m_custodian->setAccessibleName(tr("The partner who takes the archive over"));
    m_handedOverOn = new DateField(this);
    m_handedOverOn->setObjectName(QStringLiteral("handedOverOn"));
    m_handedOverOn->setAccessibleName(tr("Day of the hand-over"));
    m_ritual = new QComboBox(this);
    m_ritual->setObjectName(QStringLiteral("ritual"));
    m_ritual->setAccessibleName(tr("The custodians' rotation it belongs to"));
    m_ritual->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ritual->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    facts()->addRow(tr("Next due:"), m_nextDue);
    facts()->addRow(tr("&Custodian:"), m_custodian);
    facts()->addRow(tr("&Handed over on:"), m_handedOverOn);
    facts()->addRow(tr("&Rotation:"), m_ritual);
    m_fulfils = new FulfilmentPicker(wb.workspace(), QStringLiteral("custodian-term"), this);
    facts()->addRow(tr("Fulfi&ls:"), m_fulfils);
    setFactOrder({m_custodian, m_handedOverOn, m_ritual, m_fulfils});
    connect(m_fulfils, &QComboBox::currentIndexChanged, this, &CustodianTermEditor::markDirty);
    connect(m_handedOverOn, &DateField::dateChanged, m_fulfils, &FulfilmentPicker::setDay);
    connect(m_custodian, &QComboBox::currentIndexChanged, this, &CustodianTermEditor::markDirty);
    followDate(m_handedOverOn);
    connect(m_ritual, &QComboBox::currentIndexChanged, this, &CustodianTermEditor::markDirty);
    // Another hand-over saved, or a rotation ritual changed, moves who is due next.
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved})
        connect(&wb, signal, this, [this](Section s) {
            if (s == Section::Custodians || s == Section::Rituals || s == Section::Partners)
                updateNextDue();
        });
    setFields(kCustodianTermFields, {});
}

QWidget *CustodianTermEditor::firstFact() const
{
    return m_custodian;
}

QString CustodianTermEditor::partnerName(qint64 id) const
{
    auto partner = store::PartnerStore(workbench().workspace()).get(id);
    return partner ? inUiLanguage(partner->name) : numberLabel(id);
}

void CustodianTermEditor::listRituals(qint64 ritualId)
{
    const QSignalBlocker block(m_ritual);
    m_ritual->clear();
    m_ritual->addItem(tr("(none)"), 0);
    if (auto rituals = store::RitualStore(workbench().workspace()).all()) {
        for (const rhythm::Ritual &r : std::as_const(*rituals))
            if (r.kind == rhythm::RitualKind::CustodianRotation)
                m_ritual->addItem(inUiLanguage(r.title), r.stamp.id);
    }
    const int index = m_ritual->findData(ritualId);
    m_ritual->setCurrentIndex(std::max(0, index));
}

void CustodianTermEditor::updateNextDue()
{
    auto next = store::CustodianTermStore(workbench().workspace()).nextHandOver(QDate::currentDate());
    if (!next) {
        m_nextDue->setText(next.error().message);
        return;
    }
    if (!next->has_value()) {
        m_nextDue->setText(tr("No one takes turns yet: name the partners of a custodians' rotation ritual, or record "
                              "a first hand-over."));
        return;
    }
    const store::NextHandOver &due = **next;
    const QString name = isolated(partnerName(due.custodianId));
    QString text = due.on.isValid() ? tr("%1, at the rotation on %2").arg(name, shortDate(due.on))
                                    : tr("%1 (no rotation ritual gives the day)").arg(name);
    if (due.repeat)
        text += u'\n' + tr("They held it last too: the rotation has no one else to hand it to.");
    m_nextDue->setText(text);
}

void CustodianTermEditor::showTerm(const CustodianHandOver &t)
{
    m_term = t;
    const bool isNew = t.stamp.id == 0;
    store::CustodianTermStore store(workbench().workspace());
    qint64 ritual = t.ritualId.value_or(0);
    qint64 custodian = t.custodianId;
    if (isNew) {
        // A new hand-over starts from the rotation: its ritual and the custodian due next.
        if (auto rotation = store.rotationRitual(); rotation && rotation->has_value())
            ritual = **rotation;
        if (auto next = store.nextHandOver(QDate::currentDate()); next && next->has_value())
            custodian = (*next)->custodianId;
    }
    {
        const QSignalBlocker block(m_custodian);
        m_custodian->showPartner(custodian);
    }
    m_handedOverOn->setDate(t.handedOverOn.isValid() ? t.handedOverOn : QDate::currentDate());
    listRituals(ritual);
    m_fulfils->showRecord(t.stamp.id, m_handedOverOn->date());
    setFields(kCustodianTermFields, textsOf(t));
    updateNextDue();
    setHeading(isNew ? tr("New hand-over of the archive")
                     : tr("%1 took the archive over on %2").arg(isolated(partnerName(t.custodianId)), shortDate(t.handedOverOn)),
               QString());
    setSummary(isNew ? tr("\u201cRotate stewardship of these commons. Assign alternating custodians every cycle to prevent "
                          "gatekeeping.\u201d Record each hand-over on its day, with what was handed over.")
                     : QString());
}

Status CustodianTermEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const CustodianHandOver t, store::CustodianTermStore(workbench().workspace()).get(id));
    showTerm(t);
    return {};
}

void CustodianTermEditor::clearFacts()
{
    showTerm(CustodianHandOver{});
}

CustodianHandOver CustodianTermEditor::termFromForm() const
{
    CustodianHandOver t = m_term;
    t.custodianId = m_custodian->partnerId();
    t.handedOverOn = m_handedOverOn->date();
    const qint64 ritual = m_ritual->currentData().toLongLong();
    t.ritualId = ritual ? std::optional<qint64>(ritual) : std::nullopt;
    for (const domain::RecordField &f : view()->record().fields)
        if (f.key == QLatin1String("notes"))
            t.notes = f.text;
    return t;
}

Status CustodianTermEditor::check() const
{
    if (const QString why = m_handedOverOn->problem(); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    CustodianHandOver t = termFromForm();
    return t.normalise();
}

bool CustodianTermEditor::confirmSave()
{
    const CustodianHandOver t = termFromForm();
    if (t.custodianId == 0 || !t.handedOverOn.isValid())
        return true; // refused by write() with its own message
    auto repeat = store::CustodianTermStore(workbench().workspace()).repeatWarning(t);
    if (!repeat || !repeat->has_value())
        return true; // a failed lookup never stops a save; the store checks the hand-over itself
    const rhythm::CustodianRepeat &r = **repeat;
    const bool yes = QMessageBox::question(this, tr("The same custodian twice in a row"),
                                           tr("%1 would hold the archive twice in a row: they also took it over on %2. "
                                              "Rotation keeps the archive from becoming one partner's gate. Record this "
                                              "hand-over anyway?")
                                               .arg(isolated(partnerName(r.custodianId)), shortDate(r.neighbourOn)),
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
    if (!yes)
        showMessage(tr("Not saved: choose another custodian, or save again and confirm."));
    return yes;
}

QWidget *CustodianTermEditor::fieldOf(const QString &message) const
{
    if (message == m_handedOverOn->problem() || message.startsWith(QLatin1String("A hand-over of the archive needs its day")) ||
        message.startsWith(QLatin1String("The archive was already handed over")))
        return m_handedOverOn;
    if (message.startsWith(QLatin1String("Name the partner")) || message.contains(QLatin1String("not a partner")))
        return m_custodian;
    if (message.contains(QLatin1String("rotation")))
        return m_ritual;
    return nullptr;
}

Result<qint64> CustodianTermEditor::write()
{
    TRELLIS_TRY(check());
    CustodianHandOver t = termFromForm();
    TRELLIS_TRY_ASSIGN(const qint64 id, m_fulfils->saveLinked(workbench(), Section::Custodians, [&] {
                           return saveWithUndo<store::CustodianTermStore>(workbench(), Section::Custodians, t, m_term,
                                                                          tr("Add hand-over"), tr("Edit hand-over"));
                       }));
    updateNextDue();
    return id;
}

void CustodianTermEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete hand-over"), existence(workbench(), m_term), m_term.stamp.id),
                 tr("Hand-over deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject CustodianTermEditor::factsDraft() const
{
    return {{QStringLiteral("custodian"), m_custodian->partnerId()},
            {QStringLiteral("handedOverOn"), m_handedOverOn->text()},
            {QStringLiteral("ritual"), m_ritual->currentData().toLongLong()}, {QStringLiteral("fulfils"), m_fulfils->draft()}};
}

void CustodianTermEditor::restoreFactsDraft(const QJsonObject &facts)
{
    {
        const QSignalBlocker block(m_custodian);
        m_custodian->showPartner(facts.value(QStringLiteral("custodian")).toInteger());
    }
    const auto day = DateField::parse(facts.value(QStringLiteral("handedOverOn")).toString(), QLocale());
    m_handedOverOn->setDate(day ? *day : QDate());
    listRituals(facts.value(QStringLiteral("ritual")).toInteger());
    m_fulfils->restoreDraft(facts.value(QStringLiteral("fulfils")).toString());
}

} // namespace trellis::gui
