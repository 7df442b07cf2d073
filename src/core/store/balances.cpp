#include "store/balances.h"

#include "store/consentsql.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace trellis::store {
namespace {

/// How the sums read the ledger: through its partner indexes for one partner or pair, or as one
/// scan in table order for every partner at once (the planner would walk an index and look up each
/// row by id, about twice the time on the 100k demo; docs/performance.md).
enum class Reading { ByPartner, WholeLedger };

/// Sums of the posted, counted entries; the caller adds the partner filter and the grouping.
/// A reversal is dated on its original's day, so a corrected pair is zero in every period.
QString sumsSql(Reading reading = Reading::ByPartner)
{
    return QStringLiteral("SUM(CASE WHEN e.kind <> 'funds' THEN e.quantity ELSE 0 END), "
                          "SUM(CASE WHEN e.kind = 'funds' THEN e.quantity ELSE 0 END), "
                          "SUM(CASE WHEN e.kind = 'funds' AND %1 THEN e.quantity ELSE 0 END), "
                          "SUM(CASE WHEN e.reverses_id IS NULL THEN 1 ELSE -1 END) "
                          "FROM ledger_entry e %2LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
                          "WHERE e.status = 'posted' AND e.unit <> '' "
                          "AND ifnull(o.occurred_on, e.occurred_on) BETWEEN :first AND :last ")
        .arg(fundsDisbursedSql(), reading == Reading::WholeLedger ? QStringLiteral("NOT INDEXED ") : QString());
}

Status checkPartner(Database &db, qint64 id)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT 1 FROM partner WHERE id = ?"), id));
    return select.requireRow(makeError(ErrorCode::NotFound, QStringLiteral("Partner %1 does not exist").arg(id)));
}

/// The unit's figures in units, added (all zero) when it is not there yet.
UnitBalance &unitOf(QList<UnitBalance> &units, const QString &key)
{
    for (UnitBalance &u : units)
        if (u.unit == key)
            return u;
    units.append(UnitBalance{key});
    return units.last();
}

/// Adds one row's sums into a unit's figures, on its giving side or its receiving side.
void addSums(UnitBalance &unit, bool giving, qint64 counted, qint64 proposed, qint64 disbursed, qint64 entries)
{
    (giving ? unit.given : unit.received) += counted;
    (giving ? unit.fundsProposedGiven : unit.fundsProposedReceived) += proposed;
    (giving ? unit.fundsDisbursedGiven : unit.fundsDisbursedReceived) += disbursed;
    unit.entries += entries;
}

/// Leaves out units with nothing in them and sorts the rest by key.
void tidyUnits(QList<UnitBalance> &units)
{
    units.removeIf([](const UnitBalance &u) {
        return u.entries == 0 && u.given == 0 && u.received == 0 && u.fundsProposedGiven == 0
               && u.fundsProposedReceived == 0;
    });
    std::sort(units.begin(), units.end(), [](const UnitBalance &a, const UnitBalance &b) { return a.unit < b.unit; });
}

/// Puts every partner's balance in partner order, each with its units tidied.
void orderByPartner(QList<Balance> &balances)
{
    std::sort(balances.begin(), balances.end(), [](const Balance &a, const Balance &b) { return a.partnerId < b.partnerId; });
    for (Balance &balance : balances)
        tidyUnits(balance.units);
}

/// Adds one side's sums (given when `giving`) into units, keyed by unit.
Status addSide(Database &db, qint64 partner, qint64 other, const Period &period, bool giving, QList<UnitBalance> &units)
{
    const QString filter = giving
        ? QStringLiteral("AND e.from_partner_id = :a AND (:b = 0 OR e.to_partner_id = :b) ")
        : QStringLiteral("AND e.to_partner_id = :a AND (:b = 0 OR e.from_partner_id = :b) ");
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral("SELECT e.unit, ") + sumsSql() + filter
                                                      + QStringLiteral("GROUP BY e.unit")));
    Statement &select = lease.get();
    select.bind(":first", period.firstIso()).bind(":last", period.lastIso()).bind(":a", partner).bind(":b", other);
    return select.forEachRow([&](Statement &row) {
        const qint64 other = row.int64(1), disbursed = row.int64(3);
        addSums(unitOf(units, row.text(0)), giving, other + disbursed, row.int64(2), disbursed, row.int64(4));
    });
}

