#include "io/csvreader.h"

#include "io/delimitersniffer.h"
#include "util/log.h"

#include <QIODevice>
#include <QStringDecoder>

namespace trellis::io {
namespace {

constexpr qsizetype kSniffBytes = 16 * 1024;

bool usableDelimiter(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (c == '\t')
        return true;
    return u > 0x20 && u < 0x7F && c != '"' && !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, CsvReadOptions options)
    : m_device(device), m_options(options), m_input(device, options.encoding, options.chunkBytes)
{
}

CsvReader::~CsvReader() = default;

Status CsvReader::start()
{
    if (m_started)
        return {};
    m_started = true;
    const CsvLimits &limits = m_options.limits;
    if ((m_options.delimiter != 0 && !usableDelimiter(m_options.delimiter)) || limits.maxCellBytes <= 0
        || limits.maxRecordBytes <= 0 || limits.maxFields <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The CSV options are not usable (delimiter or limits)."));

    if (m_device.isOpen())
        m_device.setTextModeEnabled(false); // CR, LF and CRLF are told apart here, and raw keeps them

    // Read a sample for the delimiter; the parser then starts on the same bytes.
    QByteArray sample;
    bool ended = false;
    while (sample.size() < kSniffBytes) {
        auto piece = m_input.read();
        if (!piece)
            return piece.error();
        if (piece->isEmpty()) {
            ended = true;
            break;
        }
        sample += *piece;
        m_sample.push_back(std::move(*piece)); // the parser gets the same pieces later, one at a time
    }
    m_delimiter = m_options.delimiter ? m_options.delimiter : sniffDelimiter(sample, ended);
    m_parser.emplace(m_delimiter, m_options.quotes, limits);
    m_sampleEnded = ended;

    if (m_options.hasHeader) {
        ParsedRecord parsed;
        auto got = pull(parsed);
        if (!got)
            return got.error();
        if (*got) {
            CsvRecord header = decode(std::move(parsed));
            if (!header.ok())
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("Line %1: the header row cannot be read: %2").arg(header.line).arg(header.reason));
            m_header = header.cells;
            m_headerLine = header.line;
            m_expectedFields = m_header.size();
        }
    }
    log::get("io")->debug("CSV reading started: encoding {}, delimiter 0x{:02x}, header {}",
                          encodingName(encoding()), int(m_delimiter), m_options.hasHeader);
    return {};
}

Result<bool> CsvReader::next(CsvRecord &record)
{
    if (!m_started)
        TRELLIS_TRY(start());
    ParsedRecord parsed;
    auto got = pull(parsed);
    if (!got)
        return got.error();
    if (!*got) {
        logSummary();
        return false;
    }
    record = decode(std::move(parsed));
    rejectIfWrongWidth(record);
    if (record.ok()) {
        ++m_stats.records;
    } else {
        ++m_stats.rejected;
        log::get("io")->debug("CSV line {} rejected: {}", record.line, record.reason.toStdString());
    }
    return true;
}

CsvReadStats CsvReader::stats() const
{
    CsvReadStats stats = m_stats;
    if (m_parser)
        stats.emptyLinesSkipped = m_parser->emptyLines();
    return stats;
}

Result<bool> CsvReader::pull(ParsedRecord &parsed)
{
    while (!m_parser->next(parsed)) {
        if (m_parser->finished())
            return false;
        if (!m_sample.empty()) {
            m_parser->append(m_sample.front());
            m_sample.pop_front();
            continue;
        }
        if (m_sampleEnded) {
            m_parser->finish();
            continue;
        }
        auto piece = m_input.read();
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            m_parser->finish();
        else
            m_parser->append(*piece);
    }
    return true;
}

CsvRecord CsvReader::decode(ParsedRecord &&parsed) const
{
    CsvRecord record;
    record.line = parsed.line;
    record.raw = std::move(parsed.raw);
    record.rawTruncated = parsed.rawTruncated;
    record.problem = parsed.problem;
    record.reason = std::move(parsed.reason);
    record.warnings = std::move(parsed.warnings);
    if (!record.ok())
        return record;
    QStringList cells;
    cells.reserve(parsed.cellCount());
    for (qsizetype i = 0; i < parsed.cellCount(); ++i) {
        const QByteArrayView bytes = parsed.cell(i);
        QString cell;
        if (isAscii(bytes)) {
            cell = QString::fromLatin1(bytes);
        } else {
            // ConvertInitialBom: a cell that begins with U+FEFF keeps it (the file's own BOM was
            // taken off before parsing); without it the decoder drops it from every such cell.
            QStringDecoder decoder(QStringDecoder::Utf8,
                                   QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
            cell = decoder.decode(bytes);
            if (decoder.hasError()) {
                record.problem = CsvProblem::InvalidEncoding;
                record.reason = encoding() == CsvEncoding::Utf8
                    ? QStringLiteral("not valid UTF-8")
                    : QStringLiteral("not valid %1").arg(QLatin1String(encodingName(encoding())));
                return record;
            }
        }
        if (bytes.contains('\0')) {
            record.problem = CsvProblem::NulCharacter;
            record.reason = QStringLiteral("field %1 contains a NUL character").arg(i + 1);
            return record;
        }
        cells.append(std::move(cell));
    }
    record.cells = std::move(cells);
    return record;
}

void CsvReader::rejectIfWrongWidth(CsvRecord &record)
{
    if (!m_options.fieldCountMustMatch || !record.ok())
        return;
    if (m_expectedFields < 0) {
        m_expectedFields = record.cells.size();
        return;
    }
    if (record.cells.size() == m_expectedFields)
        return;
    record.problem = CsvProblem::WrongFieldCount;
    record.reason = QStringLiteral("%1 fields where %2 are expected%3")
                        .arg(record.cells.size())
                        .arg(m_expectedFields)
                        .arg(m_options.hasHeader ? QStringLiteral(" (as in the header row)") : QString());
    record.cells.clear();
}

void CsvReader::logSummary()
{
    if (m_ended)
        return;
    m_ended = true;
    const CsvReadStats s = stats();
    log::get("io")->info("CSV read: {} records, {} rejected, {} empty lines skipped ({})", s.records, s.rejected,
                         s.emptyLinesSkipped, encodingName(encoding()));
}

} // namespace trellis::io
