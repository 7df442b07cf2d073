#include "../pdf/pdfsamples.h"
#include "../pdf/pdftools.h"
#include "testsupport.h"

#include "reports/odt/odtwriter.h"

#include <zip.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <atomic>

using namespace trellis;
using namespace trellis::reports;
using namespace trellis::test;

namespace {

DocumentSource odtSourceOf(const QString &first, const QString &second, qint64 rows = 0)
{
    return [=]() -> Result<Document> { return sampleReport(first, second, rows); };
}

/// One part of a zip package, read with libzip.
QByteArray packagePart(const QString &package, const char *name)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(package).constData(), ZIP_RDONLY, &error);
    REQUIRE(zip != nullptr);
    QByteArray out;
    if (zip_file_t *file = zip_fopen(zip, name, 0)) {
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof buffer)) > 0)
            out.append(buffer, qsizetype(n));
        zip_fclose(file);
    }
    zip_close(zip);
    return out;
}

} // namespace

TEST_CASE("The ODT is a valid package: mimetype first and stored, a manifest of its parts", "[reports][odt]")
{
    ScratchDir dir;
    const QString odt = dir.path(QStringLiteral("report.odt"));
    REQUIRE(writeOdt(odtSourceOf(QStringLiteral("fa"), QStringLiteral("en"), 20), odt).ok());

    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(30 + 8 + 39);
    REQUIRE(head.size() == 77);
    CHECK(head.left(4) == QByteArray("PK\x03\x04", 4));
    CHECK(quint8(head.at(8)) == 0); // stored, not deflated
    CHECK(quint8(head.at(9)) == 0);
    CHECK(quint8(head.at(26)) == 8); // name length
    CHECK(quint8(head.at(28)) == 0); // no extra field
    CHECK(quint8(head.at(29)) == 0);
    CHECK(head.mid(30, 8) == QByteArray("mimetype"));
    CHECK(head.mid(38) == QByteArray("application/vnd.oasis.opendocument.text"));

    const QByteArray manifest = packagePart(odt, "META-INF/manifest.xml");
    for (const char *part : {"manifest:full-path=\"/\"", "content.xml", "styles.xml", "meta.xml"})
        CHECK(manifest.contains(part));
    CHECK(manifest.contains("manifest:media-type=\"application/vnd.oasis.opendocument.text\""));
}

TEST_CASE("The ODT draws the flows chart as an SVG picture in the package, its figures in a table after it",
          "[reports][odt]")
{
    ScratchDir dir;
    const QString odt = dir.path(QStringLiteral("report.odt"));
    REQUIRE(writeOdt(odtSourceOf(QStringLiteral("ar"), QStringLiteral("en"), 5), odt).ok());

    const QByteArray manifest = packagePart(odt, "META-INF/manifest.xml");
    CHECK(manifest.contains("manifest:full-path=\"Pictures/chart1.svg\" manifest:media-type=\"image/svg+xml\""));
    CHECK_FALSE(manifest.contains("chart2"));

    const QString content = QString::fromUtf8(packagePart(odt, "content.xml"));
    const qsizetype frame = content.indexOf(QStringLiteral("<draw:frame"));
    REQUIRE(frame > 0);
    // As wide as A4's text (210 mm less two margins of 15 mm), as high as the picture's proportions give.
    CHECK(content.mid(frame, 400).contains(QStringLiteral("svg:width=\"180.00mm\" svg:height=\"75.00mm\"")));
    CHECK(content.contains(QStringLiteral("<draw:image xlink:href=\"Pictures/chart1.svg\"")));
    CHECK(content.contains(QStringLiteral("<svg:title>Flows per month (hours)</svg:title>")));
    // The table of figures follows the picture.
    const qsizetype figures = content.indexOf(QStringLiteral(">Flows per month (hours)</text:p>"), frame);
    CHECK(figures > frame);
    CHECK(content.indexOf(QStringLiteral(">30</text:p>"), figures) > figures);

    const QByteArray svg = packagePart(odt, "Pictures/chart1.svg");
    REQUIRE(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    CHECK(svg.contains("width=\"720pt\" height=\"300pt\""));
    QXmlStreamReader reader(svg);
    QStringList texts;
    int bars = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("rect"))
            ++bars;
        else if (reader.isStartElement() && reader.name() == QLatin1String("text"))
            texts.append(reader.readElementText());
    }
    INFO(reader.errorString().toStdString());
    CHECK_FALSE(reader.hasError());
    CHECK(bars == 3 * 2 + 2); // a bar per month and series, and a key per series
    CHECK(texts.contains(QStringLiteral("given")));
    CHECK(texts.contains(QStringLiteral("received")));
    CHECK(texts.contains(QStringLiteral("2026-08")));
}

