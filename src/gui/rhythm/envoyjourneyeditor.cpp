#include "gui/rhythm/envoyjourneyeditor.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordchecklist.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/partners/partnerpicker.h"
#include "gui/rhythm/rhythmchoices.h"
#include "store/envoyjourneystore.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace trellis::gui {

using rhythm::EnvoyJourney;

namespace {

const QList<QPair<QString, bool>> kJourneyFields = {
    {QStringLiteral("questions"), true}, {QStringLiteral("voices"), true}, {QStringLiteral("returned"), true},
    {QStringLiteral("carbon"), true},    {QStringLiteral("visas"), true},  {QStringLiteral("surveillance"), true}};

domain::RecordTexts textsOf(const EnvoyJourney &j)
{
    return {{{QStringLiteral("questions"), j.questions}, {QStringLiteral("voices"), j.voices},
             {QStringLiteral("returned"), j.returned}, {QStringLiteral("carbon"), j.carbon},
             {QStringLiteral("visas"), j.visas}, {QStringLiteral("surveillance"), j.surveillance}},
            j.firstDay, std::nullopt};
}

RecordExistence existence(Workbench &wb, const EnvoyJourney &journey)
{
    return fulfillingExistence(wb, storeExistence<store::EnvoyJourneyStore>(wb, Section::EnvoyJourneys, journey),
                               QStringLiteral("envoy-journey"));
}

} // namespace

EnvoyJourneyEditor::EnvoyJourneyEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::EnvoyJourneys, parent)
{
    m_envoy = new QLineEdit(this);
    m_envoy->setObjectName(QStringLiteral("envoy"));
    m_envoy->setAccessibleName(tr("The envoy who travels"));
    m_envoy->setMaxLength(EnvoyJourney::kMaxEnvoyLength);
    m_from = new PartnerPicker(wb, this);
    m_from->setObjectName(QStringLiteral("fromPartner"));
    m_from->setAccessibleName(tr("The partner the envoy leaves from"));
    m_to = new PartnerPicker(wb, this);
    m_to->setObjectName(QStringLiteral("toPartner"));
    m_to->setAccessibleName(tr("The partner the envoy travels to"));
    m_firstDay = new DateField(this);
    m_firstDay->setObjectName(QStringLiteral("firstDay"));
    m_firstDay->setAccessibleName(tr("First day of the journey"));
    m_lastDay = new DateField(this);
    m_lastDay->setObjectName(QStringLiteral("lastDay"));
    m_lastDay->setAccessibleName(tr("Last day of the journey"));
    m_entries = new RecordChecklist(this);
    m_entries->setObjectName(QStringLiteral("ledgerEntries"));
    m_entries->setAccessibleName(tr("Ledger entries that hosted or funded the journey"));
    m_entries->setMaximumHeight(90);
    m_crossovers = new RecordChecklist(this);
    m_crossovers->setObjectName(QStringLiteral("crossovers"));
    m_crossovers->setAccessibleName(tr("Narrative crossovers the journey carried"));
    m_crossovers->setMaximumHeight(90);
    facts()->addRow(tr("&Envoy:"), m_envoy);
    facts()->addRow(tr("F&rom:"), m_from);
    facts()->addRow(tr("&To:"), m_to);
    facts()->addRow(tr("&Leaves on:"), m_firstDay);
    facts()->addRow(tr("&Back on:"), m_lastDay);
    facts()->addRow(tr("Le&dger entries:"), m_entries);
    facts()->addRow(tr("&Crossovers carried:"), m_crossovers);
    m_fulfils = new FulfilmentPicker(wb.workspace(), QStringLiteral("envoy-journey"), this);
    facts()->addRow(tr("Fulf&ils:"), m_fulfils); // L is for "Leaves on"
    setFactOrder({m_envoy, m_from, m_to, m_firstDay, m_lastDay, m_entries, m_crossovers, m_fulfils});
    connect(m_fulfils, &QComboBox::currentIndexChanged, this, &EnvoyJourneyEditor::markDirty);
    connect(m_firstDay, &DateField::dateChanged, m_fulfils, &FulfilmentPicker::setDay);
    connect(m_envoy, &QLineEdit::textEdited, this, &EnvoyJourneyEditor::markDirty);
    for (PartnerPicker *picker : {m_from, m_to})
        connect(picker, &QComboBox::currentIndexChanged, this, [this] {
            listEntries(m_entries->checked());
            markDirty();
        });
    followDate(m_firstDay);
    connect(m_lastDay, &DateField::dateChanged, this, &EnvoyJourneyEditor::markDirty);
    connect(m_entries, &QListWidget::itemChanged, this, &EnvoyJourneyEditor::markDirty);
    connect(m_crossovers, &QListWidget::itemChanged, this, &EnvoyJourneyEditor::markDirty);
    setFields(kJourneyFields, {});
}

