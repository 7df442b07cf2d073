#pragma once
// The RFC 4180 state machine: turns UTF-8 bytes into records, counting physical lines and keeping raw text.

#include "io/csvrecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace trellis::io {

/// How a quote in the wrong place is treated. Either way the record ends where RFC 4180 says it does.
enum class QuoteHandling {
    Strict,  ///< the record is rejected (CsvProblem::MisplacedQuote); the default, since a guess can move money
    Lenient, ///< the quote is kept as a literal character and the record gets a warning
};

/// Size limits that keep one bad record from exhausting memory.
struct CsvLimits {
    qsizetype maxCellBytes = 1024 * 1024;
    qsizetype maxRecordBytes = 4 * 1024 * 1024;
    qsizetype maxFields = 4096;
};

/// A record as bytes, before its cells are decoded. All cells share one buffer, to spare allocations.
struct ParsedRecord {
    qint64 line = 0;
    QByteArray cellBytes;              ///< the cells' contents one after the other
    std::vector<qsizetype> cellEnds;   ///< where each cell ends in cellBytes
    QByteArray raw;
    bool rawTruncated = false;
    CsvProblem problem = CsvProblem::None;
    QString reason;
    QStringList warnings;

    qsizetype cellCount() const { return qsizetype(cellEnds.size()); }
    QByteArrayView cell(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : cellEnds[std::size_t(i - 1)];
        return QByteArrayView(cellBytes).sliced(begin, cellEnds[std::size_t(i)] - begin);
    }
};

/// Splits a byte stream into records. Feed it with append(), call finish() at the end of input,
/// and take records with next(). Memory stays within the limits whatever the input.
class CsvParser {
public:
    CsvParser(char delimiter, QuoteHandling quotes, CsvLimits limits);

    void append(const QByteArray &bytes);
    void finish() { m_finished = true; }
    /// True with a complete record; false when more input is needed or, after finish(), at the end.
    bool next(ParsedRecord &record);
    bool finished() const { return m_finished && m_pos >= m_buf.size() && !m_inRecord; }
    qint64 emptyLines() const { return m_emptyLines; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void startRecord();
    void appendCell(const char *bytes, qsizetype count);
    void endCell();
    void flushRaw(qsizetype end);
    void takeRecord(ParsedRecord &record);
    void misplacedQuote(const QString &what);
    void reject(CsvProblem problem, const QString &reason);

    const char m_delimiter;
    const QuoteHandling m_quotes;
    const CsvLimits m_limits;

    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_rawStart = 0; // where the current record's unflushed raw bytes start in m_buf
    bool m_finished = false;

    State m_state = State::FieldStart;
    bool m_inRecord = false;
    bool m_swallowLf = false;  // a CR just ended a line outside quotes: a following LF belongs to it
    bool m_quotedCr = false;   // the previous byte inside quotes was a CR
    bool m_discarding = false; // a size limit was hit: find the end of the record, keep nothing more
    qint64 m_line = 1;
    qint64 m_quoteLine = 0;
    qint64 m_recordBytes = 0;
    qint64 m_emptyLines = 0;
    qsizetype m_cellStart = 0; // where the current cell starts in m_record.cellBytes
    ParsedRecord m_record;
};

/// "1 MiB", "64 KiB", "300 bytes": a size for a message.
QString describeSize(qint64 bytes);

} // namespace trellis::io
