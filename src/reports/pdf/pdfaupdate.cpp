#include "reports/pdf/pdfaupdate.h"

#include "reports/pdf/srgbprofile.h"

#include <cairo.h>
#include <zlib.h>

#include <QCoreApplication>
#include <QMap>

#include <cstring>
#include <optional>

namespace trellis::reports {
namespace {

constexpr qsizetype kLongestObjectLine = 32;    // "1234567890 0 obj" and then some
constexpr qsizetype kLargestCapture = 16 << 20; // a CJK font's widths fit many times over
// PDF/A-1 keeps arrays within 8191 elements, and cairo puts every page in one /Kids array: longer
// reports get a level of page-tree nodes of this many pages each.
constexpr qsizetype kPagesPerNode = 4096;

bool isObjectOfInterest(const QByteArray &body)
{
    return body.contains("/Type /Page") || body.contains("/Type /Catalog") || body.contains("/Type /FontDescriptor")
        || body.contains("/Subtype /CIDFontType2")
        || body.contains("/Subtype /CIDFontType0\n");
}

bool isPage(const QByteArray &body)
{
    return (body.contains("/Type /Page ") || body.contains("/Type /Page\n")) && !body.contains("/Kids");
}

bool isCidFont(const QByteArray &body)
{
    return body.contains("/Subtype /CIDFontType2") || body.contains("/Subtype /CIDFontType0\n");
}

/// The number after key in a dictionary ("/Size 171", "/Root 170 0 R").
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

/// The glyphs of a cairo CID font subset: its widths, one per CID from 0 ("/W [0 [ w0 w1 … ]]").
std::optional<int> glyphCount(const QByteArray &font)
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

/// The objects an array of references names ("/Kids [ 2 0 R 18 0 R ]"), in order.
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

/// body with the reference after key pointing at another object ("/Parent 1 0 R").
QByteArray withReference(QByteArray body, const QByteArray &key, int number)
{
    const qsizetype at = body.indexOf(QByteArray(key + ' '));
    const qsizetype end = at < 0 ? -1 : body.indexOf(" R", at);
    if (end < 0)
        return body;
    return body.replace(at, end + 2 - at, QByteArray(key + ' ' + QByteArray::number(number) + " 0 R"));
}

/// A FlateDecode stream's bytes decoded (empty when they are not zlib data).
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

/// The glyph count of a TrueType font program, from its 'maxp' table.
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

/// body with text inserted before its dictionary's closing ">>".
QByteArray insertIntoDictionary(QByteArray body, const QByteArray &text)
{
    const qsizetype close = body.lastIndexOf(">>");
    if (close >= 0)
        body.insert(close, text);
    return body;
}

/// A page's dictionary without its transparency group (PDF/A-1 allows none; the page draws
/// nothing transparent, so it looks the same).
QByteArray withoutGroup(QByteArray body)
{
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

QByteArray pdfTextString(const QString &text)
{
    QByteArray hex("<FEFF");
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode() | 0x10000, 16).mid(1).toUpper();
    return hex + '>';
}

QString escapeXml(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray xmpPacket(const QString &title, const QString &producer, const QDateTime &created)
{
    QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "   <pdfaid:part>1</pdfaid:part>\n"
        "   <pdfaid:conformance>B</pdfaid:conformance>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        "   <xmp:CreatorTool>Trellis</xmp:CreatorTool>\n"
        "%2"
        "  </rdf:Description>\n"
        "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <pdf:Producer>%3</pdf:Producer>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    const QString date = created.isValid()
        ? QStringLiteral("   <xmp:CreateDate>%1</xmp:CreateDate>\n").arg(created.toUTC().toString(Qt::ISODate))
        : QString();
    return xmp.arg(escapeXml(title), date, escapeXml(producer)).toUtf8();
}

QByteArray streamObject(const QByteArray &dictionary, const QByteArray &bytes)
{
    return "<< " + dictionary + " /Length " + QByteArray::number(bytes.size()) + " >>\nstream\n" + bytes
        + "\nendstream\n";
}

/// The objects of the update, numbered, and the cross-reference section and trailer that name them.
class UpdateWriter {
public:
    explicit UpdateWriter(qint64 base) : m_base(base) {}

    void object(int number, const QByteArray &body)
    {
        m_offsets.insert(number, m_base + m_out.size());
        m_out += QByteArray::number(number) + " 0 obj\n" + body;
        if (!body.endsWith('\n'))
            m_out += '\n';
        m_out += "endobj\n";
    }

    QByteArray finish(const QByteArray &trailer)
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
                m_out += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
        }
        m_out += "trailer\n" + trailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return m_out;
    }

private:
    qint64 m_base;
    QByteArray m_out;
    QMap<int, qint64> m_offsets;
};

Error notArchival(const QString &why)
{
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("trellis::reports::PdfWriter", "Cannot make the PDF an archival PDF (PDF/A-1b): %1").arg(why));
}

} // namespace

