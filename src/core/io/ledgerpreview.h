#pragma once
// A ledger import file before it is imported: its encoding and shape, its first rows as the import
// would take them, and the partner names it uses that no partner has.

#include "io/ledgerimport.h"

#include <optional>

namespace trellis::io {

/// What the first lines of an import file show, and the settings they suggest.
struct LedgerFileFacts {
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = false;
    char delimiter = ',';
    QStringList header;
    bool headerNamesFields = false;  ///< every required field has a column of its own name
    QHash<QString, QString> named;   ///< field -> the header cell that names it (ignoring case)
    bool decimalComma = false;       ///< the quantities read as "1.234,50" rather than "1,234.50"
    QString dateFormat;              ///< the first candidate pattern every date fits; empty for ISO
    qint64 sampledRows = 0;
};

/// Reads the header row and up to sampleRows records. delimiter 0 sniffs it; dateCandidates are
/// patterns parseDate() knows, in order of preference. Fails when the file cannot be read or is empty.
Result<LedgerFileFacts> inspectLedgerFile(QIODevice &device, char delimiter, const QStringList &dateCandidates,
                                          int sampleRows = 200);

/// True when the quantities are written with a decimal comma: a comma followed by one, two or more
/// than three digits at the end, or a comma after the last point. Unclear samples vote for neither.
bool guessDecimalComma(const QStringList &quantities);

/// The first pattern every non-empty date fits; empty when they are ISO dates (or fit no pattern).
QString guessDateFormat(const QStringList &dates, const QStringList &candidates);

/// One row of a preview, decided by the import itself in a dry run.
struct LedgerPreviewRow {
    qint64 line = 0;
    ImportRowOutcome outcome = ImportRowOutcome::Accepted;
    QString reason;
    bool insidePause = false; ///< dated inside an agreed pause between its partners: the import will ask
    std::optional<LedgerRow> values; ///< the fields as read; none when the row cannot be read at all
    QByteArray raw;
};

/// The first rows of a file as an import with these options would take them: a dry run that stops
/// after rows rows and saves nothing. Fails as the import would (unreadable file, unmapped field).
Result<QList<LedgerPreviewRow>> previewLedgerImport(store::Workspace &workspace, QIODevice &device,
                                                    LedgerImportOptions options, qint64 rows = 50);

/// A name in the file that matches no partner, with the rows that use it.
struct UnknownPartnerName {
    QString name;     ///< as first spelled in the file
    QString language; ///< of the first row's narrative (or the default), for a partner created from it
    qint64 firstLine = 0;
    qint64 rows = 0;
};

/// The names an import with these options would reject as unknown partners (cross-script matching as
/// the import does; ambiguous names are not listed: they are rejected either way), and the rows read.
struct PartnerNameScan {
    QList<UnknownPartnerName> unknown;
    qint64 rowsRead = 0;
};
Result<PartnerNameScan> findUnknownPartners(store::Workspace &workspace, QIODevice &device,
                                            const LedgerImportOptions &options);

} // namespace trellis::io