Status addNarratives(Database &db, qint64 partner, qint64 other, const Period &period, Balance &balance)
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral(
        "SELECT e.id, e.occurred_on, e.from_partner_id, e.to_partner_id, e.kind, ifnull(b.original_lang, ''), "
        "ifnull(v.body, '') FROM ledger_entry e "
        "LEFT JOIN bitext b ON b.id = e.narrative_text_id "
        "LEFT JOIN bitext_version v ON v.text_id = b.id AND v.status = 'original' "
        "WHERE e.status = 'posted' AND e.unit = '' AND e.reverses_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id) "
        "AND ((e.from_partner_id = :a AND (:b = 0 OR e.to_partner_id = :b)) "
        "  OR (e.to_partner_id = :a AND (:b = 0 OR e.from_partner_id = :b))) "
        "AND e.occurred_on BETWEEN :first AND :last ORDER BY e.occurred_on, e.id")));
    Statement &select = lease.get();
    select.bind(":first", period.firstIso()).bind(":last", period.lastIso()).bind(":a", partner).bind(":b", other);
    return select.forEachRow([&](Statement &row) {
        balance.narrativeOnly.append(
            {row.int64(0), row.date(1), row.int64(2), row.int64(3),
             domain::contributionKindFromText(row.text(4)).value_or(domain::ContributionKind::Other),
             row.text(5), row.text(6)});
    });
}

/// The balances of many partners over one period, found by partner id; a partner met for the first
/// time gets an empty one at the end.
class PartnerBalances {
public:
    explicit PartnerBalances(const Period &period) : m_period(period) {}

    /// Gives every partner a balance, in id order, even with nothing in the period.
    Status addEveryPartner(Database &db)
    {
        TRELLIS_TRY_ASSIGN(StatementLease partners, db.cached(QStringLiteral("SELECT id FROM partner ORDER BY id")));
        TRELLIS_TRY_ASSIGN(const QList<qint64> ids, partners.get().int64Column());
        for (qint64 id : ids)
            positionOf(id);
        return {};
    }
    /// Where partner id's balance is in list().
    qsizetype positionOf(qint64 id)
    {
        auto it = m_index.constFind(id);
        if (it != m_index.constEnd())
            return *it;
        m_index.insert(id, m_list.size());
        m_list.append(Balance{id, std::nullopt, m_period, {}, {}});
        return m_list.size() - 1;
    }
    Balance &of(qint64 id) { return m_list[positionOf(id)]; }
    QList<Balance> &list() { return m_list; }

private:
    Period m_period;
    QList<Balance> m_list;
    QHash<qint64, qsizetype> m_index; // partner id -> position in m_list
};

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
    tidyUnits(balance.units);
    TRELLIS_TRY(addNarratives(db, partnerId, other, period, balance));
    log::get("store")->debug("balance of partner {} computed: {} units, {} narrative-only", partnerId,
                             balance.units.size(), balance.narrativeOnly.size());
    return balance;
}

