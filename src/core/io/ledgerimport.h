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

/// What an import reads and what it may do.
struct LedgerImportOptions {
    QHash<QString, QString> columns; ///< field -> the file's header for it, e.g. "date" -> "Fecha"
    LedgerRowFormat format;          ///< an empty defaultLanguage takes the workspace's first language
    bool createPartners = false;     ///< an unknown partner name creates a partner instead of rejecting the row
    bool drafts = false;             ///< import as drafts instead of posting (posted entries join the chain)
    bool dryRun = false;             ///< check everything, count everything, save nothing
    char delimiter = 0;              ///< 0 sniffs it
    /// Called before each row with the rows read so far; returning false abandons the import,
    /// which then saves nothing (a GUI's cancel button; tests use it to abort half-way).
    std::function<bool(qint64)> keepGoing;
};

/// A row that did not land: where it started, why, and its original text.
struct ImportRejection {
    qint64 line = 0;
    QString reason;
    QByteArray raw; ///< UTF-8, as in CsvRecord::raw
};

/// What an import did. rowsRead == imported + rejected + duplicates, always.
struct LedgerImportReport {
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 partnersCreated = 0;
    bool dryRun = false;
    QList<ImportRejection> rejections;
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

private:
    store::Workspace &m_ws;
    LedgerImportOptions m_options;
};

/// Parses a mapping "date=Fecha,from=De,quantity=Importe" into field -> header; fields are those of
/// ledgerImportFields(), each at most once.
Result<QHash<QString, QString>> parseColumnMapping(const QString &spec);

/// Writes the rejects file: a header "line,reason,raw" then one record per rejected row.
Status writeRejects(QIODevice &device, const QList<ImportRejection> &rejections);

} // namespace trellis::io
