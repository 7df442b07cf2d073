#include "gui/campaigns/campaigneditor.h"

#include "gui/app/workbench.h"
#include "gui/campaigns/quorumpanel.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/partnerchecklist.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "store/campaignstore.h"
#include "store/exchangestore.h"
#include "util/log.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

namespace trellis::gui {

using domain::Campaign;
using domain::CampaignStatus;

namespace {

const QList<QPair<QString, bool>> kCampaignFields = {{QStringLiteral("title"), false}, {QStringLiteral("aims"), true}};

domain::RecordTexts textsOf(const Campaign &c)
{
    return {{{QStringLiteral("title"), c.title}, {QStringLiteral("aims"), c.aims}}, std::nullopt, std::nullopt};
}

/// Undo's way to add the campaign again and to remove it (a proposed one: nothing else is possible).
RecordExistence existence(Workbench &wb, const Campaign &campaign)
{
    return storeExistence<store::CampaignStore>(wb, Section::Campaigns, campaign);
}

} // namespace

CampaignEditor::CampaignEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Campaigns, parent)
{
    m_startsOn = new DateField(this);
    m_startsOn->setObjectName(QStringLiteral("startsOn"));
    m_startsOn->setAccessibleName(tr("Starts on"));
    m_startsOn->setOptional(tr("not set yet"));
    m_endsOn = new DateField(this);
    m_endsOn->setObjectName(QStringLiteral("endsOn"));
    m_endsOn->setAccessibleName(tr("Ends on"));
    m_endsOn->setOptional(tr("open-ended"));
    m_partners = new PartnerChecklist(wb.workspace(), this);
    m_partners->setObjectName(QStringLiteral("partners"));
    m_partners->setAccessibleName(tr("Partners"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_nextStatus = new QComboBox(this);
    m_nextStatus->setObjectName(QStringLiteral("nextStatus"));
    m_nextStatus->setAccessibleName(tr("Next status"));
    m_setStatus = new QPushButton(tr("&Change status"), this);
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    m_setStatus->setToolTip(tr("Quorum met and active need the listening quorum: every partner has paraphrased the "
                               "goals of every other, and each paraphrase is acknowledged"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_nextStatus, 1);
    statusRow->addWidget(m_setStatus);
    m_exchanges = new QListWidget(this);
    m_exchanges->setObjectName(QStringLiteral("exchanges"));
    m_exchanges->setAccessibleName(tr("Cultural exchanges"));
    m_exchanges->setMaximumHeight(70);
    m_exchanges->setFocusPolicy(Qt::NoFocus);
    m_quorum = new QuorumPanel(wb.workspace(), this);
    m_quorum->setObjectName(QStringLiteral("quorum"));
    facts()->addRow(tr("&Starts on:"), m_startsOn);
    facts()->addRow(tr("&Ends on:"), m_endsOn);
    facts()->addRow(tr("&Partners:"), m_partners);
    facts()->addRow(tr("Status:"), statusRow);
    facts()->addRow(tr("Cultural exchanges:"), m_exchanges);
    facts()->addRow(tr("Listening quorum:"), m_quorum);
    setFactOrder({m_startsOn, m_endsOn, m_partners});
    connect(m_startsOn, &DateField::dateChanged, this, &CampaignEditor::markDirty);
    connect(m_endsOn, &DateField::dateChanged, this, &CampaignEditor::markDirty);
    connect(m_partners, &QListWidget::itemChanged, this, &CampaignEditor::markDirty);
    connect(m_setStatus, &QPushButton::clicked, this, [this] {
        if (const QVariant next = m_nextStatus->currentData(); next.isValid())
            changeStatus(CampaignStatus(next.toInt()));
    });
    connect(m_quorum, &QuorumPanel::message, this, [this](const QString &text, bool error) { showMessage(text, error); });
    connect(m_quorum, &QuorumPanel::changed, this, [this, &wb] { Q_EMIT wb.recordChanged(Section::Campaigns, recordId()); });
    setFields(kCampaignFields, {});
}

QWidget *CampaignEditor::firstFact() const
{
    // A new campaign starts with its title, in the first column's language.
    return view()->tabOrder().value(0, m_startsOn);
}

bool CampaignEditor::canDelete() const
{
    return recordId() != 0 && m_campaign.status == CampaignStatus::Proposed;
}

void CampaignEditor::fillNextStatuses()
{
    m_nextStatus->clear();
    for (CampaignStatus s : {CampaignStatus::Proposed, CampaignStatus::QuorumMet, CampaignStatus::Active,
                             CampaignStatus::Paused, CampaignStatus::Closed})
        if (m_campaign.stamp.id != 0 && domain::campaignStatusMayFollow(m_campaign.status, s))
            m_nextStatus->addItem(campaignStatusLabel(s), int(s));
    m_nextStatus->setEnabled(m_nextStatus->count() > 0);
    m_setStatus->setEnabled(m_nextStatus->count() > 0);
}

void CampaignEditor::showExchanges()
{
    QStringList lines;
    if (m_campaign.stamp.id != 0) {
        if (auto exchanges = store::ExchangeStore(workbench().workspace()).forCampaign(m_campaign.stamp.id)) {
            for (const store::ExchangeSummary &x : std::as_const(*exchanges))
                lines << tr("%1, %2 (%3)%4").arg(exchangeKindLabel(x.kind), shortDate(x.heldOn), exchangeStatusLabel(x.status),
                                                x.exchanged.isEmpty() ? QString() : QStringLiteral(": \u2068%1\u2069").arg(x.exchanged));
        }
    }
    m_exchanges->clear();
    m_exchanges->addItems(lines.isEmpty() ? QStringList{tr("none planned yet: a campaign becomes active only with one")} : lines);
}

void CampaignEditor::showCampaign(const Campaign &c)
{
    m_campaign = c;
    m_startsOn->setDate(c.startsOn);
    m_endsOn->setDate(c.endsOn);
    QList<qint64> ids;
    for (const domain::CampaignPartner &p : c.partners)
        ids << p.partnerId;
    m_partners->setChecked(ids);
    m_status->setText(campaignStatusLabel(c.status));
    fillNextStatuses();
    showExchanges();
    m_quorum->showCampaign(c.stamp.id);
    setFields(kCampaignFields, textsOf(c));
    setHeading(c.stamp.id == 0 ? tr("New campaign") : c.title.original(), campaignStatusLabel(c.status));
    setSummary(c.stamp.id == 0 ? tr("A campaign starts as proposed. It becomes active once every partner has paraphrased "
                                    "the goals of every other in its own language, each paraphrase is acknowledged, and a "
                                    "cultural exchange is planned.")
                               : QString());
}

Status CampaignEditor::read(qint64 id)
{
    auto campaign = store::CampaignStore(workbench().workspace()).get(id);
    if (!campaign)
        return campaign.error();
    showCampaign(*campaign);
    return {};
}

void CampaignEditor::clearFacts()
{
    showCampaign(Campaign{});
}

Campaign CampaignEditor::campaignFromForm() const
{
    Campaign c = m_campaign;
    c.startsOn = m_startsOn->date();
    c.endsOn = m_endsOn->date();
    QList<domain::CampaignPartner> partners;
    for (qint64 id : m_partners->checked()) {
        domain::CampaignPartner p{id, QDate::currentDate()};
        for (const domain::CampaignPartner &was : m_campaign.partners)
            if (was.partnerId == id)
                p.joinedOn = was.joinedOn; // a partner keeps the day it joined
        partners << p;
    }
    c.partners = partners;
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("title")) c.title = f.text;
        else if (f.key == QLatin1String("aims")) c.aims = f.text;
    }
    return c;
}

Status CampaignEditor::check() const
{
    for (DateField *date : {m_startsOn, m_endsOn})
        if (const QString why = date->problem(); !why.isEmpty())
            return makeError(ErrorCode::InvalidInput, why);
    Campaign c = campaignFromForm();
    return c.normalise();
}

Result<qint64> CampaignEditor::write()
{
    Campaign c = campaignFromForm();
    Workbench &wb = workbench();
    if (c.stamp.id == 0)
        return addWithUndo(wb, tr("Add campaign"), existence(wb, c));
    const Campaign before = m_campaign;
    TRELLIS_TRY(store::CampaignStore(wb.workspace()).update(c));
    Q_EMIT wb.recordChanged(Section::Campaigns, c.stamp.id);
    pushStoreEdit<store::CampaignStore>(wb, tr("Edit campaign"), Section::Campaigns, before, c);
    return c.stamp.id;
}

bool CampaignEditor::changeStatus(CampaignStatus status)
{
    const qint64 id = recordId();
    if (id == 0)
        return false;
    if (isDirty()) {
        // A status change reloads the campaign: typed changes would be lost without a word.
        showMessage(tr("Save or cancel the campaign's changes first: changing its status reloads it."));
        return false;
    }
    Workbench &wb = workbench();
    if (Status s = store::CampaignStore(wb.workspace()).setStatus(id, status); !s) {
        showMessage(s.error().message);
        return false;
    }
    log::get("gui")->info("campaign {} status changed", id);
    Q_EMIT wb.recordChanged(Section::Campaigns, id);
    load(id);
    wb.report(tr("The campaign is now %1. Status changes are kept in its history and are not undone.")
                  .arg(campaignStatusLabel(status)));
    return true;
}

void CampaignEditor::deleteRecord()
{
    Workbench &wb = workbench();
    const Campaign removed = m_campaign;
    if (Status s = removeWithUndo(wb, tr("Delete campaign"), existence(wb, removed), removed.stamp.id); !s) {
        showMessage(s.error().message);
        return;
    }
    wb.report(tr("Campaign %1 deleted. Undo (Ctrl+Z) brings it back.").arg(numberLabel(removed.stamp.id)));
    startNew();
}

QJsonObject CampaignEditor::factsDraft() const
{
    return {{QStringLiteral("startsOn"), m_startsOn->text()}, {QStringLiteral("endsOn"), m_endsOn->text()},
            {QStringLiteral("partners"), idsToJson(m_partners->checked())}};
}

void CampaignEditor::restoreFactsDraft(const QJsonObject &facts)
{
    for (const auto &[field, key] : {std::pair{m_startsOn, "startsOn"}, std::pair{m_endsOn, "endsOn"}}) {
        auto day = DateField::parse(facts.value(QLatin1String(key)).toString(), QLocale());
        field->setDate(day ? *day : QDate());
    }
    m_partners->setChecked(idsFromJson(facts.value(QStringLiteral("partners"))));
}

} // namespace trellis::gui
