#include "reports/pdf/pdfsyntax.h"

#include <zlib.h>

namespace trellis::reports::pdfsyntax {

std::optional<qint64> numberAfter(const QByteArray &text, const QByteArray &key)
{
    qsizetype at = text.indexOf(key);
    if (at < 0)
        return std::nullopt;
    at += key.size();
    while (at < text.size() && (text.at(at) == ' ' || text.at(at) == '\n' || text.at(at) == '\r'))
        ++at;
    qsizetype end = at;
    while (end < text.size() && text.at(end) >= '0' && text.at(end) <= '9')
        ++end;
    bool ok = false;
    const qint64 value = text.mid(at, end - at).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<int> widthCount(const QByteArray &font)
{
    const qsizetype start = font.indexOf("/W [0 [");
    if (start < 0)
        return std::nullopt;
    const qsizetype end = font.indexOf("]]", start);
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> widths = font.mid(start + 7, end - start - 7).simplified().split(' ');
    return int(widths.size());
}

QList<int> referencesIn(const QByteArray &body, const QByteArray &key)
{
    const qsizetype open = body.indexOf(QByteArray(key + " ["));
    const qsizetype close = open < 0 ? -1 : body.indexOf(']', open);
    if (close < 0)
        return {};
    QList<int> numbers;
    const QList<QByteArray> tokens = body.mid(open + key.size() + 2, close - open - key.size() - 2).simplified().split(' ');
    for (qsizetype i = 0; i + 2 < tokens.size(); i += 3)
        numbers.append(tokens[i].toInt());
    return numbers;
}

QByteArray withReference(QByteArray body, const QByteArray &key, int number)
{
    const qsizetype at = body.indexOf(QByteArray(key + ' '));
    const qsizetype end = at < 0 ? -1 : body.indexOf(" R", at);
    if (end < 0)
        return body;
    return body.replace(at, end + 2 - at, QByteArray(key + ' ' + QByteArray::number(number) + " 0 R"));
}

QByteArray inflated(const QByteArray &compressed)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return {};
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    char buffer[65536];
    int result = Z_OK;
    while (result == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        result = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return result == Z_STREAM_END ? out : QByteArray();
}

std::optional<int> trueTypeGlyphs(const QByteArray &font)
{
    auto u16 = [&](qsizetype at) { return int(quint8(font[at])) << 8 | int(quint8(font[at + 1])); };
    auto u32 = [&](qsizetype at) { return qint64(u16(at)) << 16 | qint64(u16(at + 2)); };
    if (font.size() < 12)
        return std::nullopt;
    const int tables = u16(4);
    for (int i = 0; i < tables && 12 + 16 * (i + 1) <= font.size(); ++i) {
        const qsizetype record = 12 + 16 * i;
        if (font.mid(record, 4) != "maxp")
            continue;
        const qint64 offset = u32(record + 8);
        if (offset + 6 > font.size())
            return std::nullopt;
        return u16(offset + 4);
    }
    return std::nullopt;
}

QByteArray insertIntoDictionary(QByteArray body, const QByteArray &text)
{
    const qsizetype close = body.lastIndexOf(">>");
    if (close >= 0)
        body.insert(close, text);
    return body;
}

QByteArray withoutGroup(QByteArray body)
{
    // PDF/A-1 allows no transparency group; Cairo's pages draw nothing transparent, so they look the same.
    const qsizetype key = body.indexOf("/Group");
    if (key < 0)
        return body;
    qsizetype at = body.indexOf("<<", key);
    if (at < 0)
        return body;
    int depth = 0;
    for (; at + 1 < body.size(); ++at) {
        if (body.at(at) == '<' && body.at(at + 1) == '<') {
            ++depth;
            ++at;
        } else if (body.at(at) == '>' && body.at(at + 1) == '>') {
            ++at;
            if (--depth == 0)
                break;
        }
    }
    qsizetype end = at + 1;
    while (end < body.size() && (body.at(end) == ' ' || body.at(end) == '\n'))
        ++end;
    body.remove(key, end - key);
    return body;
}

QByteArray textString(const QString &text)
{
    QByteArray hex("<FEFF");
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return hex + '>';
}

QByteArray streamObject(const QByteArray &dictionary, const QByteArray &bytes)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(bytes.size()) + " >>\nstream\n" + bytes
        + "\nendstream\n";
}

void UpdateWriter::object(int number, const QByteArray &body)
{
    m_offsets.insert(number, m_base + m_out.size());
    m_out += QByteArray::number(number) + " 0 obj\n" + body;
    if (!body.endsWith('\n'))
        m_out += '\n';
    m_out += "endobj\n";
}

QByteArray UpdateWriter::finish(const QByteArray &trailer)
{
    const qint64 xref = m_base + m_out.size();
    m_out += "xref\n";
    for (auto it = m_offsets.cbegin(); it != m_offsets.cend();) {
        auto run = it;
        int count = 0;
        while (run != m_offsets.cend() && run.key() == it.key() + count) {
            ++run;
            ++count;
        }
        m_out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != run; ++it)
            m_out += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n"; // 20 bytes each
    }
    m_out += "trailer\n" + trailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return m_out;
}

} // namespace trellis::reports::pdfsyntax
