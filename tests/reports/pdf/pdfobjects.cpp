#include "pdfobjects.h"

#include <QRegularExpression>

namespace trellis::test {

PdfObjects::PdfObjects(QByteArray file) : m_file(std::move(file))
{
    qint64 xref = m_file.mid(m_file.lastIndexOf("startxref") + 9).trimmed().split('\n').value(0).toLongLong();
    QList<qint64> seen;
    while (xref > 0 && xref < m_file.size() && !seen.contains(xref)) {
        seen.append(xref);
        const qsizetype trailerAt = m_file.indexOf("trailer", xref);
        const qsizetype trailerEnd = m_file.indexOf("startxref", trailerAt);
        if (trailerAt < 0 || trailerEnd < 0)
            break;
        const QList<QByteArray> lines = m_file.mid(xref, trailerAt - xref).split('\n');
        for (qsizetype at = 1; at < lines.size();) {
            const QList<QByteArray> header = lines[at].trimmed().split(' ');
            ++at;
            if (header.size() != 2)
                continue;
            const int first = header[0].toInt();
            const int count = header[1].toInt();
            for (int i = 0; i < count && at < lines.size(); ++i, ++at) {
                if (lines[at].trimmed().endsWith(" n") && !m_offsets.contains(first + i))
                    m_offsets.insert(first + i, lines[at].left(10).toLongLong());
            }
        }
        const QByteArray trailer = m_file.mid(trailerAt + 7, trailerEnd - trailerAt - 7).trimmed();
        m_trailers.append(trailer);
        static const QRegularExpression previous(QStringLiteral("/Prev (\\d+)"));
        const auto match = previous.match(QString::fromLatin1(trailer));
        xref = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }
}

QByteArray PdfObjects::object(int number) const
{
    const qint64 at = m_offsets.value(number, -1);
    if (at < 0)
        return {};
    const qsizetype body = m_file.indexOf(" obj", at) + 4;
    const qsizetype stream = m_file.indexOf("stream", body);
    const qsizetype end = m_file.indexOf("endobj", body);
    return m_file.mid(body, (stream >= 0 && stream < end ? stream : end) - body).trimmed();
}

QByteArray PdfObjects::streamBytes(int number) const
{
    const qint64 at = m_offsets.value(number, -1);
    if (at < 0)
        return {};
    const QByteArray head = object(number);
    // "/Length 1234", or "/Length 42 0 R" (Cairo's: the length is an object written after the stream).
    static const QRegularExpression length(QStringLiteral("/Length (\\d+)( 0 R)?"));
    const auto match = length.match(QString::fromLatin1(head));
    if (!match.hasMatch())
        return {};
    const qint64 size = match.captured(2).isEmpty() ? match.captured(1).toLongLong()
                                                    : object(match.captured(1).toInt()).trimmed().toLongLong();
    qsizetype begin = m_file.indexOf("stream", at) + 6;
    if (m_file.at(begin) == '\r')
        ++begin;
    ++begin; // the line feed
    return m_file.mid(begin, size);
}

int PdfObjects::reference(const QByteArray &text, const QByteArray &key)
{
    const QRegularExpression pattern(QRegularExpression::escape(QString::fromLatin1(key)) + QStringLiteral("\\s+(\\d+) 0 R"));
    const auto match = pattern.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QList<int> PdfObjects::references(const QByteArray &text, const QByteArray &key)
{
    const qsizetype open = text.indexOf(key);
    const qsizetype from = open < 0 ? -1 : text.indexOf('[', open);
    const qsizetype close = from < 0 ? -1 : text.indexOf(']', from);
    QList<int> out;
    if (close < 0)
        return out;
    static const QRegularExpression each(QStringLiteral("(\\d+) 0 R"));
    auto it = each.globalMatch(QString::fromLatin1(text.mid(from, close - from)));
    while (it.hasNext())
        out.append(it.next().captured(1).toInt());
    return out;
}

} // namespace trellis::test
