#include "store/exchangestore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using domain::CulturalExchange;

namespace {

const LinkTable kExchangePartners = partnerLinks(QStringLiteral("exchange_partner"), QStringLiteral("exchange_id"));
const LinkTable kExchangeCampaigns{QStringLiteral("campaign_exchange"), QStringLiteral("exchange_id"), QStringLiteral("campaign_id"),
                           QStringLiteral("Campaign")};

} // namespace

template <>
RecordRow RecordStore<CulturalExchange>::rowOf(CulturalExchange &x)
{
    return {QStringLiteral("cultural_exchange"), QStringLiteral("Cultural exchange"),
            {QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("status")},
            {{QStringLiteral("exchanged"), &x.exchanged}, {QStringLiteral("notes"), &x.notes}},
            {{kExchangePartners, &x.partnerIds}, {kExchangeCampaigns, &x.campaignIds}}};
}

template <>
Status RecordStore<CulturalExchange>::write(CulturalExchange &exchange, bool isNew)
{
    return saveRow(exchange, isNew, [](Statement &row, const CulturalExchange &x) {
        row.bindAll(domain::exchangeKindKey(x.kind), x.heldOn.toString(Qt::ISODate), domain::exchangeStatusKey(x.status));
    });
}

template <>
Status RecordStore<CulturalExchange>::remove(qint64 id)
{
    Database &db = m_ws.database();
    return Transaction::run(db, [&]() -> Status {
        CulturalExchange x;
        TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, x));
        if (row.text(2) == domain::exchangeStatusKey(domain::ExchangeStatus::Held))
            return makeError(ErrorCode::Conflict, QStringLiteral("This exchange was held: it stays in the alliance's record "
                                                                 "and cannot be deleted"));
        return removeRecordRow(db, rowOf(x), id);
    });
}

template <>
Result<CulturalExchange> RecordStore<CulturalExchange>::get(qint64 id) const
{
    CulturalExchange x;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, x));
    x.kind = domain::exchangeKindFromKey(row.text(0)).value_or(domain::ExchangeKind::Other);
    x.heldOn = QDate::fromString(row.text(1), Qt::ISODate);
    x.status = domain::exchangeStatusFromKey(row.text(2)).value_or(domain::ExchangeStatus::Planned);
    return x;
}

Status ExchangeStore::setStatus(qint64 id, domain::ExchangeStatus status)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(db.execute(QStringLiteral(
        "UPDATE cultural_exchange SET status = ?, updated_at = ?, author = ? WHERE id = ?"),
        domain::exchangeStatusKey(status), nowUtc(), m_ws.author(), id));
    if (db.changes() == 0)
        return recordNotFound(QStringLiteral("Cultural exchange"), id);
    return {};
}

Result<QList<ExchangeSummary>> ExchangeStore::forCampaign(qint64 campaignId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT x.id, x.kind, x.status, x.held_on, coalesce(v.body, ''), coalesce(v.lang, '') "
        "FROM campaign_exchange ce JOIN cultural_exchange x ON x.id = ce.exchange_id "
        "LEFT JOIN bitext_version v ON v.text_id = x.exchanged_text_id AND v.status = 'original' "
        "WHERE ce.campaign_id = ? ORDER BY x.held_on, x.id"), campaignId));
    return select.collect([](const Statement &row) {
        ExchangeSummary s;
        s.id = row.int64(0);
        s.kind = domain::exchangeKindFromKey(row.text(1)).value_or(domain::ExchangeKind::Other);
        s.status = domain::exchangeStatusFromKey(row.text(2)).value_or(domain::ExchangeStatus::Planned);
        s.heldOn = QDate::fromString(row.text(3), Qt::ISODate);
        s.exchanged = row.text(4);
        s.exchangedLanguage = row.text(5);
        return s;
    });
}

} // namespace trellis::store
