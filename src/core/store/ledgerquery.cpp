#include "store/ledgerquery.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace trellis::store {
namespace {

using domain::EntryStatus;

const QString kColumns = QStringLiteral(
    "SELECT id, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, status, reverses_id "
    "FROM ledger_entry ");
constexpr qint64 kNoQuantity = -9223372036854775807LL; ///< narrative-only entries sort first in their unit

LedgerRow readRow(const Statement &s)
{
    LedgerRow r;
    r.id = s.int64(0);
    r.date = QDate::fromString(s.text(1), Qt::ISODate);
    r.fromPartnerId = s.int64(2);
    r.toPartnerId = s.int64(3);
    r.kind = domain::contributionKindFromText(s.text(4)).value_or(domain::ContributionKind::Other);
    if (!s.isNull(5)) {
        if (auto unit = domain::Unit::parse(s.text(6)))
            r.quantity = domain::Quantity{s.int64(5), *unit};
    }
    r.status = s.text(7) == QLatin1String("posted") ? EntryStatus::Posted : EntryStatus::Draft;
    r.isReversal = !s.isNull(8);
    return r;
}

QString statusKey(EntryStatus status)
{
    return status == EntryStatus::Posted ? QStringLiteral("posted") : QStringLiteral("draft");
}

/// A rank in a display order; values missing from it come after, partners by id.
qint64 rankOf(qsizetype index, qsizetype size, qint64 fallback)
{
    return index >= 0 ? qint64(index) : qint64(size) + fallback;
}

} // namespace

/// SQL text built with its bound values in order ('?' placeholders only; nothing spliced).
struct LedgerQuery::Sql {
    QString text;
    QVariantList params;
    Sql &operator<<(const QString &t)
    {
        text += t;
        return *this;
    }
    Sql &param(const QVariant &value)
    {
        text += u'?';
        params << value;
        return *this;
    }
};

LedgerQuery::LedgerQuery(Workspace &workspace, LedgerFilter filter, LedgerOrder order)
    : m_ws(workspace), m_filter(std::move(filter)), m_order(std::move(order))
{
}

LedgerQuery::Key LedgerQuery::key(const LedgerRow &r) const
{
    switch (m_order.by) {
    case LedgerSort::Date: break;
    case LedgerSort::From:
    case LedgerSort::To: {
        const qint64 partner = m_order.by == LedgerSort::From ? r.fromPartnerId : r.toPartnerId;
        return {rankOf(m_order.partnerRanks.indexOf(partner), m_order.partnerRanks.size(), partner), {}, 0, r.date, r.id};
    }
    case LedgerSort::Kind:
        return {rankOf(m_order.kindRanks.indexOf(domain::contributionKindKey(r.kind)), m_order.kindRanks.size(), 0),
                {}, 0, r.date, r.id};
    case LedgerSort::Quantity:
        return {0, r.quantity ? r.quantity->unit.key() : QString(), r.quantity ? r.quantity->minorUnits : kNoQuantity,
                r.date, r.id};
    case LedgerSort::Status: return {0, statusKey(r.status), 0, r.date, r.id};
    }
    return {0, {}, 0, r.date, r.id};
}

bool LedgerQuery::before(const LedgerRow &a, const LedgerRow &b) const
{
    return m_order.descending ? key(b) < key(a) : key(a) < key(b);
}

/// One bucket of an order: the entries whose column holds one of values (every entry when the
/// column is empty), in the order of keys, which an index on (column, keys) serves.
struct LedgerQuery::Bucket {
    QString column;
    QVariantList values;
    QStringList keys;
    QString also; ///< a fixed condition that lets the index serve keys (no values)
};

namespace {

const QStringList kDateKeys = {QStringLiteral("occurred_on"), QStringLiteral("id")};
const QString kPostedExpression = QStringLiteral("(status = 'posted')"); ///< as index ledger_entry_posted has it

} // namespace

Result<QVariantList> LedgerQuery::distinctValues(const QString &column) const
{
    // A loose index scan: one seek per value that appears, never a pass over the entries.
    QVariantList found;
    for (;;) {
        Sql sql;
        sql << QStringLiteral("SELECT min(%1) FROM ledger_entry").arg(column);
        if (!found.isEmpty()) {
            sql << QStringLiteral(" WHERE %1 > ").arg(column);
            sql.param(found.last());
        }
        TRELLIS_TRY_ASSIGN(StatementLease lease, m_ws.database().cached(sql.text));
        Statement &s = lease.get();
        bind(s, sql);
        TRELLIS_TRY_ASSIGN(const bool more, s.step());
        if (!more || s.isNull(0))
            return found;
        found << (column == QLatin1String("unit") ? QVariant(s.text(0)) : QVariant(s.int64(0)));
    }
}

