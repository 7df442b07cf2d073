#include "gui/campaigns/exchangeeditor.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/app/workbench.h"
#include "gui/campaigns/linkchoices.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/partnerchecklist.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "store/exchangestore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLocale>

namespace trellis::gui {

using domain::CulturalExchange;
using domain::ExchangeKind;
using domain::ExchangeStatus;

namespace {

const QList<QPair<QString, bool>> kExchangeFields = {{QStringLiteral("exchanged"), true}, {QStringLiteral("notes"), true}};

domain::RecordTexts textsOf(const CulturalExchange &x)
{
    return {{{QStringLiteral("exchanged"), x.exchanged}, {QStringLiteral("notes"), x.notes}}, x.heldOn, std::nullopt};
}

RecordExistence existence(Workbench &wb, const CulturalExchange &exchange)
{
    return fulfillingExistence(wb, storeExistence<store::ExchangeStore>(wb, Section::Exchanges, exchange),
                               QStringLiteral("exchange"));
}

} // namespace

ExchangeEditor::ExchangeEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Exchanges, parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of exchange"));
    for (ExchangeKind k : {ExchangeKind::ArtTrade, ExchangeKind::StudySession, ExchangeKind::StorytellingNight,
                           ExchangeKind::SharedMeal, ExchangeKind::Song, ExchangeKind::Vigil, ExchangeKind::Other})
        m_kind->addItem(exchangeKindLabel(k), int(k));
    m_heldOn = new DateField(this);
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setAccessibleName(tr("Held on"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    for (ExchangeStatus s : {ExchangeStatus::Planned, ExchangeStatus::Held, ExchangeStatus::Cancelled})
        m_status->addItem(exchangeStatusLabel(s), int(s));
    m_partners = new PartnerChecklist(wb.workspace(), this);
    m_partners->setObjectName(QStringLiteral("partners"));
    m_partners->setAccessibleName(tr("Partners"));
    m_campaigns = new RecordChecklist(this);
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_campaigns->setAccessibleName(tr("Campaigns"));
    m_campaigns->setMaximumHeight(80);
    facts()->addRow(tr("&Kind:"), m_kind);
    facts()->addRow(tr("&Held on:"), m_heldOn);
    facts()->addRow(tr("S&tatus:"), m_status);
    facts()->addRow(tr("&Partners:"), m_partners);
    facts()->addRow(tr("Ca&mpaigns:"), m_campaigns);
    m_fulfils = new FulfilmentPicker(wb.workspace(), QStringLiteral("exchange"), this);
    facts()->addRow(tr("Fulfi&ls:"), m_fulfils);
    setFactOrder({m_kind, m_heldOn, m_status, m_partners, m_campaigns, m_fulfils});
    connect(m_fulfils, &QComboBox::currentIndexChanged, this, &ExchangeEditor::markDirty);
    connect(m_heldOn, &DateField::dateChanged, m_fulfils, &FulfilmentPicker::setDay);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExchangeEditor::markDirty);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExchangeEditor::markDirty);
    followDate(m_heldOn);
    connect(m_partners, &QListWidget::itemChanged, this, &ExchangeEditor::markDirty);
    connect(m_campaigns, &QListWidget::itemChanged, this, &ExchangeEditor::markDirty);
    setFields(kExchangeFields, {});
}

QWidget *ExchangeEditor::firstFact() const
{
    return m_kind;
}

bool ExchangeEditor::canDelete() const
{
    return recordId() != 0 && m_exchange.status != ExchangeStatus::Held;
}

void ExchangeEditor::showExchange(const CulturalExchange &x)
{
    m_exchange = x;
    m_kind->setCurrentIndex(m_kind->findData(int(x.kind)));
    m_heldOn->setDate(x.heldOn.isValid() ? x.heldOn : QDate::currentDate());
    m_status->setCurrentIndex(m_status->findData(int(x.status)));
    m_partners->setChecked(x.partnerIds);
    m_campaigns->setItems(campaignChoices(workbench().workspace()), x.campaignIds);
    m_fulfils->showRecord(x.stamp.id, m_heldOn->date());
    setFields(kExchangeFields, textsOf(x));
    setHeading(x.stamp.id == 0 ? tr("New cultural exchange")
                               : tr("%1 on %2").arg(exchangeKindLabel(x.kind), shortDate(x.heldOn)),
               x.stamp.id == 0 ? QString() : exchangeStatusLabel(x.status));
    setSummary(x.stamp.id == 0 ? tr("An art trade, a study session, a storytelling night: an exchange between at least "
                                    "two partners. Pair it with a campaign here; a campaign becomes active only with one "
                                    "planned.")
                               : QString());
}

