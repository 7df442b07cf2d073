#include "store/ledgerquery.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QVariant>

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

void LedgerQuery::addKeyExpressions(Sql &sql, const QString &suffix) const
{
    // The same tuple as key(), in SQL: the leading expressions, then occurred_on and id. Ranks
    // are bound values; only their positions (numbers) are written into the text.
    auto rankCase = [&](const QString &column, const QVariantList &values, const QString &fallback) {
        sql << QStringLiteral("CASE ") << column;
        for (qsizetype i = 0; i < values.size(); ++i) {
            sql << QStringLiteral(" WHEN ");
            sql.param(values.at(i)) << QStringLiteral(" THEN %1").arg(i);
        }
        sql << QStringLiteral(" ELSE %1 END").arg(fallback.arg(values.size())) << suffix << QStringLiteral(", ");
    };
    QVariantList partners;
    for (qint64 id : m_order.partnerRanks)
        partners << id;
    QVariantList kinds;
    for (const QString &k : m_order.kindRanks)
        kinds << k;
    switch (m_order.by) {
    case LedgerSort::Date: break;
    case LedgerSort::From: rankCase(QStringLiteral("from_partner_id"), partners, QStringLiteral("%1 + from_partner_id")); break;
    case LedgerSort::To: rankCase(QStringLiteral("to_partner_id"), partners, QStringLiteral("%1 + to_partner_id")); break;
    case LedgerSort::Kind: rankCase(QStringLiteral("kind"), kinds, QStringLiteral("%1")); break;
    case LedgerSort::Quantity:
        sql << QStringLiteral("unit") << suffix << QStringLiteral(", ifnull(quantity, %1)").arg(kNoQuantity) << suffix
            << QStringLiteral(", ");
        break;
    case LedgerSort::Status: sql << QStringLiteral("status") << suffix << QStringLiteral(", "); break;
    }
    sql << QStringLiteral("occurred_on") << suffix << QStringLiteral(", id") << suffix;
}

void LedgerQuery::addWhere(Sql &sql, const LedgerRow *cursor, const QString &op) const
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
    if (m_filter.kind)
        part(QStringLiteral("kind = ")).param(domain::contributionKindKey(*m_filter.kind));
    if (m_filter.unit)
        part(QStringLiteral("unit = ")).param(*m_filter.unit);
    if (m_filter.from.isValid())
        part(QStringLiteral("occurred_on >= ")).param(m_filter.from.toString(Qt::ISODate));
    if (m_filter.to.isValid())
        part(QStringLiteral("occurred_on <= ")).param(m_filter.to.toString(Qt::ISODate));
    if (m_filter.status)
        part(QStringLiteral("status = ")).param(statusKey(*m_filter.status));
    if (cursor) {
        part(QStringLiteral("("));
        addKeyExpressions(sql, QString());
        sql << QStringLiteral(") ") << op << QStringLiteral(" (");
        const auto [rank, text, number, date, id] = key(*cursor);
        switch (m_order.by) {
        case LedgerSort::Date: break;
        case LedgerSort::From:
        case LedgerSort::To:
        case LedgerSort::Kind: sql.param(rank) << QStringLiteral(", "); break;
        case LedgerSort::Quantity:
            sql.param(text) << QStringLiteral(", ");
            sql.param(number) << QStringLiteral(", ");
            break;
        case LedgerSort::Status: sql.param(text) << QStringLiteral(", "); break;
        }
        sql.param(date.toString(Qt::ISODate)) << QStringLiteral(", ");
        sql.param(id) << QStringLiteral(")");
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
    auto lease = m_ws.database().cached(sql.text);
    if (!lease)
        return lease.error();
    Statement &s = lease->get();
    bind(s, sql);
    QList<LedgerRow> found;
    for (;;) {
        auto more = s.step();
        if (!more)
            return more.error();
        if (!*more)
            return found;
        found.append(readRow(s));
    }
}

