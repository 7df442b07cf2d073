#include "store/campaignstore.h"

#include "store/partnerstore.h"
#include "store/recordrow.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using domain::Campaign;
using domain::CampaignStatus;

namespace {

Status writePartners(Database &db, const Campaign &c)
{
    TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM campaign_partner WHERE campaign_id = ?"), c.stamp.id));
    auto insert = db.prepare(QStringLiteral("INSERT INTO campaign_partner(campaign_id, partner_id, joined_on) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const domain::CampaignPartner &p : c.partners) {
        insert->reset();
        insert->bind(1, c.stamp.id).bind(2, p.partnerId).bind(3, p.joinedOn.toString(Qt::ISODate));
        if (auto s = insert->run(); !s)
            return s.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::NotFound, QStringLiteral("A partner of the campaign is not a partner of this workspace"))
                : s.error();
    }
    return {};
}

} // namespace

template <>
RecordRow RecordStore<Campaign>::rowOf(Campaign &c)
{
    return {QStringLiteral("campaign"), QStringLiteral("Campaign"), {QStringLiteral("starts_on"), QStringLiteral("ends_on")},
            {{QStringLiteral("title"), &c.title}, {QStringLiteral("aims"), &c.aims}}, {}, {QStringLiteral("status")}};
}

template <>
Status RecordStore<Campaign>::write(Campaign &campaign, bool isNew)
{
    return save(campaign, [&](Database &db, Campaign &c) -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(c), isNew, c.stamp, m_ws.author(),
                                   [&](Statement &row) { row.bindAll(c.startsOn, c.endsOn); }));
        // Its status moves only through setStatus: a new campaign is proposed, a saved one keeps its own.
        TRELLIS_TRY_ASSIGN(Statement status, db.query(QStringLiteral("SELECT status FROM campaign WHERE id = ?"), c.stamp.id));
        TRELLIS_TRY(status.requireRow(notFound(c.stamp.id)));
        c.status = domain::campaignStatusFromKey(status.text(0)).value_or(CampaignStatus::Proposed);
        return writePartners(db, c);
    });
}

template <>
Status RecordStore<Campaign>::remove(qint64 id)
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement del, db.query(QStringLiteral("DELETE FROM campaign WHERE id = ?"), id));
    if (Status s = del.run(); !s)
        return makeError(ErrorCode::Immutable, QStringLiteral("A campaign that went beyond proposed is kept; close it instead"),
                         s.error().sqliteCode);
    if (db.changes() == 0)
        return notFound(id);
    log::get("store")->info("campaign {} removed", id);
    return {};
}

template <>
Result<Campaign> RecordStore<Campaign>::get(qint64 id) const
{
    Campaign c;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, c));
    row.readAll(c.startsOn, c.endsOn);
    c.status = domain::campaignStatusFromKey(row.text(2)).value_or(CampaignStatus::Proposed);
    TRELLIS_TRY_ASSIGN(Statement partners, m_ws.database().query(QStringLiteral(
        "SELECT partner_id, joined_on FROM campaign_partner WHERE campaign_id = ? ORDER BY joined_on, partner_id"), id));
    TRELLIS_TRY_ASSIGN(c.partners, partners.collect([](const Statement &row) {
        return domain::CampaignPartner{row.int64(0), row.date(1)};
    }));
    return c;
}

Result<QList<CampaignSummary>> CampaignStore::list() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT c.id, c.uuid, v.body, v.lang, c.status, c.starts_on, c.ends_on, "
        "(SELECT count(*) FROM campaign_partner p WHERE p.campaign_id = c.id) "
        "FROM campaign c JOIN bitext_version v ON v.text_id = c.title_text_id AND v.status = 'original' "
        "ORDER BY c.starts_on IS NULL, c.starts_on, c.id")));
    TRELLIS_TRY_ASSIGN(QList<CampaignSummary> out, select.collect([](const Statement &row) {
        CampaignSummary s;
        s.id = row.int64(0);
        s.uuid = row.text(1);
        s.title = row.text(2);
        s.titleLanguage = row.text(3);
        s.status = domain::campaignStatusFromKey(row.text(4)).value_or(CampaignStatus::Proposed);
        s.startsOn = row.date(5);
        s.endsOn = row.date(6);
        s.partners = int(row.int64(7));
        return s;
    }));
    for (CampaignSummary &s : out) {
        auto input = quorum(s.id);
        if (!input)
            return input.error();
        s.quorumComplete = domain::quorumBlockers(*input).isEmpty();
    }
    return out;
}

Result<QString> CampaignStore::partnerName(qint64 id) const
{
    auto partner = PartnerStore(m_ws).get(id);
    if (!partner)
        return partner.error();
    return partner->name.original();
}

Status CampaignStore::setStatus(qint64 id, CampaignStatus status)
{
    auto campaign = get(id);
    if (!campaign)
        return campaign.error();
    if (campaign->status == status)
        return {};
    if (!domain::campaignStatusMayFollow(campaign->status, status))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A campaign that is %1 cannot become %2 (proposed, quorum met, active, paused, closed)")
                             .arg(domain::campaignStatusKey(campaign->status), domain::campaignStatusKey(status)));
    if (domain::campaignStatusNeedsQuorum(status)) {
        auto input = quorum(id);
        if (!input)
            return input.error();
        const QList<domain::QuorumBlocker> blockers = status == CampaignStatus::Active
            ? domain::activationBlockers(*input)
            : domain::quorumBlockers(*input);
        if (!blockers.isEmpty()) {
            QHash<qint64, QString> names;
            for (const domain::QuorumPartner &p : std::as_const(input->partners)) {
                auto name = partnerName(p.id);
                if (!name)
                    return name.error();
                names.insert(p.id, *name);
            }
            log::get("store")->info("campaign {} not moved to {}: {} blockers", id,
                                    domain::campaignStatusKey(status).toStdString(), blockers.size());
            return makeError(ErrorCode::InvalidInput,
                             domain::describeRefusal(blockers, [&](qint64 p) { return names.value(p); }));
        }
    }
    Database &db = m_ws.database();
    TRELLIS_TRY(db.execute(QStringLiteral("UPDATE campaign SET status = ?, updated_at = ?, author = ? WHERE id = ?"),
                           domain::campaignStatusKey(status), nowUtc(), m_ws.author(), id));
    log::get("store")->info("campaign {} is now {}", id, domain::campaignStatusKey(status).toStdString());
    return {};
}

Result<QList<CampaignStatusChange>> CampaignStore::history(qint64 id) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT from_status, to_status, by_name, at FROM campaign_status_change WHERE campaign_id = ? ORDER BY id"), id));
    return select.collect([](const Statement &row) {
        CampaignStatusChange change;
        if (!row.isNull(0))
            change.from = domain::campaignStatusFromKey(row.text(0));
        change.to = domain::campaignStatusFromKey(row.text(1)).value_or(CampaignStatus::Proposed);
        change.by = row.text(2);
        change.at = row.text(3);
        return change;
    });
}

} // namespace trellis::store
