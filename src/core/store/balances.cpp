#include "store/balances.h"

#include "store/consentsql.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/log.h"

#include <algorithm>
#include <limits>

namespace trellis::store {
namespace {

/// Sums of the posted, counted entries; the caller adds the partner filter and the grouping.
/// A reversal is dated on its original's day, so a corrected pair is zero in every period.
QString sumsSql()
{
    return QStringLiteral("SUM(CASE WHEN e.kind <> 'funds' THEN e.quantity ELSE 0 END), "
                          "SUM(CASE WHEN e.kind = 'funds' THEN e.quantity ELSE 0 END), "
                          "SUM(CASE WHEN e.kind = 'funds' AND %1 THEN e.quantity ELSE 0 END), "
                          "SUM(CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END) "
                          "FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
                          "WHERE e.status = 'posted' AND e.unit <> '' "
                          "AND ifnull(o.occurred_on, e.occurred_on) BETWEEN :first AND :last ")
        .arg(fundsDisbursedSql());
}

QString firstDay(const Period &p) { return p.first.isValid() ? p.first.toString(Qt::ISODate) : QStringLiteral("0000-01-01"); }
QString lastDay(const Period &p) { return p.last.isValid() ? p.last.toString(Qt::ISODate) : QStringLiteral("9999-12-31"); }

Status checkPartner(Database &db, qint64 id)
{
    auto select = db.prepare(QStringLiteral("SELECT 1 FROM partner WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QStringLiteral("Partner %1 does not exist").arg(id));
    return {};
}

/// Adds one side's sums (given when `giving`) into units, keyed by unit.
Status addSide(Database &db, qint64 partner, qint64 other, const Period &period, bool giving, QList<UnitBalance> &units)
{
    const QString filter = giving
        ? QStringLiteral("AND e.from_partner_id = :a AND (:b = 0 OR e.to_partner_id = :b) ")
        : QStringLiteral("AND e.to_partner_id = :a AND (:b = 0 OR e.from_partner_id = :b) ");
    auto lease = db.cached(QStringLiteral("SELECT e.unit, ") + sumsSql() + filter
                           + QStringLiteral("GROUP BY e.unit"));
    if (!lease)
        return lease.error();
    Statement &select = lease->get();
    select.bind(":first", firstDay(period)).bind(":last", lastDay(period)).bind(":a", partner).bind(":b", other);
    for (;;) {
        auto row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString key = select.text(0);
        auto it = std::find_if(units.begin(), units.end(), [&](const UnitBalance &u) { return u.unit == key; });
        if (it == units.end())
            it = units.insert(units.end(), UnitBalance{key});
        const qint64 other = select.int64(1), proposed = select.int64(2), disbursed = select.int64(3);
        (giving ? it->given : it->received) += other + disbursed;
        (giving ? it->fundsProposedGiven : it->fundsProposedReceived) += proposed;
        (giving ? it->fundsDisbursedGiven : it->fundsDisbursedReceived) += disbursed;
        it->entries += select.int64(4);
    }
    return {};
}

Status addNarratives(Database &db, qint64 partner, qint64 other, const Period &period, Balance &balance)
{
    auto lease = db.cached(QStringLiteral(
        "SELECT e.id, e.occurred_on, e.from_partner_id, e.to_partner_id, e.kind, ifnull(b.original_lang, ''), "
        "ifnull(v.body, '') FROM ledger_entry e "
        "LEFT JOIN bitext b ON b.id = e.narrative_text_id "
        "LEFT JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' "
        "WHERE e.status = 'posted' AND e.unit = '' AND e.reverses_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id) "
        "AND ((e.from_partner_id = :a AND (:b = 0 OR e.to_partner_id = :b)) "
        "  OR (e.to_partner_id = :a AND (:b = 0 OR e.from_partner_id = :b))) "
        "AND e.occurred_on BETWEEN :first AND :last ORDER BY e.occurred_on, e.id"));
    if (!lease)
        return lease.error();
    Statement &select = lease->get();
    select.bind(":first", firstDay(period)).bind(":last", lastDay(period)).bind(":a", partner).bind(":b", other);
    for (;;) {
        auto row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        balance.narrativeOnly.append(
            {select.int64(0), QDate::fromString(select.text(1), Qt::ISODate), select.int64(2), select.int64(3),
             domain::contributionKindFromText(select.text(4)).value_or(domain::ContributionKind::Other),
             select.text(5), select.text(6)});
    }
    return {};
}

} // namespace

QString Asymmetry::toString(int decimals) const
{
    __int128 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // Rounded half up: floor((2 * n * scale + d) / (2 * d)).
    const __int128 scaled = (2 * __int128(numerator) * scale + denominator) / (2 * __int128(denominator));
    const qint64 whole = qint64(scaled / scale);
    QString fraction = QString::number(qint64(scaled % scale));
    fraction = QString(decimals - fraction.size(), QLatin1Char('0')) + fraction;
    return decimals > 0 ? QString(QString::number(whole) + QLatin1Char('.') + fraction) : QString::number(whole);
}

std::optional<Asymmetry> UnitBalance::asymmetry() const
{
    const __int128 total = __int128(given) + received;
    if (given < 0 || received < 0 || total <= 0 || total > std::numeric_limits<qint64>::max())
        return std::nullopt;
    const qint64 difference = given > received ? given - received : received - given;
    return Asymmetry{difference, qint64(total)};
}

const UnitBalance *Balance::unit(const QString &key) const
{
    for (const UnitBalance &u : units)
        if (u.unit == key)
            return &u;
    return nullptr;
}

Result<Balance> Balances::between(qint64 partnerId, std::optional<qint64> otherPartnerId, const Period &period) const
{
    Database &db = m_ws.database();
    if (otherPartnerId && *otherPartnerId == partnerId)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A balance is between two different partners"));
    TRELLIS_TRY(checkPartner(db, partnerId));
    if (otherPartnerId)
        TRELLIS_TRY(checkPartner(db, *otherPartnerId));
    Balance balance{partnerId, otherPartnerId, period, {}, {}};
    const qint64 other = otherPartnerId.value_or(0);
    TRELLIS_TRY(addSide(db, partnerId, other, period, true, balance.units));
    TRELLIS_TRY(addSide(db, partnerId, other, period, false, balance.units));
    balance.units.removeIf([](const UnitBalance &u) {
        return u.entries == 0 && u.given == 0 && u.received == 0 && u.fundsProposedGiven == 0
               && u.fundsProposedReceived == 0;
    });
    std::sort(balance.units.begin(), balance.units.end(),
              [](const UnitBalance &a, const UnitBalance &b) { return a.unit < b.unit; });
    TRELLIS_TRY(addNarratives(db, partnerId, other, period, balance));
    log::get("store")->debug("balance of partner {} computed: {} units, {} narrative-only", partnerId,
                             balance.units.size(), balance.narrativeOnly.size());
    return balance;
}

Result<QList<MatrixCell>> Balances::matrix(const Period &period) const
{
    auto lease = m_ws.database().cached(QStringLiteral("SELECT e.from_partner_id, e.to_partner_id, e.unit, ")
                                        + sumsSql()
                                        + QStringLiteral("GROUP BY e.from_partner_id, e.to_partner_id, e.unit"));
    if (!lease)
        return lease.error();
    Statement &select = lease->get();
    select.bind(":first", firstDay(period)).bind(":last", lastDay(period));
    QList<MatrixCell> cells;
    for (;;) {
        auto row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        MatrixCell cell{select.int64(0), select.int64(1), select.text(2), select.int64(3) + select.int64(5),
                        select.int64(4), select.int64(5), select.int64(6)};
        if (cell.entries != 0 || cell.counted != 0 || cell.fundsProposed != 0)
            cells.append(cell);
    }
    return cells;
}

} // namespace trellis::store