Result<QList<Balance>> Balances::all(const Period &period) const
{
    Database &db = m_ws.database();
    PartnerBalances partners(period);
    TRELLIS_TRY(partners.addEveryPartner(db));
    QList<Balance> &balances = partners.list();
    // One row per posted entry in the period: its sums' parts, and for a narrative-only entry
    // (no unit, neither a reversal nor reversed) its original text. Reversals are dated on their
    // original's day, as in between().
    TRELLIS_TRY_ASSIGN(StatementLease lease, db.cached(QStringLiteral(
        "SELECT e.from_partner_id, e.to_partner_id, e.unit, e.kind = 'funds', e.quantity, "
        "CASE WHEN e.kind = 'funds' THEN %1 ELSE 0 END, e.reverses_id IS NULL, "
        "CASE WHEN e.unit = '' AND e.reverses_id IS NULL "
        "  AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.reverses_id = e.id) THEN 1 ELSE 0 END, "
        "e.id, e.occurred_on, e.kind, "
        "CASE WHEN e.unit = '' THEN (SELECT b.original_lang FROM bitext b WHERE b.id = e.narrative_text_id) END, "
        "CASE WHEN e.unit = '' THEN (SELECT v.body FROM bitext_version v "
        "  WHERE v.text_id = e.narrative_text_id AND v.status = 'original') END "
        "FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
        "WHERE e.status = 'posted' AND ifnull(o.occurred_on, e.occurred_on) BETWEEN :first AND :last")
                              .arg(fundsDisbursedSql())));
    Statement &select = lease.get();
    select.bind(":first", period.firstIso()).bind(":last", period.lastIso());
    QList<NarrativeContribution> narratives;
    QHash<qsizetype, qsizetype> narrativeCount; // position in balances -> narratives of that partner
    qint64 rows = 0;
    TRELLIS_TRY(select.forEachRow([&](Statement &row) {
        ++rows;
        const qint64 from = row.int64(0), to = row.int64(1);
        // Partners come from the partner table; the file's foreign keys make a stranger impossible,
        // but one would still get its own balance rather than someone else's.
        const qsizetype giverAt = partners.positionOf(from), takerAt = partners.positionOf(to);
        Balance &giver = balances[giverAt];
        Balance &taker = balances[takerAt];
        const QString unit = row.text(2);
        if (!unit.isEmpty()) {
            const bool funds = row.int64(3) != 0;
            const qint64 quantity = row.int64(4);
            const qint64 disbursed = row.int64(5) != 0 ? quantity : 0;
            const qint64 counted = funds ? disbursed : quantity;
            const qint64 proposed = funds ? quantity : 0;
            const qint64 entries = row.int64(6) != 0 ? 1 : -1;
            addSums(unitOf(giver.units, unit), true, counted, proposed, disbursed, entries);
            addSums(unitOf(taker.units, unit), false, counted, proposed, disbursed, entries);
        } else if (row.int64(7) != 0) {
            narratives.append({row.int64(8), row.date(9), from, to,
                               domain::contributionKindFromText(row.text(10)).value_or(domain::ContributionKind::Other),
                               row.text(11), row.text(12)});
            ++narrativeCount[giverAt];
            ++narrativeCount[takerAt];
        }
    }));
    // Every partner's narratives in date order: sorted once, then dealt out to both partners of
    // each, into lists sized beforehand.
    std::sort(narratives.begin(), narratives.end(), [](const NarrativeContribution &a, const NarrativeContribution &b) {
        return a.date != b.date ? a.date < b.date : a.entryId < b.entryId;
    });
    for (qsizetype i = 0; i < balances.size(); ++i)
        balances[i].narrativeOnly.reserve(narrativeCount.value(i));
    for (const NarrativeContribution &narrative : std::as_const(narratives)) {
        partners.of(narrative.fromPartnerId).narrativeOnly.append(narrative);
        partners.of(narrative.toPartnerId).narrativeOnly.append(narrative);
    }
    narratives.clear();
    orderByPartner(balances);
    log::get("store")->debug("balances of {} partners computed from {} entries in one pass", balances.size(), rows);
    return balances;
}

Result<QList<Balance>> Balances::totals(const Period &period) const
{
    PartnerBalances partners(period);
    TRELLIS_TRY(partners.addEveryPartner(m_ws.database()));
    QList<Balance> &balances = partners.list();
    // Each cell of the matrix is given by one partner and received by the other.
    TRELLIS_TRY_ASSIGN(const QList<MatrixCell> cells, matrix(period));
    for (const MatrixCell &cell : cells) {
        addSums(unitOf(partners.of(cell.fromPartnerId).units, cell.unit), true, cell.counted, cell.fundsProposed,
                cell.fundsDisbursed, cell.entries);
        addSums(unitOf(partners.of(cell.toPartnerId).units, cell.unit), false, cell.counted, cell.fundsProposed,
                cell.fundsDisbursed, cell.entries);
    }
    orderByPartner(balances);
    log::get("store")->debug("balance totals of {} partners computed from {} cells", balances.size(), cells.size());
    return balances;
}

Result<QList<MatrixCell>> Balances::matrix(const Period &period) const
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, m_ws.database().cached(QStringLiteral("SELECT e.from_partner_id, e.to_partner_id, e.unit, ")
                                        + sumsSql(Reading::WholeLedger)
                                        + QStringLiteral("GROUP BY e.from_partner_id, e.to_partner_id, e.unit")));
    Statement &select = lease.get();
    select.bind(":first", period.firstIso()).bind(":last", period.lastIso());
    QList<MatrixCell> cells;
    TRELLIS_TRY(select.forEachRow([&](Statement &) {
        MatrixCell cell{select.int64(0), select.int64(1), select.text(2), select.int64(3) + select.int64(5),
                        select.int64(4), select.int64(5), select.int64(6)};
        if (cell.entries != 0 || cell.counted != 0 || cell.fundsProposed != 0)
            cells.append(cell);
    }));
    return cells;
}

} // namespace trellis::store