PdfAUpdate::PdfAUpdate(QString title, QDateTime created) : m_title(std::move(title)), m_created(std::move(created))
{
}

void PdfAUpdate::feed(const char *data, qint64 length)
{
    m_digest.addData(QByteArrayView(data, length));
    const char *p = data;
    const char *const end = data + length;
    while (p < end) {
        if (m_capturing || m_inStream) {
            const qint64 before = m_offset;
            if (m_capturing)
                capture(p, end - p);
            else
                captureStream(p, end - p);
            p += m_offset - before;
            continue;
        }
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *stop = newline ? newline + 1 : end;
        if (m_line.size() <= kLongestObjectLine)
            m_line.append(p, std::min<qsizetype>(qsizetype((newline ? newline : end) - p), kLongestObjectLine + 1 - m_line.size()));
        if (m_inTail)
            m_tail.append(p, stop - p);
        m_offset += stop - p;
        p = stop;
        if (newline) {
            onLine(m_line, m_lineStart);
            m_line.clear();
            m_lineStart = m_offset;
        }
    }
    // A tail far longer than a cross-reference table for the objects seen began in a stream.
    if (m_inTail && m_tail.size() > 4096 + 20 * qsizetype(m_maxObject + 64)) {
        m_inTail = false;
        m_tail.clear();
    }
}

void PdfAUpdate::onLine(const QByteArray &line, qint64 lineStart)
{
    if (line.size() > kLongestObjectLine)
        return;
    if (line == "xref") {
        m_inTail = true;
        m_tail = "xref\n";
        return;
    }
    if (!line.endsWith(" 0 obj"))
        return;
    bool ok = false;
    const int number = line.chopped(6).toInt(&ok);
    if (!ok || number <= 0)
        return;
    m_maxObject = std::max(m_maxObject, number);
    m_capturing = true;
    m_captureObject = number;
    m_capture = Captured{lineStart, {}};
}

void PdfAUpdate::capture(const char *data, qint64 length)
{
    const qsizetype searchFrom = std::max<qsizetype>(0, m_capture.body.size() - 7);
    m_capture.body.append(data, length);
    const qsizetype endObject = m_capture.body.indexOf("endobj", searchFrom);
    const qsizetype stream = m_capture.body.indexOf("stream\n", searchFrom);
    qsizetype end = -1;
    if (endObject >= 0 && (stream < 0 || endObject < stream))
        end = endObject + 6;
    else if (stream >= 0)
        end = stream + 7;
    if (end < 0) {
        keep(data, length);
        if (m_capture.body.size() > kLargestCapture) {
            m_capturing = false;
            m_capture = {};
        }
        return;
    }
    const qsizetype used = length - (m_capture.body.size() - end);
    m_capture.body.truncate(end);
    keep(data, used);
    m_capturing = false;
    m_line.clear();
    m_lineStart = m_offset;
    if (m_capture.body.endsWith("endobj") && isObjectOfInterest(m_capture.body)) {
        m_capture.body.chop(6);
        m_objects[m_captureObject].append(std::move(m_capture));
    } else if (m_capture.body.endsWith("stream\n") && m_capture.body.contains("/Length1")
               && m_capture.body.contains("/FlateDecode")) {
        // A TrueType font program: its glyph count is what a CIDSet must cover.
        m_inStream = true;
        m_program = Captured{m_capture.offset, {}};
    }
    m_capture = {};
}