Status ExchangeEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const CulturalExchange x, store::ExchangeStore(workbench().workspace()).get(id));
    showExchange(x);
    return {};
}

void ExchangeEditor::clearFacts()
{
    showExchange(CulturalExchange{});
}

CulturalExchange ExchangeEditor::exchangeFromForm() const
{
    CulturalExchange x = m_exchange;
    x.kind = ExchangeKind(m_kind->currentData().toInt());
    x.heldOn = m_heldOn->date();
    x.status = ExchangeStatus(m_status->currentData().toInt());
    x.partnerIds = m_partners->checked();
    x.campaignIds = m_campaigns->checked();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("exchanged")) x.exchanged = f.text;
        else if (f.key == QLatin1String("notes")) x.notes = f.text;
    }
    return x;
}

Status ExchangeEditor::check() const
{
    if (const QString why = m_heldOn->problem(); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    CulturalExchange x = exchangeFromForm();
    return x.normalise();
}

QWidget *ExchangeEditor::fieldOf(const QString &message) const
{
    if (message.contains(QLatin1String("partner"), Qt::CaseInsensitive))
        return m_partners;
    if (message.contains(QLatin1String("Campaign")))
        return m_campaigns;
    if (message.contains(QLatin1String("day")) || message == m_heldOn->problem())
        return m_heldOn;
    return nullptr;
}

Result<qint64> ExchangeEditor::write()
{
    CulturalExchange x = exchangeFromForm();
    Workbench &wb = workbench();
    // The campaigns it leaves or joins show their exchanges again.
    auto tellCampaigns = [&wb](const QList<qint64> &campaigns) {
        for (qint64 campaign : campaigns)
            Q_EMIT wb.recordChanged(Section::Campaigns, campaign);
    };
    const QList<qint64> campaignsBefore = m_exchange.campaignIds;
    TRELLIS_TRY_ASSIGN(const qint64 id, m_fulfils->saveLinked(wb, Section::Exchanges, [&] {
                           return saveWithUndo<store::ExchangeStore>(wb, Section::Exchanges, x, m_exchange,
                                                                     tr("Add cultural exchange"), tr("Edit cultural exchange"));
                       }));
    tellCampaigns(campaignsBefore + x.campaignIds);
    return id;
}

void ExchangeEditor::deleteRecord()
{
    Workbench &wb = workbench();
    const CulturalExchange removed = m_exchange;
    const Status s = removeWithUndo(wb, tr("Delete cultural exchange"), existence(wb, removed), removed.stamp.id);
    if (s) {
        for (qint64 campaign : removed.campaignIds)
            Q_EMIT wb.recordChanged(Section::Campaigns, campaign);
    }
    finishDelete(s, tr("Cultural exchange deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject ExchangeEditor::factsDraft() const
{
    return {{QStringLiteral("kind"), m_kind->currentData().toInt()}, {QStringLiteral("heldOn"), m_heldOn->text()},
            {QStringLiteral("status"), m_status->currentData().toInt()},
            {QStringLiteral("partners"), idsToJson(m_partners->checked())},
            {QStringLiteral("campaigns"), idsToJson(m_campaigns->checked())},
            {QStringLiteral("fulfils"), m_fulfils->draft()}};
}

void ExchangeEditor::restoreFactsDraft(const QJsonObject &facts)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(facts.value(QStringLiteral("kind")).toInt())));
    auto day = DateField::parse(facts.value(QStringLiteral("heldOn")).toString(), QLocale());
    m_heldOn->setDate(day ? *day : QDate());
    m_status->setCurrentIndex(std::max(0, m_status->findData(facts.value(QStringLiteral("status")).toInt())));
    m_partners->setChecked(idsFromJson(facts.value(QStringLiteral("partners"))));
    m_campaigns->setItems(campaignChoices(workbench().workspace()), idsFromJson(facts.value(QStringLiteral("campaigns"))));
    m_fulfils->restoreDraft(facts.value(QStringLiteral("fulfils")).toString());
}

} // namespace trellis::gui
