#pragma once
// Read-side paging of the reciprocity ledger: filtered, sorted, one keyset page at a time, so a
// list stays instant at a million entries and never loads the whole table.

#include "domain/ledgerentry.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace trellis::store {

class Workspace;

/// Which entries a ledger list shows; every unset part lets everything through.
struct LedgerFilter {
    std::optional<qint64> partnerId;             ///< given or received by this partner
    std::optional<domain::ContributionKind> kind;
    std::optional<QString> unit;                 ///< a unit key; "" for narrative-only entries
    QDate from;                                  ///< inclusive; invalid: open
    QDate to;                                    ///< inclusive; invalid: open
    std::optional<domain::EntryStatus> status;
    std::optional<qint64> withPartnerId;         ///< also given or received by this one: with partnerId, a pair
    bool operator==(const LedgerFilter &) const = default;
};

/// The orders a ledger list offers; each ends with (date, id) so that pages never overlap.
enum class LedgerSort { Date, Kind, Quantity };

/// One row of a ledger list: numbers and ids only (texts are fetched for visible rows).
struct LedgerRow {
    qint64 id = 0;
    QDate date;
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    domain::ContributionKind kind = domain::ContributionKind::Other;
    std::optional<domain::Quantity> quantity;
    domain::EntryStatus status = domain::EntryStatus::Draft;
    bool isReversal = false;
};

/// A narrative as a list shows it in one language, or the original, marked, when it is missing there.
struct NarrativeLine {
    QString text;
    QString language; ///< the language text is in
    domain::TranslationStatus status = domain::TranslationStatus::Missing; ///< in the asked language
};

/// Pages through the entries that match a filter in one order (keyset paging: each page starts
/// after the last row of the previous one, so the millionth row costs what the first did).
class LedgerQuery {
public:
    LedgerQuery(Workspace &workspace, LedgerFilter filter, LedgerSort sort = LedgerSort::Date,
                bool descending = true);

    /// The next page of at most limit rows; an empty page at the end.
    Result<QList<LedgerRow>> next(int limit);
    bool atEnd() const { return m_atEnd; }
    /// How many entries match the filter.
    Result<qint64> count() const;
    /// Whether one entry matches the filter (for a record saved while the list is open).
    Result<bool> matches(qint64 id) const;
    /// One row, or NotFound.
    static Result<LedgerRow> row(Workspace &workspace, qint64 id);
    /// True when a sorts before b in this query's order.
    bool before(const LedgerRow &a, const LedgerRow &b) const;

    /// The narratives of entries in language (originals where a translation is missing).
    static Result<QHash<qint64, NarrativeLine>> narratives(Workspace &workspace, const QList<qint64> &ids,
                                                           const QString &language);

private:
    QString whereClause(bool afterCursor) const;
    Workspace &m_ws;
    LedgerFilter m_filter;
    LedgerSort m_sort;
    bool m_descending;
    bool m_atEnd = false;
    std::optional<LedgerRow> m_last;
};

} // namespace trellis::store
