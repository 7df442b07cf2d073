#include "store/pairflows.h"

#include "store/consentsql.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/log.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace trellis::store {
namespace {

constexpr int kMonthsBeforeQuarters = 24;

/// The day an entry counts on: a reversal on its original's, so that the two cancel in every step.
const QLatin1String kDay("ifnull(o.occurred_on, e.occurred_on)");

/// The pair's posted entries in one unit within [:first, :last]; the caller adds the columns.
QString pairEntriesSql()
{
    return QStringLiteral("FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
                          "WHERE e.status = 'posted' AND e.unit = :unit "
                          "AND ((e.from_partner_id = :a AND e.to_partner_id = :b) "
                          "  OR (e.from_partner_id = :b AND e.to_partner_id = :a)) "
                          "AND e.occurred_on >= :first AND %1 BETWEEN :first AND :last ")
        .arg(kDay);
}

/// "2026-04" for the month (or the quarter's first month) an entry counts in.
QString stepKeySql(FlowStep step)
{
    if (step == FlowStep::Month)
        return QStringLiteral("substr(%1, 1, 7)").arg(kDay);
    return QStringLiteral("substr(%1, 1, 5) || substr('0' || (((CAST(substr(%1, 6, 2) AS INTEGER) - 1) / 3) * 3 + 1), -2)")
        .arg(kDay);
}

void bindPair(Statement &s, qint64 a, qint64 b, const QString &unit, const Period &period)
{
    s.bind(":a", a).bind(":b", b).bind(":unit", unit).bind(":first", period.firstIso()).bind(":last", period.lastIso());
}

QDate nextStep(const QDate &start, FlowStep step)
{
    return start.addMonths(step == FlowStep::Month ? 1 : 3);
}

/// What counts of an entry, as balances count it: funds only once both sides approve.
QString countedSql()
{
    return QStringLiteral("CASE WHEN e.kind <> 'funds' OR %1 THEN e.quantity ELSE 0 END").arg(fundsDisbursedSql());
}

/// A pair and unit: the lower partner id, the higher, the unit key.
using PairKey = std::tuple<qint64, qint64, QString>;
/// What the lower id gave the higher, and the higher the lower.
using PairSums = std::pair<qint64, qint64>;

/// +1 when the lower id gave more with an asymmetry of at least the threshold, -1 when the higher
/// did, 0 otherwise (below it, or nothing flowed).
int direction(const PairSums &sums)
{
    const auto [lower, higher] = sums;
    const __int128 total = __int128(lower) + higher;
    if (lower < 0 || higher < 0 || total <= 0)
        return 0;
    const __int128 difference = lower > higher ? __int128(lower) - higher : __int128(higher) - lower;
    if (difference * kPersistDenominator < total * kPersistNumerator)
        return 0;
    return lower > higher ? 1 : -1;
}

} // namespace

Result<QList<PersistingAsymmetry>> PairFlows::persisting(const QDate &until) const
{
    QDate anchor = until;
    if (!anchor.isValid()) {
        auto lease = m_ws.database().cached(QStringLiteral(
            "SELECT max(occurred_on) FROM ledger_entry WHERE status = 'posted' AND reverses_id IS NULL"));
        if (!lease)
            return lease.error();
        auto row = lease->get().step();
        if (!row)
            return row.error();
        if (!*row || lease->get().isNull(0))
            return QList<PersistingAsymmetry>();
        anchor = QDate::fromString(lease->get().text(0), Qt::ISODate);
    }
    // One pass over the span of the quarters, summed per pair, unit and quarter. An entry counts
    // on its original's day, which is never after its own: so its own day is >= the span's first
    // day, a condition the date index can serve.
    const QDate lastQuarter = stepStart(anchor, FlowStep::Quarter);
    const Period span{lastQuarter.addMonths(-3 * (kPersistQuarters - 1)), lastQuarter.addMonths(3).addDays(-1)};
    TRELLIS_TRY_ASSIGN(StatementLease lease, m_ws.database().cached(
        QStringLiteral("SELECT e.from_partner_id, e.to_partner_id, e.unit, %1, SUM(%2) "
                       "FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
                       "WHERE e.status = 'posted' AND e.unit <> '' AND e.occurred_on >= :first "
                       "AND %3 BETWEEN :first AND :last GROUP BY 1, 2, 3, 4")
            .arg(stepKeySql(FlowStep::Quarter), countedSql(), kDay)));
    Statement &select = lease.get();
    select.bind(":first", span.firstIso()).bind(":last", span.lastIso());
    std::map<PairKey, std::map<QString, PairSums>> sums; // per pair and unit, per quarter
    TRELLIS_TRY(select.forEachRow([&](Statement &) {
        const qint64 from = select.int64(0), to = select.int64(1);
        PairSums &quarter = sums[{std::min(from, to), std::max(from, to), select.text(2)}][select.text(3)];
        (from < to ? quarter.first : quarter.second) += select.int64(4);
    }));
    std::map<PairKey, int> kept;
    for (const auto &[key, quarters] : sums) {
        if (int(quarters.size()) != kPersistQuarters)
            continue;
        const int first = direction(quarters.begin()->second);
        const bool same = std::all_of(quarters.begin(), quarters.end(),
                                      [first](const auto &q) { return direction(q.second) == first; });
        if (first != 0 && same)
            kept.emplace(key, first);
    }
    QList<PersistingAsymmetry> pairs;
    for (const auto &[key, direction] : kept) {
        const auto &[lower, higher, unit] = key;
        pairs.append(direction > 0 ? PersistingAsymmetry{lower, higher, unit} : PersistingAsymmetry{higher, lower, unit});
    }
    std::sort(pairs.begin(), pairs.end(), [](const PersistingAsymmetry &x, const PersistingAsymmetry &y) {
        return std::tie(x.unit, x.givingMore, x.givingLess) < std::tie(y.unit, y.givingMore, y.givingLess);
    });
    log::get("store")->debug("persisting asymmetries up to quarter {}: {}", lastQuarter.toString(Qt::ISODate).toStdString(),
                             pairs.size());
    return pairs;
}

