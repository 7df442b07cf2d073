#pragma once
// Imports ledger entries from a CSV file in one transaction: every row lands, is rejected with its
// reason, or is skipped as already imported.

#include "io/csvreader.h"
#include "io/ledgerrow.h"
#include "util/result.h"

#include <QHash>

#include <functional>

class QIODevice;

namespace trellis::store {
class Workspace;
}

namespace trellis::io {

/// What became of one row: it lands (or would, in a dry run), is rejected, or was imported before.
enum class ImportRowOutcome { Accepted, Rejected, Duplicate };

/// One row as the import decided it, for previews (LedgerImportOptions::rowDone).
struct ImportRowResult {
    const CsvRecord &record;
    const ColumnMap &columns;
    const LedgerRowFormat &format; ///< with the default language filled in
    ImportRowOutcome outcome;
    QString reason; ///< why it was rejected; empty otherwise
    bool insidePause = false; ///< a good, new row dated inside an agreed pause (LedgerImportReport::insidePauses)
};

/// How an import writes: row by row (each batch's texts go through the search triggers), or as a
/// bulk load (store::BulkLoad: the search indexes, and for a big file the list indexes, filled once
/// at the end). Both give the same workspace; Automatic loads in bulk from kBulkImportRows on, and
/// rebuilds the list indexes when the file foretells at least as many entries as the ledger holds;
/// Bulk loads in bulk from the first row and always rebuilds them.
enum class ImportPath { Automatic, RowByRow, Bulk };

/// What becomes of a row dated inside a pause its two partners agreed ("rest, not abandonment"):
/// Ask saves nothing when there is any and fails with the rows' lines, so that the user says which
/// of the other two they meant; a dry run only counts them.
enum class InsidePauses { Ask, Import, LeaveOut };

/// From this many rows on, an Automatic import continues as a bulk load (below it, the row-by-row
/// path is as fast: see docs/performance.md).
inline constexpr qint64 kBulkImportRows = 4096;

/// What an import reads and what it may do.
struct LedgerImportOptions {
    QHash<QString, QString> columns; ///< field -> the file's header for it, e.g. "date" -> "Fecha"; "" for none, even
                                     ///< where a column bears the field's name
    LedgerRowFormat format;          ///< an empty defaultLanguage takes the workspace's first language
    bool createPartners = false;     ///< an unknown partner name creates a partner instead of rejecting the row
    bool drafts = false;             ///< import as drafts instead of posting (posted entries join the chain)
    bool dryRun = false;             ///< check everything, count everything, save nothing
    char delimiter = 0;              ///< 0 sniffs it
    ImportPath path = ImportPath::Automatic;
    /// Called before each row with the rows read so far; returning false abandons the import,
    /// which then saves nothing (a GUI's cancel button; tests use it to abort half-way).
    std::function<bool(qint64)> keepGoing;
    /// Stops after this many rows as if the file ended there (0: read it all); a preview's first rows.
    qint64 rowLimit = 0;
    /// Called after each row with what became of it (a preview shows it row by row).
    std::function<void(const ImportRowResult &)> rowDone;
    /// More names for existing partners, matched like their own (a name in the file -> partner id),
    /// e.g. the partner a user picked in the import wizard for a name the file spells its own way.
    QHash<QString, qint64> partnerNames;
    /// Appended to the reason of a row naming an unknown partner, saying what to do about it.
    QString unknownPartnerAdvice = QStringLiteral(" (add the partner first, or import with --create-partners)");
    InsidePauses insidePauses = InsidePauses::Ask;
    /// Ends the message of an import that Ask stopped, saying how to answer.
    QString insidePausesAdvice = QStringLiteral(" Import again with --inside-pauses import to record them anyway, "
                                                "or with --inside-pauses leave-out to leave them out.");
};

/// A row that did not land: where it started, why, and its original text.
struct ImportRejection {
    qint64 line = 0;
    QString reason;
    QByteArray raw; ///< UTF-8, as in CsvRecord::raw
};

/// A good row dated inside an agreed pause between its two partners.
struct PausedRow {
    qint64 line = 0;
    qint64 pauseId = 0;
    bool operator==(const PausedRow &) const = default;
};

/// What an import did. rowsRead == imported + rejected + duplicates + leftOut, always.
struct LedgerImportReport {
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 leftOut = 0; ///< inside an agreed pause, left out as InsidePauses::LeaveOut asked
    qint64 partnersCreated = 0;
    bool dryRun = false;
    QList<ImportRejection> rejections;
    QList<PausedRow> insidePauses; ///< every good, new row inside an agreed pause, imported or left out
};

/// Reads a ledger CSV file into a workspace. The header row names the fields (any order, any case);
/// options.columns maps other headers onto them.
class LedgerImport {
public:
    LedgerImport(store::Workspace &workspace, LedgerImportOptions options);

    /// Fails, saving nothing, when the file cannot be read, its header lacks a required field, the
    /// import is abandoned, or storage fails. Rejected rows do not make it fail.
    Result<LedgerImportReport> run(QIODevice &device);
    Result<LedgerImportReport> run(const QString &path);

    /// What the last run read, even when it failed: the rows an InsidePauses::Ask run found inside
    /// pauses, for the question it leaves to its caller.
    const LedgerImportReport &lastReport() const { return m_last; }

private:
    Result<LedgerImportReport> runInto(QIODevice &device, LedgerImportReport &report);

    store::Workspace &m_ws;
    LedgerImportOptions m_options;
    LedgerImportReport m_last;
};

/// Parses a mapping "date=Fecha,from=De,quantity=Importe" into field -> header; fields are those of
/// ledgerImportFields(), each at most once.
Result<QHash<QString, QString>> parseColumnMapping(const QString &spec);

/// The columns of a file's header row once options.columns has renamed them, as an import finds them.
Result<ColumnMap> ledgerColumnMap(const QStringList &header, const QHash<QString, QString> &columns);

/// Writes the rejects file: a header "line,reason,raw" then one record per rejected row.
Status writeRejects(QIODevice &device, const QList<ImportRejection> &rejections);

} // namespace trellis::io
