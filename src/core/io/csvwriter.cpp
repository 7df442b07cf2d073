#include "io/csvwriter.h"

#include <QIODevice>

namespace trellis::io {

QString neutraliseFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

bool isPlainNumber(const QString &text)
{
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (i >= text.size() || !(text[i] >= QLatin1Char('0') && text[i] <= QLatin1Char('9')) || !text.back().isDigit())
        return false;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!(c >= u'0' && c <= u'9') && c != u'.' && c != u',' && c != u' ')
            return false;
    }
    return true;
}

CsvWriter::CsvWriter(QIODevice &device, CsvWriteOptions options) : m_device(device), m_options(options) {}

Status CsvWriter::writeRecord(const QStringList &textCells)
{
    QList<CsvCell> cells;
    cells.reserve(textCells.size());
    for (const QString &text : textCells)
        cells.append(CsvCell::text(text));
    return writeRecord(cells);
}

Status CsvWriter::writeRecord(const QList<CsvCell> &cells)
{
    const char d = m_options.delimiter;
    if (d == '"' || d == '\r' || d == '\n' || d == '\0')
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A CSV delimiter cannot be a quote or a line end."));
    if (cells.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A CSV record needs at least one cell."));
    QByteArray line;
    if (!m_started && m_options.byteOrderMark)
        line = QByteArray("\xEF\xBB\xBF");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(d);
        const CsvCell &cell = cells[i];
        const QString text = cell.isNumber && isPlainNumber(cell.value) ? cell.value : neutraliseFormula(cell.value);
        const QByteArray bytes = text.toUtf8();
        // A lone empty cell is quoted, or the line would be read back as an empty line and skipped;
        // so is a cell starting with U+FEFF, which at the start of the file would be taken for a BOM.
        const bool quote = bytes.contains(d) || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n')
                           || (cells.size() == 1 && bytes.isEmpty()) || bytes.startsWith("\xEF\xBB\xBF");
        if (!quote) {
            line.append(bytes);
            continue;
        }
        line.append('"');
        for (const char c : bytes) {
            if (c == '"')
                line.append('"');
            line.append(c);
        }
        line.append('"');
    }
    line.append("\r\n");
    TRELLIS_TRY(write(line));
    m_started = true;
    return {};
}

Status CsvWriter::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, QStringLiteral("Could not write the CSV file: %1").arg(m_device.errorString()));
    return {};
}

} // namespace trellis::io