QDate PairFlows::stepStart(const QDate &day, FlowStep step)
{
    if (!day.isValid())
        return {};
    const int month = step == FlowStep::Month ? day.month() : ((day.month() - 1) / 3) * 3 + 1;
    return QDate(day.year(), month, 1);
}

Result<FlowStep> PairFlows::stepFor(qint64 partnerId, qint64 otherPartnerId, const QString &unit,
                                    const Period &period) const
{
    QDate first = period.first, last = period.last;
    if (!first.isValid() || !last.isValid()) {
        TRELLIS_TRY_ASSIGN(StatementLease lease, m_ws.database().cached(QStringLiteral("SELECT min(%1), max(%1) ").arg(kDay) + pairEntriesSql()));
        Statement &select = lease.get();
        bindPair(select, partnerId, otherPartnerId, unit, period);
        auto row = select.step();
        if (!row)
            return row.error();
        if (*row && !select.isNull(0)) {
            if (!first.isValid())
                first = QDate::fromString(select.text(0), Qt::ISODate);
            if (!last.isValid())
                last = QDate::fromString(select.text(1), Qt::ISODate);
        }
    }
    if (!first.isValid() || !last.isValid())
        return FlowStep::Month;
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    return months > kMonthsBeforeQuarters ? FlowStep::Quarter : FlowStep::Month;
}

Result<QList<PairFlowPoint>> PairFlows::between(qint64 partnerId, qint64 otherPartnerId, const QString &unit,
                                                const Period &period, FlowStep step) const
{
    if (partnerId == otherPartnerId)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A flow is between two different partners"));
    const QString counted = countedSql();
    TRELLIS_TRY_ASSIGN(StatementLease lease, m_ws.database().cached(
        QStringLiteral("SELECT %1, SUM(CASE WHEN e.from_partner_id = :a THEN %2 ELSE 0 END), "
                       "SUM(CASE WHEN e.from_partner_id = :b THEN %2 ELSE 0 END) ")
            .arg(stepKeySql(step), counted)
        + pairEntriesSql() + QStringLiteral("GROUP BY 1 ORDER BY 1")));
    Statement &select = lease.get();
    bindPair(select, partnerId, otherPartnerId, unit, period);
    TRELLIS_TRY_ASSIGN(const QList<PairFlowPoint> sums, select.collect([](const Statement &row) {
        return PairFlowPoint{QDate::fromString(row.text(0) + QStringLiteral("-01"), Qt::ISODate), row.int64(1), row.int64(2)};
    }));
    if (sums.isEmpty())
        return sums;
    // Every step of the span, so that a chart's time axis has no holes.
    const QDate from = period.first.isValid() ? stepStart(period.first, step) : sums.first().start;
    const QDate to = period.last.isValid() ? stepStart(period.last, step) : sums.last().start;
    QList<PairFlowPoint> points;
    auto next = sums.cbegin();
    for (QDate d = from; d.isValid() && d <= to; d = nextStep(d, step)) {
        if (next != sums.cend() && next->start == d)
            points.append(*next++);
        else
            points.append({d, 0, 0});
    }
    log::get("store")->debug("pair flows of partners {} and {}: {} steps", partnerId, otherPartnerId, points.size());
    return points;
}

} // namespace trellis::store
