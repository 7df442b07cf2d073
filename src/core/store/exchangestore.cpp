#include "store/exchangestore.h"

#include "store/recordkit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using domain::CulturalExchange;

namespace {

const QString kOwner = QStringLiteral("cultural_exchange");
const LinkTable kPartners{QStringLiteral("exchange_partner"), QStringLiteral("exchange_id"), QStringLiteral("partner_id"),
                          QStringLiteral("Partner")};
const LinkTable kCampaigns{QStringLiteral("campaign_exchange"), QStringLiteral("exchange_id"), QStringLiteral("campaign_id"),
                           QStringLiteral("Campaign")};

Error notFound(qint64 id) { return recordNotFound(QStringLiteral("Cultural exchange"), id); }

} // namespace

Result<qint64> ExchangeStore::add(CulturalExchange &exchange)
{
    TRELLIS_TRY(write(exchange, true));
    return exchange.stamp.id;
}

Status ExchangeStore::update(CulturalExchange &exchange)
{
    return write(exchange, false);
}

Status ExchangeStore::write(CulturalExchange &exchange, bool isNew)
{
    CulturalExchange x = exchange;
    TRELLIS_TRY(x.normalise());
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        const QString now = nowUtc();
        QList<TextField> fields = {{QStringLiteral("exchanged"), &x.exchanged, std::nullopt},
                                   {QStringLiteral("notes"), &x.notes, std::nullopt}};
        if (isNew) {
            x.stamp = {0, newUuid(), now, now, m_ws.author()};
        } else {
            TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
                "SELECT uuid, created_at, exchanged_text_id, notes_text_id FROM cultural_exchange WHERE id = ?"),
                x.stamp.id));
            TRELLIS_TRY(select.requireRow(notFound(x.stamp.id)));
            x.stamp = {x.stamp.id, select.text(0), select.text(1), now, m_ws.author()};
            fields[0].existingId = select.optionalInt64(2);
            fields[1].existingId = select.optionalInt64(3);
        }
        TRELLIS_TRY_ASSIGN(const auto textIds, TextStore(db).saveFields(kOwner, x.stamp.uuid, fields));
        TRELLIS_TRY_ASSIGN(Statement save, db.prepare(isNew ? QStringLiteral(
            "INSERT INTO cultural_exchange(kind, held_on, status, exchanged_text_id, notes_text_id, updated_at, author, "
            "uuid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") : QStringLiteral(
            "UPDATE cultural_exchange SET kind = ?, held_on = ?, status = ?, exchanged_text_id = ?, notes_text_id = ?, "
            "updated_at = ?, author = ? WHERE id = ?")));
        save.bindAll(domain::exchangeKindKey(x.kind), x.heldOn.toString(Qt::ISODate), domain::exchangeStatusKey(x.status),
                     textIds.at(0), textIds.at(1), now, x.stamp.author);
        if (isNew)
            save.bind(8, x.stamp.uuid).bind(9, now);
        else
            save.bind(8, x.stamp.id);
        TRELLIS_TRY(save.run());
        if (isNew)
            x.stamp.id = db.lastInsertRowId();
        TRELLIS_TRY(replaceLinks(db, kPartners, x.stamp.id, x.partnerIds));
        return replaceLinks(db, kCampaigns, x.stamp.id, x.campaignIds);
    }));
    log::get("store")->debug("exchange {} saved", x.stamp.id);
    exchange = x;
    return {};
}

Status ExchangeStore::remove(qint64 id)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT status FROM cultural_exchange WHERE id = ?"), id));
        TRELLIS_TRY(select.requireRow(notFound(id)));
        if (select.text(0) == domain::exchangeStatusKey(domain::ExchangeStatus::Held))
            return makeError(ErrorCode::Conflict, QStringLiteral("This exchange was held: it stays in the alliance's record "
                                                                 "and cannot be deleted"));
        return removeRecord(db, kOwner, id, notFound(id),
                            QStringLiteral("Cultural exchange %1 is referred to by other records and cannot be deleted").arg(id));
    }));
    log::get("store")->info("exchange {} removed", id);
    return {};
}

Result<CulturalExchange> ExchangeStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, kind, held_on, status, exchanged_text_id, notes_text_id, created_at, updated_at, author "
        "FROM cultural_exchange WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(notFound(id)));
    CulturalExchange x;
    x.stamp = {id, select.text(0), select.text(6), select.text(7), select.text(8)};
    x.kind = domain::exchangeKindFromKey(select.text(1)).value_or(domain::ExchangeKind::Other);
    x.heldOn = QDate::fromString(select.text(2), Qt::ISODate);
    x.status = domain::exchangeStatusFromKey(select.text(3)).value_or(domain::ExchangeStatus::Planned);
    TRELLIS_TRY(TextStore(db).loadFields({{select.optionalInt64(4), &x.exchanged}, {select.optionalInt64(5), &x.notes}}));
    TRELLIS_TRY_ASSIGN(x.partnerIds, linksOf(db, kPartners, id));
    TRELLIS_TRY_ASSIGN(x.campaignIds, linksOf(db, kCampaigns, id));
    return x;
}

Status ExchangeStore::setStatus(qint64 id, domain::ExchangeStatus status)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(db.execute(QStringLiteral(
        "UPDATE cultural_exchange SET status = ?, updated_at = ?, author = ? WHERE id = ?"),
        domain::exchangeStatusKey(status), nowUtc(), m_ws.author(), id));
    if (db.changes() == 0)
        return notFound(id);
    return {};
}

Result<QList<ExchangeSummary>> ExchangeStore::forCampaign(qint64 campaignId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT x.id, x.kind, x.status, x.held_on, coalesce(v.body, ''), coalesce(v.lang, '') "
        "FROM campaign_exchange ce JOIN cultural_exchange x ON x.id = ce.exchange_id "
        "LEFT JOIN bitext_version v ON v.text_id = x.exchanged_text_id AND v.status = 'original' "
        "WHERE ce.campaign_id = ? ORDER BY x.held_on, x.id"), campaignId));
    QList<ExchangeSummary> out;
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        ExchangeSummary s;
        s.id = row.int64(0);
        s.kind = domain::exchangeKindFromKey(row.text(1)).value_or(domain::ExchangeKind::Other);
        s.status = domain::exchangeStatusFromKey(row.text(2)).value_or(domain::ExchangeStatus::Planned);
        s.heldOn = QDate::fromString(row.text(3), Qt::ISODate);
        s.exchanged = row.text(4);
        s.exchangedLanguage = row.text(5);
        out << s;
    }));
    return out;
}

} // namespace trellis::store