void PdfAUpdate::captureStream(const char *data, qint64 length)
{
    const qsizetype searchFrom = std::max<qsizetype>(0, m_program.body.size() - 10);
    m_program.body.append(data, length);
    const qsizetype end = m_program.body.indexOf("\nendstream", searchFrom);
    if (end < 0) {
        keep(data, length);
        if (m_program.body.size() > kLargestCapture) {
            m_inStream = false;
            m_program = {};
        }
        return;
    }
    const qint64 used = length - (m_program.body.size() - end);
    m_program.body.truncate(end);
    keep(data, used);
    m_inStream = false;
    m_line.clear();
    m_lineStart = m_offset;
    m_programs[m_captureObject].append(std::move(m_program));
    m_program = {};
}

void PdfAUpdate::keep(const char *data, qint64 length)
{
    m_offset += length;
    if (m_inTail)
        m_tail.append(data, length);
}

int PdfAUpdate::glyphsOf(const QHash<int, QByteArray> &programs, const QByteArray &descriptor, int widths) const
{
    // A TrueType subset holds more glyphs than the text uses (the parts of composite glyphs, after
    // the used ones); its 'maxp' table counts them all. Cairo's CFF subsets hold exactly the glyphs
    // of their widths.
    const int program = int(numberAfter(descriptor, "/FontFile2").value_or(0));
    if (program == 0)
        return widths;
    const auto glyphs = trueTypeGlyphs(inflated(programs.value(program)));
    return glyphs ? std::max(*glyphs, widths) : widths;
}

