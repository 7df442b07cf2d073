#include "pdfsamples.h"
#include "pdftools.h"
#include "testsupport.h"

#include "reports/pdf/pdfwriter.h"

#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <atomic>
#include <chrono>
#include <thread>

using namespace trellis;
using namespace trellis::reports;
using namespace trellis::test;

namespace {

DocumentSource pdfSourceOf(const QString &first, const QString &second, qint64 rows = 0,
                        const QString &ui = QStringLiteral("en"))
{
    return [=]() -> Result<Document> { return sampleReport(first, second, rows, ui); };
}

QString written(const ScratchDir &dir, const QString &first, const QString &second, qint64 rows = 0)
{
    const QString path = dir.path(QStringLiteral("%1-%2.pdf").arg(first, second));
    const auto status = writePdf(pdfSourceOf(first, second, rows), path);
    INFO((status ? QString() : status.error().message).toStdString());
    REQUIRE(status.ok());
    return path;
}

} // namespace

TEST_CASE("Every font of a report PDF is embedded and subset, each script in its own Noto family", "[reports][pdf]")
{
    ScratchDir dir;
    const QString pdf = written(dir, QStringLiteral("fa"), QStringLiteral("en"));
    const auto fonts = pdfFonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    QStringList names;
    for (const auto &font : fonts) {
        INFO(font.name.toStdString());
        CHECK(font.embedded);
        CHECK(font.subset);
        CHECK(font.unicode);
        CHECK(font.name.indexOf(QLatin1Char('+')) == 6); // ABCDEF+Family: a subset's tag
        names << font.name.mid(7);
    }
    for (const char *family : {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular",
                               "NotoSansCJKsc-Regular", "NotoSansCJKjp-Regular", "NotoSansDevanagari-Regular",
                               "NotoSansThai-Regular"}) {
        INFO(family);
        CHECK(names.contains(QString::fromLatin1(family)));
    }
}

TEST_CASE("pdftotext finds the texts of all 13 locales in reading order", "[reports][pdf]")
{
    ScratchDir dir;
    const QString pdf = written(dir, QStringLiteral("ar"), QStringLiteral("es"));
    const QString text = searchable(pdfText(pdf));
    qsizetype at = 0;
    for (const auto &sentence : thirteenLocales()) {
        if (sentence.language == QLatin1String("ar"))
            continue; // its lam-alef is poppler's known failure, below
        const QString wanted = searchable(sentence.text);
        const qsizetype found = text.indexOf(wanted, at);
        INFO(sentence.language.toStdString() << ": " << wanted.toStdString() << " in " << text.toStdString());
        CHECK(found >= 0);
        if (found >= 0)
            at = found + wanted.size();
    }
    // Arabic words without a lam-alef ligature come back whole and in order.
    CHECK(text.contains(QStringLiteral("مراجعة")));
}

// Known failure, named: poppler 22.12's pdftotext reverses the characters of a ligature glyph in
// right-to-left text. The PDF maps the lam-alef glyph of "الأرصدة" to U+0644 U+0623 in logical
// order (checked below), and pdftotext prints "األرصدة" instead. When poppler is fixed this test
// starts failing: then drop the [!shouldfail] and the skip above.
TEST_CASE("pdftotext reads Arabic lam-alef ligatures in logical order", "[reports][pdf][!shouldfail]")
{
    ScratchDir dir;
    const QString pdf = written(dir, QStringLiteral("ar"), QStringLiteral("es"));
    CHECK(searchable(pdfText(pdf)).contains(QStringLiteral("مراجعةالأرصدة")));
}