Result<qint64> LedgerQuery::counted(const QString &op, const LedgerRow *cursor) const
{
    Sql sql;
    sql << QStringLiteral("SELECT count(*) FROM ledger_entry ");
    addWhere(sql, cursor, op);
    auto lease = m_ws.database().cached(sql.text);
    if (!lease)
        return lease.error();
    Statement &s = lease->get();
    bind(s, sql);
    auto found = s.step();
    if (!found)
        return found.error();
    return s.int64(0);
}

Result<QList<LedgerRow>> LedgerQuery::window(const LedgerSeek &seek, qint64 skip, int limit) const
{
    // Forward from the anchor's key (>=, or > when exclusive), or backward before it (<), each in
    // the order's direction; the ids come from the order's index and only they are read whole.
    const bool descending = m_order.descending != seek.backward;
    const QString op = seek.backward ? (m_order.descending ? QStringLiteral(">") : QStringLiteral("<"))
                       : m_order.descending ? (seek.inclusive ? QStringLiteral("<=") : QStringLiteral("<"))
                                            : (seek.inclusive ? QStringLiteral(">=") : QStringLiteral(">"));
    Sql sql;
    sql << kColumns << QStringLiteral("WHERE id IN (SELECT id FROM ledger_entry ");
    addWhere(sql, seek.anchor ? &*seek.anchor : nullptr, op);
    sql << QStringLiteral("ORDER BY ");
    addKeyExpressions(sql, descending ? QStringLiteral(" DESC") : QString());
    sql << QStringLiteral(" LIMIT ");
    sql.param(qint64(limit)) << QStringLiteral(" OFFSET ");
    sql.param(skip) << QStringLiteral(")");
    auto found = rows(sql);
    if (found)
        std::sort(found->begin(), found->end(), [this](const LedgerRow &a, const LedgerRow &b) { return before(a, b); });
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
    return counted(QString(), nullptr);
}

Result<qint64> LedgerQuery::countBefore(const LedgerRow &row) const
{
    return counted(m_order.descending ? QStringLiteral(">") : QStringLiteral("<"), &row);
}

bool LedgerQuery::matches(const LedgerRow &r) const
{
    const LedgerFilter &f = m_filter;
    if (f.partnerId && r.fromPartnerId != *f.partnerId && r.toPartnerId != *f.partnerId)
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
    auto lease = workspace.database().cached(kColumns + QStringLiteral("WHERE id = ?"));
    if (!lease)
        return lease.error();
    Statement &s = lease->get();
    s.bind(1, id);
    auto found = s.step();
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QStringLiteral("Ledger entry %1 does not exist").arg(id));
    return readRow(s);
}

Result<QHash<qint64, NarrativeLine>> LedgerQuery::narratives(Workspace &workspace, const QList<qint64> &ids,
                                                             const QString &language)
{
    QHash<qint64, NarrativeLine> lines;
    // One statement per id keeps every value bound; each is a primary-key and unique-index lookup.
    auto lease = workspace.database().cached(QStringLiteral(
        "SELECT v.body, v.lang, v.status, v.lang = :lang FROM ledger_entry e "
        "JOIN bitext_version v ON v.text_id = e.narrative_text_id "
        "WHERE e.id = :id AND (v.lang = :lang OR v.status = 'original') "
        "ORDER BY v.lang = :lang DESC LIMIT 1"));
    if (!lease)
        return lease.error();
    Statement &s = lease->get();
    for (qint64 id : ids) {
        s.reset();
        s.bind(":lang", language).bind(":id", id);
        auto found = s.step();
        if (!found)
            return found.error();
        if (!*found)
            continue;
        NarrativeLine line{s.text(0), s.text(1), domain::TranslationStatus::Missing};
        if (s.int64(3) != 0)
            line.status = domain::statusFromKey(s.text(2)).value_or(domain::TranslationStatus::Human);
        lines.insert(id, line);
    }
    return lines;
}

} // namespace trellis::store