QWidget *EnvoyJourneyEditor::firstFact() const
{
    return m_envoy;
}

void EnvoyJourneyEditor::showPartners(qint64 from, qint64 to)
{
    for (auto [picker, id] : {std::pair{m_from, from}, std::pair{m_to, to}}) {
        const QSignalBlocker block(picker);
        picker->showPartner(id);
    }
}

void EnvoyJourneyEditor::listEntries(const QList<qint64> &checked)
{
    const QSignalBlocker block(m_entries);
    m_entries->setItems(pairEntryChoices(workbench().workspace(), m_from->partnerId(), m_to->partnerId(), checked), checked);
}

void EnvoyJourneyEditor::showJourney(const EnvoyJourney &j)
{
    m_journey = j;
    const bool isNew = j.stamp.id == 0;
    const QDate today = QDate::currentDate();
    m_envoy->setText(j.envoy);
    showPartners(j.fromPartnerId, j.toPartnerId);
    m_firstDay->setDate(j.firstDay.isValid() ? j.firstDay : today);
    m_lastDay->setDate(j.lastDay.isValid() ? j.lastDay : today.addDays(6));
    listEntries(j.ledgerEntryIds);
    m_crossovers->setItems(crossoverChoices(workbench().workspace()), j.crossoverIds);
    m_fulfils->showRecord(j.stamp.id, m_firstDay->date());
    setFields(kJourneyFields, textsOf(j));
    setHeading(isNew ? tr("New envoy journey")
                     : tr("\u2068%1\u2069 from %2 to %3").arg(j.envoy, shortDate(j.firstDay), shortDate(j.lastDay)),
               QString());
    setSummary(isNew ? tr("\u201cWhat questions will they carry, what voices will they amplify, and how will the wisdom "
                          "they gather return home?\u201d Write the questions before the envoy leaves, weigh the risks "
                          "(carbon, visas, surveillance), and what returned once they are back.")
                     : QString());
}

Status EnvoyJourneyEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const EnvoyJourney j, store::EnvoyJourneyStore(workbench().workspace()).get(id));
    showJourney(j);
    return {};
}

void EnvoyJourneyEditor::clearFacts()
{
    showJourney(EnvoyJourney{});
}

EnvoyJourney EnvoyJourneyEditor::journeyFromForm() const
{
    EnvoyJourney j = m_journey;
    j.envoy = m_envoy->text();
    j.fromPartnerId = m_from->partnerId();
    j.toPartnerId = m_to->partnerId();
    j.firstDay = m_firstDay->date();
    j.lastDay = m_lastDay->date();
    j.ledgerEntryIds = m_entries->checked();
    j.crossoverIds = m_crossovers->checked();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("questions")) j.questions = f.text;
        else if (f.key == QLatin1String("voices")) j.voices = f.text;
        else if (f.key == QLatin1String("returned")) j.returned = f.text;
        else if (f.key == QLatin1String("carbon")) j.carbon = f.text;
        else if (f.key == QLatin1String("visas")) j.visas = f.text;
        else if (f.key == QLatin1String("surveillance")) j.surveillance = f.text;
    }
    return j;
}

QString EnvoyJourneyEditor::endsBeforeItBegins() const
{
    return tr("The journey ends (%1) before it begins (%2)").arg(shortDate(m_lastDay->date()), shortDate(m_firstDay->date()));
}