TEST_CASE("Shaped clusters carry their characters in logical order in the PDF itself", "[reports][pdf]")
{
    ScratchDir dir;
    const QString pdf = written(dir, QStringLiteral("ar"), QStringLiteral("hi"));
    const QByteArray streams = pdfStreams(pdf);
    // Lam-alef with hamza (one glyph, two characters) as ActualText in UTF-16BE, lam first.
    CHECK(streams.contains("<feff06440623>"));
    // Devanagari conjunct र्व (ra, virama, va) of "सार्वजनिक": one cluster, three characters.
    CHECK(streams.contains("<feff0930094d0935>"));
}

TEST_CASE("A long table breaks across pages with its header repeated and pages numbered n of m", "[reports][pdf]")
{
    ScratchDir dir;
    const QString pdf = written(dir, QStringLiteral("en"), QStringLiteral("es"), 240);
    const int pages = pdfPageCount(pdf);
    REQUIRE(pages >= 4);
    int pagesWithRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
        CHECK(text.contains(QStringLiteral("Ledger chain head 9f2c4e1a7b3d5f60")));
        if (text.contains(QStringLiteral("row "))) {
            ++pagesWithRows;
            CHECK(text.contains(QStringLiteral("Amount")));
            CHECK(text.contains(QStringLiteral("Narrative")));
        }
    }
    CHECK(pagesWithRows >= 3);
    const QString all = pdfText(pdf);
    for (int row : {1, 2, 120, 239, 240})
        CHECK(all.contains(QRegularExpression(QStringLiteral("row %1(?!\\d)").arg(row))));
    CHECK(all.contains(QStringLiteral("720.00")));
}

TEST_CASE("The page is Letter in the United States and A4 elsewhere", "[reports][pdf]")
{
    ScratchDir dir;
    const QString a4 = written(dir, QStringLiteral("fr"), QStringLiteral("en"));
    CHECK(pdfPageSize(a4).endsWith(QStringLiteral("(A4)")));
    const QString letter = dir.path(QStringLiteral("letter.pdf"));
    REQUIRE(writePdf(pdfSourceOf(QStringLiteral("en-US"), QStringLiteral("es")), letter).ok());
    CHECK(pdfPageSize(letter) == QStringLiteral("612 x 792 pts (letter)"));
}

TEST_CASE("A stopped export leaves nothing at the destination, and what was there untouched", "[reports][pdf]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("stopped.pdf"));
    std::atomic<bool> stop{false};
    qint64 calls = 0;
    ExportControl control;
    control.stop = &stop;
    control.progress = [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(total == 2 * 2000);
        CHECK(done <= total);
        if (done >= 2500)
            stop = true; // in the second pass, with pages already written
    };
    const auto status = writePdf(pdfSourceOf(QStringLiteral("he"), QStringLiteral("ja"), 2000), path, control);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(QStringLiteral("stopped")));
    CHECK(calls >= 2);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // A file already there stays as it was.
    {
        QFile before(path);
        REQUIRE(before.open(QIODevice::WriteOnly));
        before.write("the earlier report");
    }
    stop = false;
    REQUIRE_FALSE(writePdf(pdfSourceOf(QStringLiteral("he"), QStringLiteral("ja"), 2000), path, control).ok());
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == QByteArray("the earlier report"));
}

namespace {

/// A report of rows only (as a partner directory or a handbook is): no table, so no progress
/// calls, and every row two shaped paragraphs side by side.
Document rowsOnlyReport(int rows)
{
    Document doc = sampleReport(QStringLiteral("fa"), QStringLiteral("hi"));
    Section section;
    section.title = QStringLiteral("Partners");
    for (int i = 0; i < rows; ++i)
        section.blocks.append(Row{QStringLiteral("Goals %1").arg(i), Cell::plain(QStringLiteral("بازبینی عمومی ترازها و تقسیم کار")),
                                  Cell::plain(QStringLiteral("संतुलन की सार्वजनिक समीक्षा और काम का बँटवारा")), false});
    doc.sections = {section};
    return doc;
}

} // namespace