Result<QList<LedgerQuery::Bucket>> LedgerQuery::buckets(const LedgerRow *anchor) const
{
    // In ascending key() order; values that may have left the table since the anchor was read
    // keep their bucket, so a window can still start from it.
    QList<Bucket> all;
    switch (m_order.by) {
    case LedgerSort::Date: all << Bucket{QString(), {}, kDateKeys, {}}; break;
    case LedgerSort::Kind: {
        QStringList unranked;
        for (int k = 0; k < int(domain::ContributionKind::Count); ++k)
            unranked << domain::contributionKindKey(domain::ContributionKind(k));
        for (const QString &kind : m_order.kindRanks) {
            if (unranked.removeOne(kind))
                all << Bucket{QStringLiteral("kind"), {kind}, kDateKeys, {}};
        }
        // Kinds missing from the ranks rank alike: one bucket, by date (not served by one range).
        if (!unranked.isEmpty()) {
            QVariantList values;
            for (const QString &kind : std::as_const(unranked))
                values << kind;
            all << Bucket{QStringLiteral("kind"), values, kDateKeys, {}};
        }
        break;
    }
    case LedgerSort::Status:
        // Drafts, then posted ('draft' < 'posted'), by the expression the index holds.
        all << Bucket{kPostedExpression, {0}, kDateKeys, {}} << Bucket{kPostedExpression, {1}, kDateKeys, {}};
        break;
    case LedgerSort::From:
    case LedgerSort::To: {
        const bool from = m_order.by == LedgerSort::From;
        const QString column = from ? QStringLiteral("from_partner_id") : QStringLiteral("to_partner_id");
        auto values = distinctValues(column);
        if (!values)
            return values.error();
        QList<qint64> present;
        for (const QVariant &v : std::as_const(*values))
            present << v.toLongLong();
        if (anchor)
            present.append(from ? anchor->fromPartnerId : anchor->toPartnerId);
        QList<qint64> ranked;
        for (qint64 id : m_order.partnerRanks) {
            if (!ranked.contains(id))
                ranked << id;
        }
        for (qint64 id : std::as_const(ranked))
            all << Bucket{column, {id}, kDateKeys, {}};
        // Partners missing from the ranks follow by id, each its own bucket.
        std::sort(present.begin(), present.end());
        present.erase(std::unique(present.begin(), present.end()), present.end());
        for (qint64 id : std::as_const(present)) {
            if (!ranked.contains(id))
                all << Bucket{column, {id}, kDateKeys, {}};
        }
        break;
    }
    case LedgerSort::Quantity: {
        auto values = distinctValues(QStringLiteral("unit"));
        if (!values)
            return values.error();
        QStringList units;
        for (const QVariant &v : std::as_const(*values))
            units << v.toString();
        if (anchor) {
            const QString unit = anchor->quantity ? anchor->quantity->unit.key() : QString();
            if (!units.contains(unit))
                units.insert(std::lower_bound(units.begin(), units.end(), unit), unit);
        }
        for (const QString &unit : std::as_const(units)) {
            // Narrative-only entries (unit '') have no quantity: by date alone.
            // "quantity IS NULL" tells SQLite the index's quantity is one value there.
            if (unit.isEmpty())
                all << Bucket{QStringLiteral("unit"), {unit}, kDateKeys, QStringLiteral("quantity IS NULL")};
            else
                all << Bucket{QStringLiteral("unit"), {unit}, QStringList{QStringLiteral("quantity")} + kDateKeys, {}};
        }
        break;
    }
    }
    return all;
}

qsizetype LedgerQuery::bucketOf(const QList<Bucket> &all, const LedgerRow &r) const
{
    QVariant value;
    switch (m_order.by) {
    case LedgerSort::Date: return 0;
    case LedgerSort::Kind: value = domain::contributionKindKey(r.kind); break;
    case LedgerSort::Status: value = int(r.status == EntryStatus::Posted); break;
    case LedgerSort::From: value = r.fromPartnerId; break;
    case LedgerSort::To: value = r.toPartnerId; break;
    case LedgerSort::Quantity: value = r.quantity ? r.quantity->unit.key() : QString(); break;
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).values.contains(value))
            return i;
    }
    return -1;
}

