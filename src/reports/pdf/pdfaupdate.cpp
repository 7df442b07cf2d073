#include "reports/pdf/pdfaupdate.h"

#include "reports/pdf/pdfsyntax.h"
#include "reports/pdf/srgbprofile.h"
#include "util/log.h"

#include <cairo.h>

#include <QCoreApplication>
#include <QMap>

#include <cstring>
#include <optional>

namespace trellis::reports {
namespace {

using namespace pdfsyntax;

constexpr qsizetype kLongestObjectLine = 32;    // "1234567890 0 obj" and then some
constexpr qsizetype kLargestCapture = 64 << 20; // a CJK subset's widths or program fit many times over
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

/// The failure when Cairo's output is not what the update expects: the cause goes to the log (it
/// names PDF structures, never record text), the user reads what happened.
Error notArchival(const char *why)
{
    log::get("reports")->error("pdf/a: {}", why);
    return makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::PdfWriter",
                                                                "Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved. "
                                                                "The log names the cause."));
}

/// Text as XML 1.0 and a PDF text string both hold it: controls become spaces, and a lone
/// surrogate or a noncharacter U+FFFE/U+FFFF becomes U+FFFD.
QString archivalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0)) {
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

PdfAUpdate::PdfAUpdate(QString title, QDateTime created) : m_title(archivalText(title)), m_created(std::move(created))
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
            m_line.clear();
            m_lineStart = m_offset;
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
            m_line.clear();
            m_lineStart = m_offset;
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

std::optional<int> PdfAUpdate::glyphsOf(const QHash<int, QByteArray> &programs, const QByteArray &descriptor,
                                        int widths) const
{
    // A TrueType subset holds more glyphs than the text uses (the parts of composite glyphs, after
    // the used ones); its 'maxp' table counts them all. Cairo's CFF subsets hold exactly the glyphs
    // of their widths.
    const int program = int(numberAfter(descriptor, "/FontFile2").value_or(0));
    if (program == 0)
        return widths;
    const auto glyphs = trueTypeGlyphs(inflated(programs.value(program)));
    if (!glyphs)
        return std::nullopt;
    return std::max(*glyphs, widths);
}

Result<QByteArray> PdfAUpdate::finish() const
{
    // cairo's cross-reference table: which of the captured objects are the file's own.
    if (m_tail.isEmpty())
        return notArchival("no cross-reference table");
    const QList<QByteArray> lines = m_tail.split('\n');
    QHash<int, qint64> offsets;
    qsizetype at = 1;
    while (at < lines.size() && !lines[at].startsWith("trailer")) {
        const QList<QByteArray> header = lines[at].split(' ');
        if (header.size() != 2)
            return notArchival("unreadable cross-reference table");
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
        return notArchival("no trailer");
    const QByteArray trailer = m_tail.mid(trailerStart, startxrefAt - trailerStart);
    const auto size = numberAfter(trailer, "/Size");
    const auto root = numberAfter(trailer, "/Root");
    const auto previous = numberAfter(m_tail.mid(startxrefAt), "startxref");
    if (!size || !root || !previous)
        return notArchival("incomplete trailer");

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
        return notArchival("no document catalog");

    int next = int(*size);
    UpdateWriter update(m_offset);
    // The page tree: nodes of at most kPagesPerNode pages under the root's.
    const int pageTree = int(numberAfter(objects.value(int(*root)), "/Pages").value_or(0));
    const QList<int> pages = referencesIn(objects.value(pageTree), "/Kids");
    if (pages.isEmpty())
        return notArchival("no pages");
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
            return notArchival("a page that is not one");
        QByteArray body = withoutGroup(objects.value(page));
        if (parents.contains(page))
            body = withReference(body, "/Parent", parents.value(page));
        if (body != objects.value(page))
            update.object(page, body);
    }
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (!isCidFont(it.value()))
            continue;
        const auto glyphs = widthCount(it.value());
        const auto descriptor = numberAfter(it.value(), "/FontDescriptor");
        if (!glyphs || !descriptor || !objects.contains(int(*descriptor)))
            return notArchival("a CID font without widths or descriptor");
        if (it.value().contains("/Subtype /CIDFontType2") && !it.value().contains("/CIDToGIDMap"))
            update.object(it.key(), insertIntoDictionary(it.value(), "   /CIDToGIDMap /Identity\n"));
        // Every CID of the subset, 0 to n-1, is in its font program: bit i (first byte's high bit
        // first) says CID i is there.
        const auto present = glyphsOf(programs, objects.value(int(*descriptor)), *glyphs);
        if (!present)
            return notArchival("a TrueType font program that could not be read");
        QByteArray bits((*present + 7) / 8, '\0');
        for (int cid = 0; cid < *present; ++cid)
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
    QByteArray infoBody = "<< /Title " + textString(m_title) + " /Creator (Trellis) /Producer " + textString(producer);
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