TEST_CASE("Stop ends even a report without tables at once, between the passes or in the middle of a section", "[reports][pdf]")
{
    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("directory.pdf"));
    std::atomic<bool> stop{false};
    ExportControl control;
    control.stop = &stop;

    SECTION("pressed during the first pass: the drawing pass draws nothing")
    {
        int builds = 0;
        const auto status = writePdf([&]() -> Result<Document> {
            if (++builds == 2)
                stop = true; // (the writer may also see it before asking for the second build)
            return rowsOnlyReport(50);
        }, path, control);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("stopped")));
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("pressed in the middle of one long section: it ends within a row, not at the section's end")
    {
        // Unstopped, this report takes seconds (4000 rows of shaped Persian and Hindi, twice).
        std::atomic<bool> drawing{false};
        std::atomic<qint64> stoppedAt{0};
        std::thread presser([&] {
            while (!drawing)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            stoppedAt = QDateTime::currentMSecsSinceEpoch();
            stop = true;
        });
        int builds = 0;
        const auto status = writePdf([&]() -> Result<Document> {
            Document doc = rowsOnlyReport(4000);
            if (++builds == 1)
                drawing = true; // the first pass is under way once this returns
            return doc;
        }, path, control);
        const qint64 returnedAt = QDateTime::currentMSecsSinceEpoch();
        presser.join();
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(QStringLiteral("stopped")));
        CHECK(builds == 1); // stopped in the first pass, inside its only section
        // A row takes about a millisecond; the bound leaves room for a loaded machine.
        CHECK(returnedAt - stoppedAt < 1000);
        CHECK_FALSE(QFileInfo::exists(path));
    }
    CHECK(QDir(dir.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("An unwritable destination and a failing document are clear errors", "[reports][pdf]")
{
    ScratchDir dir;
    const auto unwritable = writePdf(pdfSourceOf(QStringLiteral("en"), QStringLiteral("es")),
                                     dir.path(QStringLiteral("no-such-folder/report.pdf")));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().code == ErrorCode::Io);
    CHECK(unwritable.error().message.contains(QStringLiteral("report.pdf")));

    const QString path = dir.path(QStringLiteral("failing.pdf"));
    const auto failing = writePdf([]() -> Result<Document> {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The period holds no entries."));
    }, path);
    REQUIRE_FALSE(failing.ok());
    CHECK(failing.error().message == QStringLiteral("The period holds no entries."));
    CHECK_FALSE(QFileInfo::exists(path));
}

// Not in the suite: writes the three pairs of the screenshots (and fa-en) to $TRELLIS_PDF_SAMPLES
// for a person to look at: `TRELLIS_PDF_SAMPLES=/tmp/x test_reports_pdf "[.samples]"`.
TEST_CASE("Sample report PDFs for looking at", "[.samples]")
{
    const QString dir = qEnvironmentVariable("TRELLIS_PDF_SAMPLES");
    REQUIRE_FALSE(dir.isEmpty());
    for (const auto &[first, second] : {std::pair{"en", "fa"}, std::pair{"zh-Hans", "he"}, std::pair{"ar", "es"},
                                        std::pair{"fa", "en"}}) {
        const QString a = QString::fromLatin1(first);
        const QString b = QString::fromLatin1(second);
        REQUIRE(writePdf(pdfSourceOf(a, b, 60), dir + QStringLiteral("/%1-%2.pdf").arg(a, b)).ok());
    }
}

// The reference is tests/reports/pdf/reference/fa-en-page1.png, 60 dpi. After a deliberate change of
// the layout, look at the new page and refresh it with TRELLIS_UPDATE_REFERENCES=1.
TEST_CASE("A right-to-left-first page looks like its reference: columns mirrored, every script drawn", "[reports][pdf]")
{
    ScratchDir dir;
    const QString pdf = written(dir, QStringLiteral("fa"), QStringLiteral("en"), 12);
    const QImage page = pdfPage(pdf, 1, 60);
    REQUIRE_FALSE(page.isNull());
    const QImage expected = referenceImage(page, QStringLiteral(TRELLIS_PDF_REFERENCE_DIR "/fa-en-page1.png"));
    REQUIRE_FALSE(expected.isNull());
    REQUIRE(expected.size() == page.size());

    const double difference = pageDifference(page, expected);
    INFO("share of differing cells: " << difference);
    CHECK(difference < 0.02);

    // The comparison is sharp enough to see a page laid out the wrong way round, and a page in
    // the other order of the pair (measured: 0.44 and 0.12 of the inked cells; a match is 0).
    const double mirrored = pageDifference(page.mirrored(true, false), expected);
    INFO("mirrored: " << mirrored);
    CHECK(mirrored > 0.2);
    const QString ltr = written(dir, QStringLiteral("en"), QStringLiteral("fa"), 12);
    const double leftToRight = pageDifference(pdfPage(ltr, 1, 60), expected);
    INFO("en-fa instead of fa-en: " << leftToRight);
    CHECK(leftToRight > 0.06);
}

TEST_CASE("A table too wide for the page wraps its long text columns and keeps a short date on one line",
          "[reports][pdf]")
{
    // Built anew for each of the writer's two passes: a table's rows are read once.
    const DocumentSource source = []() -> Result<Document> {
        Document document;
        document.kind = ReportKind::LedgerReview;
        document.title = QStringLiteral("Ledger review");
        document.first = Column::of(QStringLiteral("fa"));
        document.second = Column::of(QStringLiteral("es"));
        document.uiLanguage = QStringLiteral("en");
        document.pageLocale = QStringLiteral("fa");
        const Column fa = document.first;
        const Column es = document.second;
        Section section;
        section.title = QStringLiteral("Narrative-only contributions");
        Table table;
        table.header = {Cell::figure(es, QStringLiteral("español")), Cell::figure(fa, QStringLiteral("فارسی")),
                        Cell::plain(QStringLiteral("Kind")), Cell::plain(QStringLiteral("To")),
                        Cell::plain(QStringLiteral("From")), Cell::plain(QStringLiteral("Date"))};
        table.align = QList<CellAlign>(6, CellAlign::Start);
        QList<TableRow> rows;
        for (int i = 0; i < 12; ++i)
            rows.append({Cell::figure(es, QStringLiteral("Explicación de la nueva ley laboral para las aliadas en el exterior, parte %1").arg(i)),
                         Cell::figure(fa, QStringLiteral("توضیح قانون کار جدید برای هم‌پیمانان خارج از کشور")),
                         Cell::plain(QStringLiteral("Moral leadership")),
                         Cell::plain(QStringLiteral("Colectiva Feminista Tierra y Agua")),
                         Cell::plain(QStringLiteral("Muungano wa Wakulima wa Pwani")),
                         Cell::figure(fa, QStringLiteral("۲۲ خرداد ۱۴۰۳"))});
        table.rows = std::make_shared<RowList>(rows);
        section.blocks.append(table);
        document.sections.append(section);
        return document;
    };

    ScratchDir dir;
    const QString path = dir.path(QStringLiteral("wide.pdf"));
    REQUIRE(writePdf(source, path).ok());
    const QStringList lines = pdfText(path).split(QLatin1Char('\n'));
    int datesWhole = 0, yearsAlone = 0;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("خرداد")) && line.contains(QStringLiteral("۱۴۰۳")))
            ++datesWhole;
        if (line.trimmed() == QStringLiteral("۱۴۰۳"))
            ++yearsAlone;
    }
    CHECK(datesWhole == 12);
    CHECK(yearsAlone == 0);
    // The long Spanish column wraps instead: its rows take more than one line each.
    CHECK(pdfText(path).count(QStringLiteral("parte")) == 12);
    CHECK_FALSE(pdfText(path).contains(QStringLiteral("Explicación de la nueva ley laboral para las aliadas en el exterior, parte")));
}