Status EnvoyJourneyEditor::check() const
{
    for (DateField *day : {m_firstDay, m_lastDay})
        if (const QString why = day->problem(); !why.isEmpty())
            return makeError(ErrorCode::InvalidInput, why);
    EnvoyJourney j = journeyFromForm();
    // The core says this too, in English and ISO days; the window says it in its language.
    if (j.firstDay.isValid() && j.lastDay.isValid() && j.lastDay < j.firstDay)
        return makeError(ErrorCode::InvalidInput, endsBeforeItBegins());
    return j.normalise();
}

QWidget *EnvoyJourneyEditor::fieldOf(const QString &message) const
{
    for (DateField *day : {m_firstDay, m_lastDay})
        if (message == day->problem())
            return day;
    if (message == endsBeforeItBegins() || message.startsWith(QLatin1String("An envoy journey lasts")))
        return m_lastDay;
    if (message.startsWith(QLatin1String("An envoy journey needs its first and last day")))
        return m_firstDay->date().isValid() ? m_lastDay : m_firstDay;
    if (message.startsWith(QLatin1String("Name the envoy")) || message.startsWith(QLatin1String("The envoy's name")))
        return m_envoy;
    if (message.startsWith(QLatin1String("An envoy journey goes from one partner")))
        return m_from->partnerId() == 0 ? static_cast<QWidget *>(m_from) : m_to;
    if (message.startsWith(QLatin1String("An envoy travels to another partner")) || message.contains(QLatin1String("not a partner")))
        return m_to;
    if (message.contains(QLatin1String("Ledger entr")))
        return m_entries;
    if (message.contains(QLatin1String("Crossover")))
        return m_crossovers;
    if (message.startsWith(QLatin1String("Write the questions")))
        return view()->firstColumn()->field(QStringLiteral("questions"));
    return nullptr;
}

Result<qint64> EnvoyJourneyEditor::write()
{
    TRELLIS_TRY(check());
    EnvoyJourney j = journeyFromForm();
    return m_fulfils->saveLinked(workbench(), Section::EnvoyJourneys, [&] {
        return saveWithUndo<store::EnvoyJourneyStore>(workbench(), Section::EnvoyJourneys, j, m_journey,
                                                      tr("Add envoy journey"), tr("Edit envoy journey"));
    });
}

void EnvoyJourneyEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete envoy journey"), existence(workbench(), m_journey), m_journey.stamp.id),
                 tr("Envoy journey deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject EnvoyJourneyEditor::factsDraft() const
{
    return {{QStringLiteral("envoy"), m_envoy->text()},
            {QStringLiteral("from"), m_from->partnerId()}, {QStringLiteral("to"), m_to->partnerId()},
            {QStringLiteral("firstDay"), m_firstDay->text()}, {QStringLiteral("lastDay"), m_lastDay->text()},
            {QStringLiteral("ledgerEntries"), idsToJson(m_entries->checked())},
            {QStringLiteral("crossovers"), idsToJson(m_crossovers->checked())},
            {QStringLiteral("fulfils"), m_fulfils->draft()}};
}

void EnvoyJourneyEditor::restoreFactsDraft(const QJsonObject &facts)
{
    m_envoy->setText(facts.value(QStringLiteral("envoy")).toString());
    showPartners(facts.value(QStringLiteral("from")).toInteger(), facts.value(QStringLiteral("to")).toInteger());
    for (const auto &[field, key] : {std::pair{m_firstDay, "firstDay"}, std::pair{m_lastDay, "lastDay"}}) {
        const auto day = DateField::parse(facts.value(QLatin1String(key)).toString(), QLocale());
        field->setDate(day ? *day : QDate());
    }
    listEntries(idsFromJson(facts.value(QStringLiteral("ledgerEntries"))));
    m_crossovers->setItems(crossoverChoices(workbench().workspace()), idsFromJson(facts.value(QStringLiteral("crossovers"))));
    m_fulfils->restoreDraft(facts.value(QStringLiteral("fulfils")).toString());
}

} // namespace trellis::gui