TEST_CASE("The ODT's paragraphs carry their direction, language and script fonts, and tables repeat their header",
          "[reports][odt]")
{
    ScratchDir dir;
    const QString odt = dir.path(QStringLiteral("report.odt"));
    REQUIRE(writeOdt(odtSourceOf(QStringLiteral("fa"), QStringLiteral("ja"), 20), odt).ok());
    const QString content = QString::fromUtf8(packagePart(odt, "content.xml"));
    const QString styles = QString::fromUtf8(packagePart(odt, "styles.xml"));

    // Persian: right to left, a complex-script language and font.
    CHECK(content.contains(QStringLiteral("style:writing-mode=\"rl-tb\"")));
    CHECK(content.contains(QStringLiteral("style:language-complex=\"fa\"")));
    CHECK(content.contains(QStringLiteral("style:font-name-complex=\"Noto Sans Arabic\"")));
    // Japanese: an Asian language with the Japanese CJK face, and Chinese with the simplified one.
    CHECK(content.contains(QStringLiteral("style:language-asian=\"ja\"")));
    CHECK(content.contains(QStringLiteral("style:font-name-asian=\"Noto Sans CJK JP\"")));
    CHECK(content.contains(QStringLiteral("style:language-asian=\"zh\" style:country-asian=\"CN\"")));
    CHECK(content.contains(QStringLiteral("style:font-name-asian=\"Noto Sans CJK SC\"")));
    CHECK(content.contains(QStringLiteral("fo:language=\"pt\" fo:country=\"BR\"")));
    // A right-to-left-first pair: its tables run right to left.
    CHECK(content.contains(QStringLiteral("table:style-name=\"ReportTableRtl\"")));
    CHECK(content.contains(QStringLiteral("<table:table-header-rows>")));
    for (const auto &sentence : thirteenLocales())
        CHECK(content.contains(sentence.text.toHtmlEscaped()));
    CHECK(content.contains(QStringLiteral("missing translation")));
    // The page: A4 with 15 mm margins, numbered n of m.
    CHECK(styles.contains(QStringLiteral("fo:page-width=\"210.00mm\"")));
    CHECK(styles.contains(QStringLiteral("fo:margin-left=\"15.00mm\"")));
    CHECK(styles.contains(QStringLiteral("<text:page-count>")));
}

TEST_CASE("LibreOffice opens the ODT: its PDF has the texts of every locale and the header on every page",
          "[reports][odt][soffice]")
{
    ScratchDir dir;
    const QString odt = dir.path(QStringLiteral("report.odt"));
    REQUIRE(writeOdt(odtSourceOf(QStringLiteral("ar"), QStringLiteral("es"), 150), odt).ok());
    const auto run = runProgram(QStringLiteral("soffice"),
                                {QStringLiteral("-env:UserInstallation=file://") + dir.path(QStringLiteral("lo-profile")),
                                 QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                 QStringLiteral("--outdir"), dir.path(QStringLiteral("out")), odt});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString pdf = dir.path(QStringLiteral("out/report.pdf"));
    REQUIRE(QFileInfo::exists(pdf));

    const QString text = searchable(pdfText(pdf));
    for (const auto &sentence : thirteenLocales()) {
        if (sentence.language == QLatin1String("ar"))
            continue; // the lam-alef of poppler, as in the PDF writer's tests
        INFO(sentence.language.toStdString());
        CHECK(text.contains(searchable(sentence.text)));
    }
    CHECK(text.contains(QStringLiteral("مراجعة")));
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 3);
    for (int page = 2; page <= pages; ++page) {
        const QString onPage = pdfText(pdf, page);
        INFO("page " << page);
        if (onPage.contains(QStringLiteral("row ")))
            CHECK(onPage.contains(QStringLiteral("Narrative")));
        CHECK(onPage.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
}

TEST_CASE("A stopped ODT export leaves nothing at the destination, and what was there untouched", "[reports][odt]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("stopped.odt"));
    std::atomic<bool> stop{false};
    ExportControl control;
    control.stop = &stop;
    control.progress = [&](qint64 done, qint64) {
        if (done >= 512)
            stop = true;
    };
    const auto status = writeOdt(odtSourceOf(QStringLiteral("he"), QStringLiteral("en"), 3000), path, control);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("stopped")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());

    {
        QFile before(path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("the earlier report");
    }
    stop = false;
    REQUIRE_FALSE(writeOdt(odtSourceOf(QStringLiteral("he"), QStringLiteral("en"), 3000), path, control).ok());
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == QByteArray("the earlier report"));

    const auto unwritable = writeOdt(odtSourceOf(QStringLiteral("en"), QStringLiteral("es")),
                                     dir.path(QStringLiteral("no-such-folder/report.odt")));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().code == ErrorCode::Io);
    CHECK(unwritable.error().message.contains(QStringLiteral("report.odt")));
}