Result<QByteArray> PdfAUpdate::finish() const
{
    // cairo's cross-reference table: which of the captured objects are the file's own.
    if (m_tail.isEmpty())
        return notArchival(QStringLiteral("no cross-reference table"));
    const QList<QByteArray> lines = m_tail.split('\n');
    QHash<int, qint64> offsets;
    qsizetype at = 1;
    while (at < lines.size() && !lines[at].startsWith("trailer")) {
        const QList<QByteArray> header = lines[at].split(' ');
        if (header.size() != 2)
            return notArchival(QStringLiteral("unreadable cross-reference table"));
        const int first = header[0].toInt();
        const int count = header[1].toInt();
        for (int i = 0; i < count && ++at < lines.size(); ++i) {
            if (lines[at].trimmed().endsWith(" n"))
                offsets.insert(first + i, lines[at].left(10).toLongLong());
        }
        ++at;
    }
    const qsizetype trailerStart = m_tail.indexOf("trailer");
    const qsizetype startxrefAt = m_tail.lastIndexOf("startxref");
    if (trailerStart < 0 || startxrefAt < trailerStart)
        return notArchival(QStringLiteral("no trailer"));
    const QByteArray trailer = m_tail.mid(trailerStart, startxrefAt - trailerStart);
    const auto size = numberAfter(trailer, "/Size");
    const auto root = numberAfter(trailer, "/Root");
    const auto previous = numberAfter(m_tail.mid(startxrefAt), "startxref");
    if (!size || !root || !previous)
        return notArchival(QStringLiteral("incomplete trailer"));

    QMap<int, QByteArray> objects; // the genuine ones, by number
    for (auto it = m_objects.cbegin(); it != m_objects.cend(); ++it) {
        for (const Captured &candidate : it.value()) {
            if (offsets.value(it.key(), -1) == candidate.offset)
                objects.insert(it.key(), candidate.body);
        }
    }
    QHash<int, QByteArray> programs; // the genuine TrueType font programs, compressed
    for (auto it = m_programs.cbegin(); it != m_programs.cend(); ++it) {
        for (const Captured &candidate : it.value()) {
            if (offsets.value(it.key(), -1) == candidate.offset)
                programs.insert(it.key(), candidate.body);
        }
    }
    if (!objects.contains(int(*root)) || !objects.value(int(*root)).contains("/Type /Catalog"))
        return notArchival(QStringLiteral("no document catalog"));

    int next = int(*size);
    UpdateWriter update(m_offset);
    // The page tree: nodes of at most kPagesPerNode pages under the root's.
    const int pageTree = int(numberAfter(objects.value(int(*root)), "/Pages").value_or(0));
    const QList<int> pages = referencesIn(objects.value(pageTree), "/Kids");
    if (pages.isEmpty())
        return notArchival(QStringLiteral("no pages"));
    QHash<int, int> parents;
    if (pages.size() > kPagesPerNode) {
        QByteArray nodes;
        for (qsizetype first = 0; first < pages.size(); first += kPagesPerNode) {
            const int node = next++;
            const QList<int> kids = pages.mid(first, kPagesPerNode);
            QByteArray body = "<< /Type /Pages /Parent " + QByteArray::number(pageTree) + " 0 R /Count "
                + QByteArray::number(kids.size()) + " /Kids [";
            for (const int kid : kids) {
                body += ' ' + QByteArray::number(kid) + " 0 R";
                parents.insert(kid, node);
            }
            update.object(node, body + " ] >>\n");
            nodes += ' ' + QByteArray::number(node) + " 0 R";
        }
        update.object(pageTree, "<< /Type /Pages /Count " + QByteArray::number(pages.size()) + " /Kids [" + nodes + " ] >>\n");
    }
    for (const int page : pages) {
        if (!objects.contains(page) || !isPage(objects.value(page)))
            return notArchival(QStringLiteral("a page that is not one"));
        QByteArray body = withoutGroup(objects.value(page));
        if (parents.contains(page))
            body = withReference(body, "/Parent", parents.value(page));
        if (body != objects.value(page))
            update.object(page, body);
    }
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (!isCidFont(it.value()))
            continue;
        const auto glyphs = glyphCount(it.value());
        const auto descriptor = numberAfter(it.value(), "/FontDescriptor");
        if (!glyphs || !descriptor || !objects.contains(int(*descriptor)))
            return notArchival(QStringLiteral("a CID font without widths or descriptor"));
        if (it.value().contains("/Subtype /CIDFontType2") && !it.value().contains("/CIDToGIDMap"))
            update.object(it.key(), insertIntoDictionary(it.value(), "   /CIDToGIDMap /Identity\n"));
        // Every CID of the subset, 0 to n-1, is in its font program: bit i (first byte's high bit
        // first) says CID i is there.
        const int present = glyphsOf(programs, objects.value(int(*descriptor)), *glyphs);
        QByteArray bits((present + 7) / 8, '\0');
        for (int cid = 0; cid < present; ++cid)
            bits[cid / 8] = char(quint8(bits[cid / 8]) | quint8(0x80 >> (cid % 8)));
        const int cidSet = next++;
        update.object(cidSet, streamObject(QByteArray(), bits));
        update.object(int(*descriptor), insertIntoDictionary(objects.value(int(*descriptor)),
                                                             "   /CIDSet " + QByteArray::number(cidSet) + " 0 R\n"));
    }

    const QString producer = QStringLiteral("Trellis with cairo ") + QString::fromLatin1(cairo_version_string());
    const int profile = next++;
    update.object(profile, streamObject("/N 3", srgbIccProfile()));
    const int metadata = next++;
    update.object(metadata, streamObject("/Type /Metadata /Subtype /XML", xmpPacket(m_title, producer, m_created)));
    const int info = next++;
    QByteArray infoBody = "<< /Title " + pdfTextString(m_title) + " /Creator (Trellis) /Producer " + pdfTextString(producer);
    if (m_created.isValid())
        infoBody += " /CreationDate (D:" + m_created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    update.object(info, infoBody + " >>\n");
    update.object(int(*root), insertIntoDictionary(objects.value(int(*root)),
                                                   "   /Metadata " + QByteArray::number(metadata) + " 0 R\n"
                                                   "   /OutputIntents [ << /Type /OutputIntent /S /GTS_PDFA1"
                                                   " /OutputConditionIdentifier (sRGB IEC61966-2.1)"
                                                   " /RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1)"
                                                   " /DestOutputProfile " + QByteArray::number(profile) + " 0 R >> ]\n"));

    const QByteArray id = '<' + m_digest.result().toHex() + '>';
    return update.finish("<< /Size " + QByteArray::number(next) + " /Root " + QByteArray::number(*root) + " 0 R /Info "
                         + QByteArray::number(info) + " 0 R /Prev " + QByteArray::number(*previous) + " /ID [" + id
                         + ' ' + id + "] >>");
}

} // namespace trellis::reports