void LedgerQuery::addWhere(Sql &sql, const Bucket &bucket, const LedgerRow *cursor, const QString &op) const
{
    QString glue = QStringLiteral("WHERE ");
    auto part = [&](const QString &text) -> Sql & {
        sql << glue << text;
        glue = QStringLiteral(" AND ");
        return sql;
    };
    if (m_filter.partnerId) {
        part(QStringLiteral("(from_partner_id = ")).param(*m_filter.partnerId) << QStringLiteral(" OR to_partner_id = ");
        sql.param(*m_filter.partnerId) << QStringLiteral(")");
    }
    if (m_filter.withPartnerId) {
        part(QStringLiteral("(from_partner_id = ")).param(*m_filter.withPartnerId) << QStringLiteral(" OR to_partner_id = ");
        sql.param(*m_filter.withPartnerId) << QStringLiteral(")");
    }
    if (m_filter.kind)
        part(QStringLiteral("kind = ")).param(domain::contributionKindKey(*m_filter.kind));
    if (m_filter.unit) {
        part(QStringLiteral("unit = ")).param(*m_filter.unit);
        // Narrative-only entries have no quantity (the table's CHECK): saying so lets the planner
        // walk ledger_entry_quantity (unit, quantity, occurred_on, id) in date order from the
        // cursor, instead of sorting every narrative-only entry again for each page (the 1M
        // ledger review's narratives: quadratic; docs/performance.md).
        if (m_filter.unit->isEmpty())
            sql << QStringLiteral(" AND quantity IS NULL");
    }
    if (m_filter.from.isValid())
        part(QStringLiteral("occurred_on >= ")).param(m_filter.from.toString(Qt::ISODate));
    if (m_filter.to.isValid())
        part(QStringLiteral("occurred_on <= ")).param(m_filter.to.toString(Qt::ISODate));
    if (m_filter.status)
        part(QStringLiteral("status = ")).param(statusKey(*m_filter.status));
    if (!bucket.column.isEmpty()) {
        part(bucket.column);
        if (bucket.values.size() == 1) {
            sql << QStringLiteral(" = ");
            sql.param(bucket.values.first());
        } else {
            sql << QStringLiteral(" IN (");
            for (qsizetype i = 0; i < bucket.values.size(); ++i) {
                if (i > 0)
                    sql << QStringLiteral(", ");
                sql.param(bucket.values.at(i));
            }
            sql << QStringLiteral(")");
        }
    }
    if (!bucket.also.isEmpty())
        part(bucket.also);
    if (cursor) {
        part(QStringLiteral("(")) << bucket.keys.join(QStringLiteral(", ")) << QStringLiteral(") ") << op
                                  << QStringLiteral(" (");
        for (qsizetype i = 0; i < bucket.keys.size(); ++i) {
            const QString &k = bucket.keys.at(i);
            if (i > 0)
                sql << QStringLiteral(", ");
            if (k == QLatin1String("quantity"))
                sql.param(cursor->quantity ? cursor->quantity->minorUnits : kNoQuantity);
            else if (k == QLatin1String("occurred_on"))
                sql.param(cursor->date.toString(Qt::ISODate));
            else
                sql.param(cursor->id);
        }
        sql << QStringLiteral(")");
    }
    sql << QStringLiteral(" ");
}

void LedgerQuery::bind(Statement &s, const Sql &sql)
{
    for (qsizetype i = 0; i < sql.params.size(); ++i) {
        const QVariant &v = sql.params.at(i);
        if (v.typeId() == QMetaType::QString)
            s.bind(int(i + 1), v.toString());
        else
            s.bind(int(i + 1), v.toLongLong());
    }
}

Result<QList<LedgerRow>> LedgerQuery::rows(const Sql &sql) const
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, m_ws.database().cached(sql.text));
    Statement &s = lease.get();
    bind(s, sql);
    return s.collect([](const Statement &row) { return readRow(row); });
}

Result<qint64> LedgerQuery::single(Workspace &workspace, const Sql &sql)
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, workspace.database().cached(sql.text));
    Statement &s = lease.get();
    bind(s, sql);
    TRELLIS_TRY(s.step());
    return s.int64(0);
}

