#pragma once
// Read-side access to the reciprocity ledger: filtered, sorted, counted and read a window at a
// time at any position, so a list stays instant at a million entries and never loads the whole table.

#include "domain/ledgerentry.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <tuple>

namespace trellis::store {

class Statement;
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

/// The leading key of a ledger list's order; every order ends with (date, id), so rows never tie.
enum class LedgerSort { Date, From, To, Kind, Quantity, Status };

/// A ledger list's order. Partners and kinds sort by rank in the given lists (made with the
/// collation of the list's language); ids and keys missing from them sort after, by id / key.
struct LedgerOrder {
    LedgerSort by = LedgerSort::Date;
    bool descending = true;
    QList<qint64> partnerRanks; ///< From/To: partner ids in display order
    QStringList kindRanks;      ///< Kind: contribution kind keys in display order
    bool operator==(const LedgerOrder &) const = default;
};

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

/// Where a window of rows is read from: the start or end of the order, or a row's sort key.
struct LedgerSeek {
    std::optional<LedgerRow> anchor; ///< none: the start (forward) or the end (backward)
    bool backward = false;           ///< read towards the start: rows before the anchor
    bool inclusive = true;           ///< forward from the anchor's key itself (backward: always exclusive)
};

/// The entries that match a filter in one order: counted, positioned and read a window at a time.
/// An order is a run of buckets, one value of its leading column each (a kind, a status, a
/// partner, a unit), in the order's rank; within a bucket entries follow an index on (value,
/// [quantity,] date, id). Reading at a position counts whole buckets to find the one that holds
/// it, then seeks from a sort key (keyset) and skips the rest (OFFSET over that index), so a
/// window costs what the rows before it in the nearest known point's direction do to count.
class LedgerQuery {
public:
    LedgerQuery(Workspace &workspace, LedgerFilter filter, LedgerOrder order = {});

    /// The next page of at most limit rows after the previous one; an empty page at the end.
    Result<QList<LedgerRow>> next(int limit);
    bool atEnd() const { return m_atEnd; }
    /// At most limit rows after skipping skip rows from seek, in list order (also when backward).
    Result<QList<LedgerRow>> window(const LedgerSeek &seek, qint64 skip, int limit) const;
    /// How many entries match the filter.
    Result<qint64> count() const;
    /// How many matching entries sort before row (its position, when it matches).
    Result<qint64> countBefore(const LedgerRow &row) const;
    /// Whether one entry matches the filter (for a record saved while the list is open).
    Result<bool> matches(qint64 id) const;
    /// Whether a row matches the filter.
    bool matches(const LedgerRow &row) const;
    /// One row, or NotFound.
    static Result<LedgerRow> row(Workspace &workspace, qint64 id);
    /// True when a sorts before b in this query's order.
    bool before(const LedgerRow &a, const LedgerRow &b) const;

    /// The narratives of entries in language (originals where a translation is missing).
    static Result<QHash<qint64, NarrativeLine>> narratives(Workspace &workspace, const QList<qint64> &ids,
                                                           const QString &language);

private:
    struct Sql;
    struct Bucket;
    using Key = std::tuple<qint64, QString, qint64, QDate, qint64>;
    Key key(const LedgerRow &r) const;
    Result<QList<Bucket>> buckets(const LedgerRow *anchor) const;
    qsizetype bucketOf(const QList<Bucket> &all, const LedgerRow &r) const;
    Result<QVariantList> distinctValues(const QString &column) const;
    void addWhere(Sql &sql, const Bucket &bucket, const LedgerRow *cursor, const QString &op) const;
    Result<QList<LedgerRow>> rows(const Sql &sql) const;
    Result<qint64> counted(const Bucket &bucket, const QString &op, const LedgerRow *cursor, qint64 atMost = -1) const;
    Result<qint64> bucketCount(const Bucket &bucket, qint64 atMost) const;
    static Result<qint64> single(Workspace &workspace, const Sql &sql);
    static void bind(Statement &s, const Sql &sql);

    Workspace &m_ws;
    LedgerFilter m_filter;
    LedgerOrder m_order;
    bool m_atEnd = false;
    std::optional<LedgerRow> m_last;
    /// Whole buckets counted so far, valid while the file is unchanged (changes on this
    /// connection, commits by others).
    mutable QHash<QString, qint64> m_bucketCounts;
    mutable std::pair<qint64, qint64> m_countedAt{-1, -1};
};

} // namespace trellis::store
