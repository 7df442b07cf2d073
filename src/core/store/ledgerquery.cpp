#include "store/ledgerquery.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace trellis::store {
namespace {

using domain::EntryStatus;

const QString kColumns = QStringLiteral(
    "SELECT id, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, status, reverses_id "
    "FROM ledger_entry ");

/// The leading sort key of each order; quantities sort within their unit, narrative-only last.
QString sortKey(LedgerSort sort)
{
    switch (sort) {
    case LedgerSort::Date: return QString();
    case LedgerSort::Kind: return QStringLiteral("kind, ");
    case LedgerSort::Quantity: return QStringLiteral("unit, ifnull(quantity, -9223372036854775807), ");
    }
    return QString();
}

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

} // namespace

LedgerQuery::LedgerQuery(Workspace &workspace, LedgerFilter filter, LedgerSort sort, bool descending)
    : m_ws(workspace), m_filter(std::move(filter)), m_sort(sort), m_descending(descending)
{
}

QString LedgerQuery::whereClause(bool afterCursor) const
{
    QStringList parts;
    if (m_filter.partnerId)
        parts << QStringLiteral("(from_partner_id = :partner OR to_partner_id = :partner)");
    if (m_filter.kind)
        parts << QStringLiteral("kind = :kind");
    if (m_filter.unit)
        parts << QStringLiteral("unit = :unit");
    if (m_filter.from.isValid())
        parts << QStringLiteral("occurred_on >= :from");
    if (m_filter.to.isValid())
        parts << QStringLiteral("occurred_on <= :to");
    if (m_filter.status)
        parts << QStringLiteral("status = :status");
    if (m_filter.withPartnerId)
        parts << QStringLiteral("(from_partner_id = :with OR to_partner_id = :with)");
    if (afterCursor && m_last) {
        const QString op = m_descending ? QStringLiteral("<") : QStringLiteral(">");
        parts << QStringLiteral("(%1occurred_on, id) %2 (%3:date, :id)")
                     .arg(sortKey(m_sort), op,
                          m_sort == LedgerSort::Date   ? QString()
                          : m_sort == LedgerSort::Kind ? QStringLiteral(":kindKey, ")
                                                       : QStringLiteral(":unitKey, :quantityKey, "));
    }
    return parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")) + u' ';
}

Result<QList<LedgerRow>> LedgerQuery::next(int limit)
{
    QList<LedgerRow> rows;
    if (m_atEnd)
        return rows;
    const QString dir = m_descending ? QStringLiteral(" DESC") : QString();
    QString order = sortKey(m_sort);
    order.replace(QStringLiteral(", "), dir + QStringLiteral(", "));
    const QString sql = kColumns + whereClause(true) + QStringLiteral("ORDER BY ") + order
                        + QStringLiteral("occurred_on") + dir + QStringLiteral(", id") + dir + QStringLiteral(" LIMIT :limit");
    auto lease = m_ws.database().cached(sql);
    if (!lease)
        return lease.error();
    Statement &s = lease->get();
    if (m_filter.partnerId)
        s.bind(":partner", *m_filter.partnerId);
    if (m_filter.kind)
        s.bind(":kind", domain::contributionKindKey(*m_filter.kind));
    if (m_filter.unit)
        s.bind(":unit", *m_filter.unit);
    if (m_filter.from.isValid())
        s.bind(":from", m_filter.from.toString(Qt::ISODate));
    if (m_filter.to.isValid())
        s.bind(":to", m_filter.to.toString(Qt::ISODate));
    if (m_filter.status)
        s.bind(":status", *m_filter.status == EntryStatus::Posted ? QStringLiteral("posted") : QStringLiteral("draft"));
    if (m_filter.withPartnerId)
        s.bind(":with", *m_filter.withPartnerId);
    if (m_last) {
        s.bind(":date", m_last->date.toString(Qt::ISODate)).bind(":id", m_last->id);
        if (m_sort == LedgerSort::Kind)
            s.bind(":kindKey", domain::contributionKindKey(m_last->kind));
        if (m_sort == LedgerSort::Quantity) {
            s.bind(":unitKey", m_last->quantity ? m_last->quantity->unit.key() : QStringLiteral(""));
            s.bind(":quantityKey", m_last->quantity ? m_last->quantity->minorUnits : qint64(-9223372036854775807LL));
        }
    }
    s.bind(":limit", limit);
    for (;;) {
        auto more = s.step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        rows.append(readRow(s));
    }
    if (rows.size() < limit)
        m_atEnd = true;
    if (!rows.isEmpty())
        m_last = rows.last();
    return rows;
}

Result<qint64> LedgerQuery::count() const
{
    LedgerQuery copy(m_ws, m_filter, m_sort, m_descending);
    auto select = m_ws.database().prepare(QStringLiteral("SELECT count(*) FROM ledger_entry ") + copy.whereClause(false));
    if (!select)
        return select.error();
    if (m_filter.partnerId)
        select->bind(":partner", *m_filter.partnerId);
    if (m_filter.kind)
        select->bind(":kind", domain::contributionKindKey(*m_filter.kind));
    if (m_filter.unit)
        select->bind(":unit", *m_filter.unit);
    if (m_filter.from.isValid())
        select->bind(":from", m_filter.from.toString(Qt::ISODate));
    if (m_filter.to.isValid())
        select->bind(":to", m_filter.to.toString(Qt::ISODate));
    if (m_filter.status)
        select->bind(":status", *m_filter.status == EntryStatus::Posted ? QStringLiteral("posted") : QStringLiteral("draft"));
    if (m_filter.withPartnerId)
        select->bind(":with", *m_filter.withPartnerId);
    auto row = select->step();
    if (!row)
        return row.error();
    return select->int64(0);
}

Result<bool> LedgerQuery::matches(qint64 id) const
{
    auto r = row(m_ws, id);
    if (!r)
        return r.error();
    const LedgerFilter &f = m_filter;
    if (f.partnerId && r->fromPartnerId != *f.partnerId && r->toPartnerId != *f.partnerId)
        return false;
    if (f.withPartnerId && r->fromPartnerId != *f.withPartnerId && r->toPartnerId != *f.withPartnerId)
        return false;
    if (f.kind && r->kind != *f.kind)
        return false;
    if (f.unit && (r->quantity ? r->quantity->unit.key() : QString()) != *f.unit)
        return false;
    if ((f.from.isValid() && r->date < f.from) || (f.to.isValid() && r->date > f.to))
        return false;
    return !f.status || r->status == *f.status;
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

bool LedgerQuery::before(const LedgerRow &a, const LedgerRow &b) const
{
    auto key = [this](const LedgerRow &r) {
        const QString unit = r.quantity ? r.quantity->unit.key() : QString();
        const qint64 q = r.quantity ? r.quantity->minorUnits : -9223372036854775807LL;
        const QString kind = m_sort == LedgerSort::Kind ? domain::contributionKindKey(r.kind) : QString();
        return std::make_tuple(kind, m_sort == LedgerSort::Quantity ? unit : QString(),
                               m_sort == LedgerSort::Quantity ? q : 0, r.date, r.id);
    };
    return m_descending ? key(b) < key(a) : key(a) < key(b);
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