Result<qint64> LedgerQuery::counted(const Bucket &bucket, const QString &op, const LedgerRow *cursor, qint64 atMost) const
{
    // With atMost, the count stops there: a bucket bigger than a skip is not counted through.
    Sql sql;
    if (atMost >= 0)
        sql << QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ledger_entry ");
    else
        sql << QStringLiteral("SELECT count(*) FROM ledger_entry ");
    addWhere(sql, bucket, cursor, op);
    if (atMost >= 0) {
        sql << QStringLiteral("LIMIT ");
        sql.param(atMost) << QStringLiteral(")");
    }
    return single(m_ws, sql);
}

Result<qint64> LedgerQuery::bucketCount(const Bucket &bucket, qint64 atMost) const
{
    // A bucket's size is kept once counted through, until the file changes: later jumps pass
    // it for free. Counts stopped at atMost are not kept.
    TRELLIS_TRY_ASSIGN(StatementLease version, m_ws.database().cached(QStringLiteral("PRAGMA data_version")));
    TRELLIS_TRY(version.get().step());
    const std::pair<qint64, qint64> now{sqlite3_total_changes64(m_ws.database().handle()), version.get().int64(0)};
    if (now != m_countedAt) {
        m_bucketCounts.clear();
        m_countedAt = now;
    }
    QString name = bucket.column;
    for (const QVariant &v : bucket.values)
        name += u'\x1f' + v.toString();
    auto held = m_bucketCounts.constFind(name);
    if (held != m_bucketCounts.constEnd())
        return *held;
    auto n = counted(bucket, QString(), nullptr, atMost);
    if (n && (atMost < 0 || *n < atMost))
        m_bucketCounts.insert(name, *n);
    return n;
}

Result<QList<LedgerRow>> LedgerQuery::window(const LedgerSeek &seek, qint64 skip, int limit) const
{
    // Forward from the anchor's key (>=, or > when exclusive), or backward before it (<), each in
    // the order's direction, bucket by bucket from the anchor's (or the first); a skip passes
    // whole buckets by counting them. Ids come from a bucket's index; only they are read whole.
    const bool descending = m_order.descending != seek.backward;
    const QString op = seek.backward ? (m_order.descending ? QStringLiteral(">") : QStringLiteral("<"))
                       : m_order.descending ? (seek.inclusive ? QStringLiteral("<=") : QStringLiteral("<"))
                                            : (seek.inclusive ? QStringLiteral(">=") : QStringLiteral(">"));
    const LedgerRow *anchor = seek.anchor ? &*seek.anchor : nullptr;
    auto all = buckets(anchor);
    if (!all)
        return all.error();
    if (descending)
        std::reverse(all->begin(), all->end());
    qsizetype first = anchor ? bucketOf(*all, *anchor) : 0;
    if (first < 0)
        return makeError(ErrorCode::Storage, QStringLiteral("A ledger list lost its place; open it again"));
    QList<LedgerRow> found;
    for (qsizetype i = first; i < all->size() && found.size() < limit; ++i) {
        const Bucket &bucket = all->at(i);
        const LedgerRow *cursor = i == first ? anchor : nullptr;
        if (skip > 0 && i + 1 < all->size()) {
            auto counted = cursor ? this->counted(bucket, op, cursor, skip) : bucketCount(bucket, skip);
            if (!counted)
                return counted.error();
            if (*counted < skip) {
                skip -= *counted;
                continue;
            }
        }
        Sql sql;
        sql << kColumns << QStringLiteral("WHERE id IN (SELECT id FROM ledger_entry ");
        addWhere(sql, bucket, cursor, op);
        sql << QStringLiteral("ORDER BY ");
        for (qsizetype k = 0; k < bucket.keys.size(); ++k)
            sql << (k > 0 ? QStringLiteral(", ") : QString()) << bucket.keys.at(k)
                << (descending ? QStringLiteral(" DESC") : QString());
        sql << QStringLiteral(" LIMIT ");
        sql.param(qint64(limit - found.size())) << QStringLiteral(" OFFSET ");
        sql.param(skip) << QStringLiteral(")");
        skip = 0;
        auto page = rows(sql);
        if (!page)
            return page.error();
        found << *page;
    }
    std::sort(found.begin(), found.end(), [this](const LedgerRow &a, const LedgerRow &b) { return before(a, b); });
    return found;
}

