#pragma once
// Streaming RFC 4180 reader for imports: any delimiter, UTF-8 or UTF-16, bad rows rejected one by one.

#include "io/csvparser.h"
#include "io/csvrecord.h"
#include "io/textencoding.h"
#include "io/utf8stream.h"
#include "util/result.h"

#include <QStringList>

#include <deque>
#include <optional>

class QIODevice;

namespace trellis::io {

/// How to read a CSV file. The defaults suit a spreadsheet export of unknown origin.
struct CsvReadOptions {
    char delimiter = 0;          ///< ',', ';', '\t', '|' (or other ASCII punctuation); 0 sniffs it from the first lines
    CsvEncoding encoding = CsvEncoding::Auto;
    bool hasHeader = false;      ///< the first non-empty record is the header row, see CsvReader::header()
    QuoteHandling quotes = QuoteHandling::Strict;
    bool fieldCountMustMatch = false; ///< reject records whose field count differs from the header (or first record)
    CsvLimits limits;
    qsizetype chunkBytes = 64 * 1024; ///< how much is read from the device at a time
};

/// Reads records one at a time from a device, in chunks, so a file of any size needs little memory.
/// A bad record (invalid text, broken quoting, over a limit) comes back rejected with its reason and raw
/// bytes, and reading goes on with the next one. Empty lines are skipped and counted.
/// The reader turns the device's text mode off: line ends must reach it untranslated.
class CsvReader {
public:
    explicit CsvReader(QIODevice &device, CsvReadOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Detects the encoding and delimiter and reads the header row; next() calls it when needed.
    /// Fails when the device cannot be read, the options are unusable, or the header row is rejected.
    Status start();
    /// Reads the next record, good or rejected: true with a record, false at the end of the file.
    /// An Error only when the device fails (or start() fails).
    Result<bool> next(CsvRecord &record);

    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    CsvEncoding encoding() const { return m_input.encoding(); }
    bool hadByteOrderMark() const { return m_input.hadByteOrderMark(); }
    char delimiter() const { return m_delimiter; }
    /// Counts so far; emptyLinesSkipped is complete once next() has returned false.
    CsvReadStats stats() const;

private:
    Result<bool> pull(ParsedRecord &parsed);
    CsvRecord decode(ParsedRecord &&parsed) const;
    void rejectIfWrongWidth(CsvRecord &record);
    void logSummary();

    QIODevice &m_device;
    CsvReadOptions m_options;
    Utf8Stream m_input;
    std::optional<CsvParser> m_parser;
    std::deque<QByteArray> m_sample; // read for sniffing, not yet parsed
    bool m_sampleEnded = false;      // the sample is the whole file
    char m_delimiter = 0;
    bool m_started = false;
    bool m_ended = false;
    QStringList m_header;
    qint64 m_headerLine = 0;
    qsizetype m_expectedFields = -1;
    CsvReadStats m_stats;
};

} // namespace trellis::io
