#include "pdfobjects.h"
#include "pdfsamples.h"
#include "pdftools.h"
#include "testsupport.h"

#include "reports/pdf/pdfaupdate.h"
#include "reports/pdf/pdfwriter.h"
#include "reports/pdf/srgbprofile.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <lcms2.h>
#include <zlib.h>

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace trellis;
using namespace trellis::reports;
using namespace trellis::test;

namespace {

QByteArray writtenPdf(const ScratchDir &dir, bool dated, const QString &first = QStringLiteral("ar"),
                      const QString &second = QStringLiteral("hi"))
{
    const QString path = dir.path(QStringLiteral("report-%1.pdf").arg(dated ? 1 : 0));
    ExportControl control;
    control.stampCreationDate = dated;
    const auto status = writePdf([=]() -> Result<Document> { return sampleReport(first, second, 30); }, path, control);
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// A PDF text string as text: (literal) or <FEFF…> UTF-16.
QString textString(const QByteArray &dictionary, const QByteArray &key)
{
    const qsizetype at = dictionary.indexOf(QByteArray(key + ' '));
    if (at < 0)
        return {};
    const qsizetype start = at + key.size() + 1;
    if (dictionary.at(start) == '(')
        return QString::fromLatin1(dictionary.mid(start + 1, dictionary.indexOf(')', start) - start - 1));
    const QByteArray hex = QByteArray::fromHex(dictionary.mid(start + 1, dictionary.indexOf('>', start) - start - 1));
    REQUIRE(hex.startsWith("\xFE\xFF"));
    QString out;
    for (qsizetype i = 2; i + 1 < hex.size(); i += 2)
        out.append(QChar(char16_t(quint8(hex[i]) << 8 | quint8(hex[i + 1]))));
    return out;
}

QString xmpValue(const QString &xmp, const QString &element)
{
    const QRegularExpression pattern(QStringLiteral("<%1>(?:<rdf:Alt><rdf:li xml:lang=\"x-default\">)?([^<]*)<").arg(element));
    return pattern.match(xmp).captured(1);
}

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return quint32(quint8(bytes[at])) << 24 | quint32(quint8(bytes[at + 1])) << 16 | quint32(quint8(bytes[at + 2])) << 8
        | quint32(quint8(bytes[at + 3]));
}

/// The glyphs of the TrueType program a CID font's descriptor embeds (its 'maxp' count), or of its
/// widths for a CFF program, whose subsets hold exactly those.
qsizetype glyphsPresent(const PdfObjects &pdf, const QByteArray &font, const QByteArray &descriptor)
{
    const QByteArray widths = font.mid(font.indexOf("/W [0 [") + 7);
    const qsizetype counted = widths.left(widths.indexOf(']')).simplified().split(' ').size();
    const int program = PdfObjects::reference(descriptor, "/FontFile2");
    if (program == 0)
        return counted;
    const QByteArray compressed = pdf.streamBytes(program);
    QByteArray ttf(4 << 20, '\0');
    uLongf size = uLongf(ttf.size());
    REQUIRE(uncompress(reinterpret_cast<Bytef *>(ttf.data()), &size, reinterpret_cast<const Bytef *>(compressed.constData()),
                       uLong(compressed.size())) == Z_OK);
    ttf.truncate(qsizetype(size));
    const int tables = int(quint8(ttf[4])) << 8 | quint8(ttf[5]);
    for (int i = 0; i < tables; ++i) {
        if (ttf.mid(12 + 16 * i, 4) == "maxp") {
            const qsizetype at = bigEndian32(ttf, 12 + 16 * i + 8);
            const qsizetype glyphs = int(quint8(ttf[at + 4])) << 8 | quint8(ttf[at + 5]);
            CHECK(glyphs >= counted);
            return glyphs;
        }
    }
    FAIL("a TrueType program without maxp");
    return 0;
}

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    auto *pair = static_cast<std::pair<QByteArray *, PdfAUpdate *> *>(closure);
    pair->first->append(reinterpret_cast<const char *>(data), length);
    pair->second->feed(reinterpret_cast<const char *>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

TEST_CASE("A report PDF is PDF/A-1b: its metadata, output intent, identifier, fonts and pages as part 1 asks",
          "[reports][pdf][pdfa]")
{
    ScratchDir dir;
    const QByteArray file = writtenPdf(dir, true);
    // "%PDF-1.n" (cairo's 1.5: its ActualText needs it), and a comment of four bytes above 127.
    REQUIRE(file.startsWith("%PDF-1.5\n%"));
    CHECK_FALSE(file.contains("/ObjStm"));
    CHECK_FALSE(file.contains("/Type /XRef"));
    for (int i = 10; i < 14; ++i)
        CHECK(quint8(file.at(i)) > 127);

    const PdfObjects pdf(file);
    const QByteArray trailer = pdf.trailer();
    INFO(trailer.toStdString());
    static const QRegularExpression id(QStringLiteral("/ID \\[\\s*<([0-9a-f]{32})>\\s*<([0-9a-f]{32})>\\s*\\]"));
    const auto idMatch = id.match(QString::fromLatin1(trailer));
    REQUIRE(idMatch.hasMatch());
    CHECK(idMatch.captured(1) == idMatch.captured(2));
    for (const QByteArray &any : pdf.trailers())
        CHECK_FALSE(any.contains("/Encrypt"));

    // The document information and the XMP metadata say the same.
    const QByteArray info = pdf.object(PdfObjects::reference(trailer, "/Info"));
    const QByteArray catalog = pdf.object(PdfObjects::reference(trailer, "/Root"));
    REQUIRE(catalog.contains("/Type /Catalog"));
    const int metadata = PdfObjects::reference(catalog, "/Metadata");
    REQUIRE(metadata > 0);
    CHECK(pdf.object(metadata).contains("/Type /Metadata /Subtype /XML"));
    CHECK_FALSE(pdf.object(metadata).contains("/Filter"));
    const QByteArray packet = pdf.streamBytes(metadata);
    CHECK(packet.startsWith("<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"));
    CHECK(packet.endsWith("<?xpacket end=\"w\"?>"));
    const QString xmp = QString::fromUtf8(packet);
    CHECK(xmpValue(xmp, QStringLiteral("pdfaid:part")) == QLatin1String("1"));
    CHECK(xmpValue(xmp, QStringLiteral("pdfaid:conformance")) == QLatin1String("B"));
    CHECK(textString(info, "/Title") == sampleReport(QStringLiteral("ar"), QStringLiteral("hi"), 0).title);
    CHECK(xmpValue(xmp, QStringLiteral("dc:title")) == textString(info, "/Title"));
    CHECK(xmpValue(xmp, QStringLiteral("pdf:Producer")) == textString(info, "/Producer"));
    CHECK(textString(info, "/Producer").startsWith(QStringLiteral("Trellis with cairo ")));
    CHECK(xmpValue(xmp, QStringLiteral("xmp:CreatorTool")) == textString(info, "/Creator"));
    const QString created = textString(info, "/CreationDate"); // D:YYYYMMDDHHmmSSZ
    REQUIRE(created.size() == 17);
    CHECK(xmpValue(xmp, QStringLiteral("xmp:CreateDate"))
          == QStringLiteral("%1-%2-%3T%4:%5:%6Z").arg(created.mid(2, 4), created.mid(6, 2), created.mid(8, 2),
                                                       created.mid(10, 2), created.mid(12, 2), created.mid(14, 2)));

    // The output intent: sRGB, the profile embedded whole.
    CHECK(catalog.contains("/S /GTS_PDFA1"));
    const int profile = PdfObjects::reference(catalog, "/DestOutputProfile");
    REQUIRE(profile > 0);
    CHECK(pdf.object(profile).contains("/N 3"));
    const QByteArray icc = pdf.streamBytes(profile);
    CHECK(icc == srgbIccProfile());
    REQUIRE(icc.size() > 128);
    CHECK(bigEndian32(icc, 0) == quint32(icc.size()));
    CHECK(icc.mid(36, 4) == "acsp");
    CHECK(bigEndian32(icc, 8) == 0x02100000u);

    // No transparency group anywhere in the file as it now reads, and every CID font complete.
    int pages = 0, cidFonts = 0, moreGlyphsThanWidths = 0;
    for (const int number : pdf.numbers()) {
        const QByteArray object = pdf.object(number);
        INFO("object " << number << ": " << object.left(200).toStdString());
        CHECK_FALSE(object.contains("/S /Transparency"));
        if (object.contains("/Type /Page ") || object.contains("/Type /Page\n"))
            ++pages;
        if (!object.contains("/Type /Font") || !object.contains("/Subtype /CIDFontType"))
            continue; // not a CID font (a CFF font program's stream is "/Subtype /CIDFontType0C")
        ++cidFonts;
        if (object.contains("/CIDFontType2"))
            CHECK(object.contains("/CIDToGIDMap /Identity"));
        const QByteArray descriptor = pdf.object(PdfObjects::reference(object, "/FontDescriptor"));
        const qsizetype glyphs = glyphsPresent(pdf, object, descriptor);
        const QByteArray widths = object.mid(object.indexOf("/W [0 [") + 7);
        if (glyphs > widths.left(widths.indexOf(']')).simplified().split(' ').size())
            ++moreGlyphsThanWidths; // composite glyphs' parts: in the program, not in the text
        const QByteArray cidSet = pdf.streamBytes(PdfObjects::reference(descriptor, "/CIDSet"));
        REQUIRE(cidSet.size() == (glyphs + 7) / 8);
        for (qsizetype cid = 0; cid < cidSet.size() * 8; ++cid)
            CHECK(bool(quint8(cidSet[cid / 8]) & (0x80 >> (cid % 8))) == (cid < glyphs));
    }
    CHECK(pages == pdfPageCount(dir.path(QStringLiteral("report-1.pdf"))));
    CHECK(cidFonts >= 4); // Latin, Arabic, Devanagari, and more for the 13 locales
    CHECK(moreGlyphsThanWidths > 0); // so the CIDSet must come from the programs, not the widths

    // Poppler reads the updated file's text as before.
    const QString text = searchable(pdfText(dir.path(QStringLiteral("report-1.pdf"))));
    for (const auto &sentence : thirteenLocales()) {
        if (sentence.language == QLatin1String("ar"))
            continue; // poppler's lam-alef, as in the writer's tests
        INFO(sentence.language.toStdString());
        CHECK(text.contains(searchable(sentence.text)));
    }
}

TEST_CASE("An undated report PDF names no date in its information or metadata, and is the same bytes each time",
          "[reports][pdf][pdfa]")
{
    ScratchDir dir;
    const QByteArray first = writtenPdf(dir, false);
    const QByteArray second = writtenPdf(dir, false);
    CHECK(first == second);
    const PdfObjects pdf(first);
    const QByteArray info = pdf.object(PdfObjects::reference(pdf.trailer(), "/Info"));
    REQUIRE(info.contains("/Title"));
    CHECK_FALSE(info.contains("Date"));
    const QByteArray catalog = pdf.object(PdfObjects::reference(pdf.trailer(), "/Root"));
    const QByteArray xmp = pdf.streamBytes(PdfObjects::reference(catalog, "/Metadata"));
    REQUIRE(xmp.contains("pdfaid:part"));
    CHECK_FALSE(xmp.contains("Date"));
}

TEST_CASE("The output intent's profile maps colours as lcms2's own sRGB does", "[reports][pdf][pdfa]")
{
    const QByteArray icc = srgbIccProfile();
    cmsHPROFILE ours = cmsOpenProfileFromMem(icc.constData(), cmsUInt32Number(icc.size()));
    REQUIRE(ours != nullptr);
    CHECK(cmsGetEncodedICCversion(ours) == 0x02100000u);
    CHECK(cmsGetColorSpace(ours) == cmsSigRgbData);
    CHECK(cmsGetDeviceClass(ours) == cmsSigDisplayClass);
    cmsHPROFILE reference = cmsCreate_sRGBProfile();
    cmsHPROFILE lab = cmsCreateLab4Profile(nullptr);
    cmsHTRANSFORM fromOurs = cmsCreateTransform(ours, TYPE_RGB_8, lab, TYPE_Lab_DBL, INTENT_RELATIVE_COLORIMETRIC, 0);
    cmsHTRANSFORM fromReference = cmsCreateTransform(reference, TYPE_RGB_8, lab, TYPE_Lab_DBL, INTENT_RELATIVE_COLORIMETRIC, 0);
    REQUIRE(fromOurs != nullptr);
    REQUIRE(fromReference != nullptr);
    double worst = 0;
    for (int r = 0; r < 256; r += 15) {
        for (int g = 0; g < 256; g += 15) {
            for (int b = 0; b < 256; b += 15) {
                const quint8 rgb[3] = {quint8(r), quint8(g), quint8(b)};
                cmsCIELab a{}, e{};
                cmsDoTransform(fromOurs, rgb, &a, 1);
                cmsDoTransform(fromReference, rgb, &e, 1);
                worst = std::max(worst, cmsDeltaE(&a, &e));
            }
        }
    }
    INFO("worst difference " << worst);
    CHECK(worst < 0.5); // far below what an eye tells apart (about 2)
    cmsDeleteTransform(fromOurs);
    cmsDeleteTransform(fromReference);
    cmsCloseProfile(lab);
    cmsCloseProfile(reference);
    cmsCloseProfile(ours);
}

TEST_CASE("A PDF of more than 4096 pages gets a page tree whose arrays PDF/A-1 allows", "[reports][pdf][pdfa]")
{
    QByteArray bytes;
    PdfAUpdate update(QStringLiteral("Many pages"), QDateTime());
    std::pair<QByteArray *, PdfAUpdate *> sink{&bytes, &update};
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, &sink, 200, 200);
    cairo_t *cairo = cairo_create(surface);
    const int pageCount = 9000;
    for (int page = 1; page <= pageCount; ++page) {
        cairo_rectangle(cairo, 10, 10, 20, 20);
        cairo_fill(cairo);
        if (page == 5000 || page == pageCount) {
            cairo_move_to(cairo, 20, 100);
            cairo_show_text(cairo, page == 5000 ? "middle" : "last");
        }
        cairo_show_page(cairo);
    }
    cairo_destroy(cairo);
    cairo_surface_finish(surface);
    REQUIRE(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(surface);
    const auto appended = update.finish();
    REQUIRE(appended.ok());
    bytes += *appended;

    const PdfObjects pdf(bytes);
    const QByteArray catalog = pdf.object(PdfObjects::reference(pdf.trailer(), "/Root"));
    const int root = PdfObjects::reference(catalog, "/Pages");
    const QByteArray tree = pdf.object(root);
    CHECK(tree.contains("/Count 9000"));
    const QList<int> nodes = PdfObjects::references(tree, "/Kids");
    REQUIRE(nodes.size() == 3);
    QList<int> pages;
    for (const int node : nodes) {
        const QByteArray body = pdf.object(node);
        CHECK(PdfObjects::reference(body, "/Parent") == root);
        const QList<int> kids = PdfObjects::references(body, "/Kids");
        CHECK(kids.size() <= 4096);
        CHECK(body.contains(QByteArray("/Count " + QByteArray::number(kids.size()) + ' ')));
        for (const int kid : kids)
            CHECK(PdfObjects::reference(pdf.object(kid), "/Parent") == node);
        pages += kids;
    }
    CHECK(pages.size() == pageCount);

    // Poppler finds every page, in order.
    ScratchDir dir;
    QFile file(dir.path(QStringLiteral("many.pdf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    CHECK(pdfPageCount(file.fileName()) == pageCount);
    CHECK(pdfText(file.fileName(), 5000).contains(QStringLiteral("middle")));
    CHECK(pdfText(file.fileName(), pageCount).contains(QStringLiteral("last")));
}

TEST_CASE("Bytes that are not cairo's PDF are refused with a reason, not given a PDF/A update", "[reports][pdf][pdfa]")
{
    SECTION("not a PDF")
    {
        PdfAUpdate update(QStringLiteral("x"), QDateTime());
        const QByteArray junk("hello\n1 0 obj\n<< /Type /Catalog >>\nendobj\nno table here\n");
        update.feed(junk.constData(), junk.size());
        const auto appended = update.finish();
        REQUIRE_FALSE(appended.ok());
        CHECK(appended.error().message.contains(QStringLiteral("PDF/A-1b")));
    }
    SECTION("a PDF cut before its cross-reference table")
    {
        ScratchDir dir;
        const QByteArray file = writtenPdf(dir, false);
        const QByteArray cut = file.left(file.indexOf("\nxref\n"));
        PdfAUpdate update(QStringLiteral("x"), QDateTime());
        update.feed(cut.constData(), cut.size());
        const auto appended = update.finish();
        REQUIRE_FALSE(appended.ok());
        CHECK(appended.error().message.startsWith(QStringLiteral("Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved.")));
    }
}

TEST_CASE("The PDF/A update is the same however Cairo's bytes are cut into writes", "[reports][pdf][pdfa]")
{
    ScratchDir dir;
    const QByteArray file = writtenPdf(dir, false);
    // Cairo's file ends at its first %%EOF; the update follows.
    const qsizetype cairoEnd = file.indexOf("%%EOF\n") + 6;
    REQUIRE(cairoEnd > 6);
    const QByteArray cairo = file.left(cairoEnd);
    const QByteArray expected = file.mid(cairoEnd);
    REQUIRE(expected.contains("/OutputIntents"));
    const QString title = sampleReport(QStringLiteral("ar"), QStringLiteral("hi"), 0).title;

    auto updateFor = [&](const std::function<qsizetype(qsizetype)> &pieceAt) {
        PdfAUpdate update(title, QDateTime());
        for (qsizetype at = 0; at < cairo.size();) {
            const qsizetype piece = std::min(pieceAt(at), cairo.size() - at);
            update.feed(cairo.constData() + at, piece);
            at += piece;
        }
        auto appended = update.finish();
        REQUIRE(appended.ok());
        return *appended;
    };
    CHECK(updateFor([](qsizetype) { return qsizetype(1); }) == expected);
    CHECK(updateFor([](qsizetype) { return qsizetype(7); }) == expected);
    quint32 seed = 12345;
    CHECK(updateFor([&](qsizetype) {
              seed = seed * 1103515245u + 12345u;
              return qsizetype(1 + (seed >> 16) % 4096);
          })
          == expected);
}

TEST_CASE("A title with markup, controls and a lone surrogate gives well-formed metadata equal to the information",
          "[reports][pdf][pdfa]")
{
    QString title = QStringLiteral("Review <b>&amp;</b> \"quoted\" 'one' ");
    title += QChar(0x0001);
    title += QChar(0xD800); // a high surrogate with no low one
    title += QStringLiteral(" مراجعة 😀");
    QByteArray cairo;
    PdfAUpdate update(title, QDateTime());
    std::pair<QByteArray *, PdfAUpdate *> sink{&cairo, &update};
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, &sink, 200, 200);
    cairo_t *context = cairo_create(surface);
    cairo_rectangle(context, 10, 10, 20, 20);
    cairo_fill(context);
    cairo_show_page(context);
    cairo_destroy(context);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    const auto appended = update.finish();
    REQUIRE(appended.ok());
    const PdfObjects pdf(cairo + *appended);
    const QByteArray info = pdf.object(PdfObjects::reference(pdf.trailer(), "/Info"));
    const QByteArray catalog = pdf.object(PdfObjects::reference(pdf.trailer(), "/Root"));
    const QByteArray packet = pdf.streamBytes(PdfObjects::reference(catalog, "/Metadata"));
    QXmlStreamReader reader(packet);
    while (!reader.atEnd())
        reader.readNext();
    INFO(reader.errorString().toStdString());
    CHECK_FALSE(reader.hasError());
    const QString expected = QStringLiteral("Review <b>&amp;</b> \"quoted\" 'one'  \uFFFD مراجعة 😀");
    CHECK(textString(info, "/Title") == expected);
    // The XMP holds the same text, escaped.
    QXmlStreamReader titles(packet);
    QString xmpTitle;
    while (!titles.atEnd()) {
        if (titles.readNext() == QXmlStreamReader::StartElement && titles.name() == QLatin1String("li"))
            xmpTitle = titles.readElementText();
    }
    CHECK(xmpTitle == expected);
}
