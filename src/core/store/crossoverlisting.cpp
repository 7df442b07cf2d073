// CrossoverStore's views over time: every crossover, those of one pair, and the count per pair.
#include "store/crossoverstore.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace trellis::store {
namespace {

/// The summary query with a condition on narrative_crossover n (or none), by the day it was reborn.
QString summarySql(const QString &where)
{
    return QStringLiteral(
        "SELECT n.id, n.uuid, n.kind, n.origin_partner_id, n.adopting_partner_id, n.born_on, n.reborn_on, "
        "o.body, o.lang, r.body, r.lang FROM narrative_crossover n "
        "JOIN bitext_version o ON o.text_id = n.origin_text_id AND o.status = 'original' "
        "JOIN bitext_version r ON r.text_id = n.reborn_text_id AND r.status = 'original' %1 "
        "ORDER BY n.reborn_on, n.id").arg(where);
}

Result<QList<CrossoverSummary>> readSummaries(Statement &select)
{
    return select.collect([](const Statement &row) {
        CrossoverSummary s;
        row.readAll(s.id, s.uuid);
        s.kind = domain::crossoverKindFromKey(row.text(2)).value_or(domain::CrossoverKind::Other);
        row.readFrom(3, s.originPartnerId, s.adoptingPartnerId, s.bornOn, s.rebornOn, s.origin, s.originLanguage, s.reborn,
                     s.rebornLanguage);
        return s;
    });
}

} // namespace

Result<QList<CrossoverSummary>> CrossoverStore::list() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(summarySql(QString())));
    return readSummaries(select);
}

Result<QList<CrossoverSummary>> CrossoverStore::between(qint64 from, qint64 to, PairDirection direction) const
{
    if (from == to)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A pair is two different partners"));
    const QString where = direction == PairDirection::OneWay
        ? QStringLiteral("WHERE n.origin_partner_id = ?1 AND n.adopting_partner_id = ?2")
        : QStringLiteral("WHERE (n.origin_partner_id = ?1 AND n.adopting_partner_id = ?2) "
                         "OR (n.origin_partner_id = ?2 AND n.adopting_partner_id = ?1)");
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(summarySql(where), from, to));
    return readSummaries(select);
}

Result<QList<CrossoverPairCount>> CrossoverStore::countsPerPair() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT min(origin_partner_id, adopting_partner_id) AS a, max(origin_partner_id, adopting_partner_id) AS b, "
        "sum(origin_partner_id < adopting_partner_id), sum(origin_partner_id > adopting_partner_id), "
        "min(reborn_on), max(reborn_on) FROM narrative_crossover GROUP BY a, b ORDER BY count(*) DESC, a, b")));
    return select.collect([](const Statement &row) {
        return CrossoverPairCount{row.int64(0), row.int64(1), int(row.int64(2)), int(row.int64(3)), row.date(4), row.date(5)};
    });
}

} // namespace trellis::store