Result<QList<LedgerRow>> LedgerQuery::next(int limit)
{
    if (m_atEnd)
        return QList<LedgerRow>();
    auto page = window(LedgerSeek{m_last, false, false}, 0, limit);
    if (!page)
        return page;
    if (page->size() < limit)
        m_atEnd = true;
    if (!page->isEmpty())
        m_last = page->last();
    return page;
}

Result<qint64> LedgerQuery::count() const
{
    // Every entry: the count the file keeps (one row), not a pass over an index.
    if (m_filter == LedgerFilter{}) {
        Sql sql;
        sql << QStringLiteral("SELECT entries FROM ledger_count WHERE id = 1");
        return single(m_ws, sql);
    }
    return counted(Bucket{}, QString(), nullptr);
}

Result<qint64> LedgerQuery::countBefore(const LedgerRow &row) const
{
    // The whole buckets before the row's, then its own up to the row.
    auto all = buckets(&row);
    if (!all)
        return all.error();
    if (m_order.descending)
        std::reverse(all->begin(), all->end());
    const qsizetype at = bucketOf(*all, row);
    if (at < 0)
        return makeError(ErrorCode::Storage, QStringLiteral("A ledger list lost its place; open it again"));
    qint64 before = 0;
    for (qsizetype i = 0; i < at; ++i) {
        auto n = bucketCount(all->at(i), -1);
        if (!n)
            return n.error();
        before += *n;
    }
    auto n = counted(all->at(at), m_order.descending ? QStringLiteral(">") : QStringLiteral("<"), &row);
    if (!n)
        return n.error();
    return before + *n;
}

bool LedgerQuery::matches(const LedgerRow &r) const
{
    const LedgerFilter &f = m_filter;
    if (f.partnerId && r.fromPartnerId != *f.partnerId && r.toPartnerId != *f.partnerId)
        return false;
    if (f.withPartnerId && r.fromPartnerId != *f.withPartnerId && r.toPartnerId != *f.withPartnerId)
        return false;
    if (f.kind && r.kind != *f.kind)
        return false;
    if (f.unit && (r.quantity ? r.quantity->unit.key() : QString()) != *f.unit)
        return false;
    if ((f.from.isValid() && r.date < f.from) || (f.to.isValid() && r.date > f.to))
        return false;
    return !f.status || r.status == *f.status;
}

Result<bool> LedgerQuery::matches(qint64 id) const
{
    auto r = row(m_ws, id);
    if (!r)
        return r.error();
    return matches(*r);
}

Result<LedgerRow> LedgerQuery::row(Workspace &workspace, qint64 id)
{
    TRELLIS_TRY_ASSIGN(StatementLease lease, workspace.database().cached(kColumns + QStringLiteral("WHERE id = ?")));
    Statement &s = lease.get();
    s.bind(1, id);
    TRELLIS_TRY(s.requireRow(recordNotFound(QStringLiteral("Ledger entry"), id)));
    return readRow(s);
}

Result<QHash<qint64, NarrativeLine>> LedgerQuery::narratives(Workspace &workspace, const QList<qint64> &ids,
                                                             const QString &language)
{
    QHash<qint64, NarrativeLine> lines;
    // One statement per id keeps every value bound; each is a primary-key and unique-index lookup.
    TRELLIS_TRY_ASSIGN(StatementLease lease, workspace.database().cached(QStringLiteral(
        "SELECT v.body, v.lang, v.status, v.lang = :lang FROM ledger_entry e "
        "JOIN bitext_version v ON v.text_id = e.narrative_text_id "
        "WHERE e.id = :id AND (v.lang = :lang OR v.status = 'original') "
        "ORDER BY v.lang = :lang DESC LIMIT 1")));
    Statement &s = lease.get();
    for (qint64 id : ids) {
        s.reset();
        s.bind(":lang", language).bind(":id", id);
        TRELLIS_TRY_ASSIGN(const bool found, s.step());
        if (!found)
            continue;
        NarrativeLine line{s.text(0), s.text(1), domain::TranslationStatus::Missing};
        if (s.int64(3) != 0)
            line.status = domain::statusFromKey(s.text(2)).value_or(domain::TranslationStatus::Human);
        lines.insert(id, line);
    }
    return lines;
}

} // namespace trellis::store
