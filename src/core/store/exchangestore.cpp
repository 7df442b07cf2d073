#include "store/exchangestore.h"

#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

namespace {

/// Inserts (row, id) pairs into a link table; a missing record is NotFound, named by what.
Status link(Database &db, const QString &sql, qint64 row, const QList<qint64> &ids, const QString &what)
{
    auto insert = db.prepare(sql);
    if (!insert)
        return insert.error();
    for (qint64 id : ids) {
        insert->reset();
        insert->bind(1, row).bind(2, id);
        if (auto s = insert->run(); !s)
            return s.error().code == ErrorCode::Conflict
                ? makeError(ErrorCode::NotFound, QStringLiteral("%1 %2 does not exist").arg(what).arg(id))
                : s.error();
    }
    return {};
}

} // namespace

Result<qint64> ExchangeStore::add(domain::CulturalExchange &exchange)
{
    domain::CulturalExchange x = exchange;
    TRELLIS_TRY(x.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    x.stamp = {0, newUuid(), now, now, m_ws.author()};
    TextStore texts(db);
    const QString owner = QStringLiteral("cultural_exchange");
    auto exchanged = texts.save({owner, x.stamp.uuid, QStringLiteral("exchanged")}, x.exchanged, {});
    auto notes = texts.save({owner, x.stamp.uuid, QStringLiteral("notes")}, x.notes, {});
    if (!exchanged || !notes)
        return (!exchanged ? exchanged : notes).error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO cultural_exchange(uuid, kind, held_on, status, exchanged_text_id, notes_text_id, created_at, "
        "updated_at, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, x.stamp.uuid).bind(2, domain::exchangeKindKey(x.kind)).bind(3, x.heldOn.toString(Qt::ISODate))
        .bind(4, domain::exchangeStatusKey(x.status)).bind(5, *exchanged).bind(6, *notes).bind(7, now).bind(8, now)
        .bind(9, x.stamp.author);
    TRELLIS_TRY(insert->run());
    x.stamp.id = db.lastInsertRowId();
    TRELLIS_TRY(link(db, QStringLiteral("INSERT INTO exchange_partner(exchange_id, partner_id) VALUES (?, ?)"),
                     x.stamp.id, x.partnerIds, QStringLiteral("Partner")));
    TRELLIS_TRY(link(db, QStringLiteral("INSERT INTO campaign_exchange(exchange_id, campaign_id) VALUES (?, ?)"),
                     x.stamp.id, x.campaignIds, QStringLiteral("Campaign")));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("exchange {} saved", x.stamp.id);
    exchange = x;
    return x.stamp.id;
}

Status ExchangeStore::setStatus(qint64 id, domain::ExchangeStatus status)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(db.execute(QStringLiteral(
        "UPDATE cultural_exchange SET status = ?, updated_at = ?, author = ? WHERE id = ?"),
        domain::exchangeStatusKey(status), nowUtc(), m_ws.author(), id));
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("Cultural exchange %1 does not exist").arg(id));
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
