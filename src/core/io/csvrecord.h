#pragma once
// One record read from a CSV file: its cells, where it started, its original bytes, and why it was rejected.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace trellis::io {

/// Why a record was rejected; None for a good record.
enum class CsvProblem {
    None,
    InvalidEncoding,   ///< bytes that are not valid UTF-8 (or UTF-16 for UTF-16 files)
    NulCharacter,      ///< a NUL character, which no text field may hold
    CellTooLarge,      ///< one field is over CsvReadOptions::maxCellBytes
    RecordTooLarge,    ///< the whole record is over CsvReadOptions::maxRecordBytes
    TooManyFields,     ///< more fields than CsvReadOptions::maxFields
    UnterminatedQuote, ///< a quoted field still open at the end of the file
    MisplacedQuote,    ///< text after a closing quote, or a quote inside an unquoted field (strict mode)
    WrongFieldCount,   ///< not as many fields as the header (when fieldCountMustMatch is set)
};

/// A record of a CSV file, good or rejected. Rejected records keep their raw bytes for a rejects file.
struct CsvRecord {
    qint64 line = 0;          ///< physical line (1-based) where the record starts
    QStringList cells;        ///< decoded fields; empty when the record is rejected
    QByteArray raw;           ///< original text without its line end, as UTF-8 bytes (transcoded for UTF-16 files)
    bool rawTruncated = false;///< raw was cut at maxRecordBytes
    CsvProblem problem = CsvProblem::None;
    QString reason;           ///< why it was rejected, e.g. "not valid UTF-8"; never contains cell text
    QStringList warnings;     ///< quoting repaired in lenient mode, e.g. "a quote inside field 2 was kept as text"

    bool ok() const { return problem == CsvProblem::None; }
    /// "Line 7: not valid UTF-8", ready to show a user.
    QString message() const { return QStringLiteral("Line %1: %2").arg(line).arg(reason); }
};

/// Counts kept while reading a file.
struct CsvReadStats {
    qint64 records = 0;           ///< good records returned (the header row not included)
    qint64 rejected = 0;          ///< rejected records returned
    qint64 emptyLinesSkipped = 0; ///< empty lines, not returned as records
};

} // namespace trellis::io
