#include "store/campaignstore.h"

#include "store/partnerstore.h"
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

const QString kOwner = QStringLiteral("campaign");

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("Campaign %1 does not exist").arg(id));
}

std::optional<QString> dateOrNull(const QDate &date)
{
    return date.isValid() ? std::optional<QString>(date.toString(Qt::ISODate)) : std::nullopt;
}

QDate dateOf(const Statement &s, int column)
{
    return s.isNull(column) ? QDate() : QDate::fromString(s.text(column), Qt::ISODate);
}

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

Result<qint64> CampaignStore::add(Campaign &campaign)
{
    TRELLIS_TRY(write(campaign, true));
    return campaign.stamp.id;
}

Status CampaignStore::update(Campaign &campaign)
{
    return write(campaign, false);
}

Status CampaignStore::write(Campaign &campaign, bool isNew)
{
    Campaign c = campaign;
    TRELLIS_TRY(c.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    std::optional<qint64> titleId, aimsId;
    if (isNew) {
        c.stamp = {0, newUuid(), now, now, m_ws.author()};
        c.status = CampaignStatus::Proposed;
    } else {
        auto existing = db.prepare(QStringLiteral(
            "SELECT title_text_id, aims_text_id, status, uuid, created_at FROM campaign WHERE id = ?"));
        if (!existing)
            return existing.error();
        existing->bind(1, c.stamp.id);
        auto row = existing->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFound(c.stamp.id);
        titleId = existing->int64(0);
        aimsId = existing->optionalInt64(1);
        c.status = domain::campaignStatusFromKey(existing->text(2)).value_or(CampaignStatus::Proposed);
        c.stamp.uuid = existing->text(3);
        c.stamp.createdAt = existing->text(4);
        c.stamp.updatedAt = now;
        c.stamp.author = m_ws.author();
    }
    TextStore texts(db);
    auto title = texts.save({kOwner, c.stamp.uuid, QStringLiteral("title")}, c.title, titleId);
    auto aims = texts.save({kOwner, c.stamp.uuid, QStringLiteral("aims")}, c.aims, aimsId);
    if (!title || !aims)
        return (!title ? title : aims).error();
    auto save = db.prepare(isNew ? QStringLiteral(
        "INSERT INTO campaign(title_text_id, aims_text_id, starts_on, ends_on, updated_at, author, uuid, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                 : QStringLiteral(
        "UPDATE campaign SET title_text_id = ?, aims_text_id = ?, starts_on = ?, ends_on = ?, updated_at = ?, "
        "author = ? WHERE id = ?"));
    if (!save)
        return save.error();
    save->bind(1, **title).bind(2, *aims).bind(3, dateOrNull(c.startsOn)).bind(4, dateOrNull(c.endsOn))
        .bind(5, now).bind(6, c.stamp.author);
    if (isNew)
        save->bind(7, c.stamp.uuid).bind(8, now);
    else
        save->bind(7, c.stamp.id);
    TRELLIS_TRY(save->run());
    if (isNew)
        c.stamp.id = db.lastInsertRowId();
    TRELLIS_TRY(writePartners(db, c));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("campaign {} saved with {} partners", c.stamp.id, c.partners.size());
    campaign = c;
    return {};
}

Status CampaignStore::remove(qint64 id)
{
    Database &db = m_ws.database();
    auto del = db.prepare(QStringLiteral("DELETE FROM campaign WHERE id = ?"));
    if (!del)
        return del.error();
    del->bind(1, id);
    if (auto s = del->run(); !s)
        return makeError(ErrorCode::Immutable, QStringLiteral("A campaign that went beyond proposed is kept; close it instead"),
                         s.error().sqliteCode);
    if (db.changes() == 0)
        return notFound(id);
    log::get("store")->info("campaign {} removed", id);
    return {};
}

Result<Campaign> CampaignStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, title_text_id, aims_text_id, starts_on, ends_on, status, created_at, updated_at, author "
        "FROM campaign WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(notFound(id)));
    Campaign c;
    c.stamp = {id, select.text(0), select.text(6), select.text(7), select.text(8)};
    TRELLIS_TRY(TextStore(db).loadFields({{select.int64(1), &c.title}, {select.optionalInt64(2), &c.aims}}));
    c.startsOn = dateOf(select, 3);
    c.endsOn = dateOf(select, 4);
    c.status = domain::campaignStatusFromKey(select.text(5)).value_or(CampaignStatus::Proposed);
    TRELLIS_TRY_ASSIGN(Statement partners, db.query(QStringLiteral(
        "SELECT partner_id, joined_on FROM campaign_partner WHERE campaign_id = ? ORDER BY joined_on, partner_id"), id));
    TRELLIS_TRY(partners.forEachRow([&](Statement &row) {
        c.partners << domain::CampaignPartner{row.int64(0), dateOf(row, 1)};
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
    QList<CampaignSummary> out;
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        CampaignSummary s;
        s.id = row.int64(0);
        s.uuid = row.text(1);
        s.title = row.text(2);
        s.titleLanguage = row.text(3);
        s.status = domain::campaignStatusFromKey(row.text(4)).value_or(CampaignStatus::Proposed);
        s.startsOn = dateOf(row, 5);
        s.endsOn = dateOf(row, 6);
        s.partners = int(row.int64(7));
        out << s;
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
    QList<CampaignStatusChange> out;
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        CampaignStatusChange change;
        if (!row.isNull(0))
            change.from = domain::campaignStatusFromKey(row.text(0));
        change.to = domain::campaignStatusFromKey(row.text(1)).value_or(CampaignStatus::Proposed);
        change.by = row.text(2);
        change.at = row.text(3);
        out << change;
    }));
    return out;
}

} // namespace trellis::store
