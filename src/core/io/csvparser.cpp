#include "io/csvparser.h"

namespace trellis::io {
namespace {

constexpr int kMaxWarnings = 10;

} // namespace

QString describeSize(qint64 bytes)
{
    constexpr qint64 kib = 1024, mib = 1024 * 1024;
    if (bytes >= mib && bytes % mib == 0)
        return QStringLiteral("%1 MiB").arg(bytes / mib);
    if (bytes >= kib && bytes % kib == 0)
        return QStringLiteral("%1 KiB").arg(bytes / kib);
    return bytes == 1 ? QStringLiteral("1 byte") : QStringLiteral("%1 bytes").arg(bytes);
}

CsvParser::CsvParser(char delimiter, QuoteHandling quotes, CsvLimits limits)
    : m_delimiter(delimiter), m_quotes(quotes), m_limits(limits)
{
}

void CsvParser::append(const QByteArray &bytes)
{
    if (m_inRecord)
        flushRaw(m_pos);
    if (m_pos >= m_buf.size())
        m_buf = bytes;
    else
        m_buf = m_buf.mid(m_pos) + bytes;
    m_pos = 0;
    m_rawStart = 0;
}

bool CsvParser::next(ParsedRecord &record)
{
    const char *data = m_buf.constData();
    const qsizetype size = m_buf.size();
    const auto isLineEnd = [](char c) { return c == '\r' || c == '\n'; };
    while (m_pos < size) {
        const char c = data[m_pos];
        if (!m_inRecord) {
            if (m_swallowLf) {
                m_swallowLf = false;
                if (c == '\n') {
                    ++m_pos;
                    continue;
                }
            }
            if (isLineEnd(c)) { // an empty line
                ++m_emptyLines;
                ++m_line;
                m_swallowLf = c == '\r';
                ++m_pos;
                continue;
            }
            startRecord();
        }
        switch (m_state) {
        case State::Quoted: {
            if (c == '"') {
                m_state = State::QuoteInQuoted;
                m_quotedCr = false;
                ++m_pos;
                break;
            }
            if (isLineEnd(c)) { // a quoted line end is data, but still a new physical line
                if (c == '\r' || !m_quotedCr)
                    ++m_line;
                m_quotedCr = c == '\r';
                appendCell(data + m_pos, 1);
                ++m_pos;
                break;
            }
            m_quotedCr = false;
            qsizetype end = m_pos + 1;
            while (end < size && data[end] != '"' && !isLineEnd(data[end]))
                ++end;
            appendCell(data + m_pos, end - m_pos);
            m_pos = end;
            break;
        }
        case State::QuoteInQuoted:
            if (c == '"') { // a doubled quote stands for one quote
                appendCell(data + m_pos, 1);
                m_state = State::Quoted;
                ++m_pos;
                break;
            }
            if (c != m_delimiter && !isLineEnd(c)) {
                misplacedQuote(QStringLiteral("text after the closing quote of field %1").arg(m_record.cellCount() + 1));
                appendCell("\"", 1);
            }
            m_state = State::Unquoted; // the byte is handled again as in an unquoted field
            break;
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                m_quoteLine = m_line;
                m_quotedCr = false;
                ++m_pos;
                break;
            }
            [[fallthrough]];
        case State::Unquoted: {
            if (c == m_delimiter) {
                endCell();
                m_state = State::FieldStart;
                ++m_pos;
                break;
            }
            if (isLineEnd(c)) {
                endCell();
                flushRaw(m_pos);
                ++m_line;
                m_swallowLf = c == '\r';
                ++m_pos;
                takeRecord(record);
                return true;
            }
            if (c == '"')
                misplacedQuote(QStringLiteral("a stray quote in field %1").arg(m_record.cellCount() + 1));
            qsizetype end = m_pos + 1;
            while (end < size && data[end] != m_delimiter && data[end] != '"' && !isLineEnd(data[end]))
                ++end;
            appendCell(data + m_pos, end - m_pos);
            m_state = State::Unquoted;
            m_pos = end;
            break;
        }
        }
    }
    if (m_inRecord)
        flushRaw(size);
    if (!m_finished || !m_inRecord)
        return false;
    if (m_state == State::Quoted) { // this reason wins: it explains any size problem too
        m_record.problem = CsvProblem::UnterminatedQuote;
        m_record.reason = QStringLiteral("the quote opened on line %1 is never closed").arg(m_quoteLine);
    }
    endCell();
    takeRecord(record);
    return true;
}

void CsvParser::startRecord()
{
    m_inRecord = true;
    m_record = ParsedRecord{};
    m_record.line = m_line;
    m_state = State::FieldStart;
    m_rawStart = m_pos;
    m_recordBytes = 0;
    m_discarding = false;
    m_quotedCr = false;
    m_cellStart = 0;
}

void CsvParser::appendCell(const char *bytes, qsizetype count)
{
    if (m_discarding)
        return;
    if (m_record.cellBytes.size() - m_cellStart + count > m_limits.maxCellBytes) {
        reject(CsvProblem::CellTooLarge, QStringLiteral("field %1 is larger than %2")
                                             .arg(m_record.cellCount() + 1)
                                             .arg(describeSize(m_limits.maxCellBytes)));
        return;
    }
    m_record.cellBytes.append(bytes, count);
}

void CsvParser::endCell()
{
    if (m_discarding)
        return;
    if (m_record.cellCount() >= m_limits.maxFields) {
        reject(CsvProblem::TooManyFields, QStringLiteral("the record has more than %1 fields").arg(m_limits.maxFields));
        return;
    }
    m_record.cellEnds.push_back(m_record.cellBytes.size());
    m_cellStart = m_record.cellBytes.size();
}

void CsvParser::flushRaw(qsizetype end)
{
    const qsizetype count = end - m_rawStart;
    if (count > 0) {
        m_recordBytes += count;
        const qsizetype room = m_limits.maxRecordBytes - m_record.raw.size();
        if (count <= room) {
            m_record.raw.append(m_buf.constData() + m_rawStart, count);
        } else {
            if (room > 0)
                m_record.raw.append(m_buf.constData() + m_rawStart, room);
            m_record.rawTruncated = true;
            reject(CsvProblem::RecordTooLarge,
                   QStringLiteral("the record is larger than %1").arg(describeSize(m_limits.maxRecordBytes)));
        }
    }
    m_rawStart = end;
}

void CsvParser::reject(CsvProblem problem, const QString &reason)
{
    if (m_record.problem == CsvProblem::None) {
        m_record.problem = problem;
        m_record.reason = reason;
    }
    if (problem == CsvProblem::CellTooLarge || problem == CsvProblem::RecordTooLarge
        || problem == CsvProblem::TooManyFields) {
        // Keep parsing to find where the record ends, but stop keeping its contents.
        m_discarding = true;
        m_record.cellBytes = QByteArray();
        m_record.cellEnds = {};
        m_cellStart = 0;
    }
}

void CsvParser::misplacedQuote(const QString &what)
{
    if (m_quotes == QuoteHandling::Strict) {
        reject(CsvProblem::MisplacedQuote, what);
    } else if (m_record.warnings.size() < kMaxWarnings) {
        m_record.warnings << what + QStringLiteral(": the quote was kept as text");
    }
}

void CsvParser::takeRecord(ParsedRecord &record)
{
    if (m_discarding) {
        m_record.cellBytes = QByteArray();
        m_record.cellEnds = {};
    }
    record = std::move(m_record);
    m_record = ParsedRecord{};
    m_inRecord = false;
    m_discarding = false;
    m_state = State::FieldStart;
    m_cellStart = 0;
}

} // namespace trellis::io
