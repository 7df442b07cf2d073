#include "rhythm/icalendartext.h"

namespace trellis::rhythm {
namespace {

constexpr int kMaxLineOctets = 75;

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

QString escapeIcsText(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u';': out += QStringLiteral("\\;"); break;
        case u',': out += QStringLiteral("\\,"); break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
            break;
        case u'\n':
        case 0x2028: // LINE SEPARATOR
        case 0x2029: // PARAGRAPH SEPARATOR
            out += QStringLiteral("\\n");
            break;
        case u'\t': out += c; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                break; // CONTROL: not allowed in TEXT
            out += c;
        }
    }
    return out;
}

QString icsParameterValue(const QString &value)
{
    QString clean;
    for (const QChar c : value)
        if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            clean += c == u'"' ? QChar(u'\'') : c;
    if (clean.contains(u':') || clean.contains(u';') || clean.contains(u','))
        return u'"' + clean + u'"';
    return clean;
}

QByteArray foldIcsLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 36 + 2);
    qsizetype pos = 0;
    int room = kMaxLineOctets;
    while (utf8.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && isContinuationByte(utf8[cut]))
            --cut;
        out += utf8.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        room = kMaxLineOctets - 1; // the leading space counts
    }
    out += utf8.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray unfoldIcs(const QByteArray &text)
{
    QByteArray out = text;
    out.replace("\r\n ", "");
    out.replace("\r\n\t", "");
    return out;
}

} // namespace trellis::rhythm
