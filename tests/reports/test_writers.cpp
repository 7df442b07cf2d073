// The HTML and CSV writers on the hand-built workspace: markup, escaping, lang/dir, formula safety,
// streaming progress, and saving that leaves nothing behind when it fails or is stopped.
#include "reportfixture.h"

#include "reports/csv/csvreport.h"
#include "reports/html/htmlreport.h"
#include "reports/reportwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

using namespace trellis;
using namespace trellis::reports;
using test::ReportFixture;

namespace {

QString html(const Document &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeHtml(doc, buffer).ok());
    return QString::fromUtf8(buffer.data());
}

QString csv(const Document &doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeCsv(doc, buffer).ok());
    return QString::fromUtf8(buffer.data());
}

} // namespace

TEST_CASE("HTML report: every cell carries lang and dir, text is escaped, missing shown as missing", "[reports][html]")
{
    ReportFixture f;
    const QString page = html(f.build(ReportKind::LedgerReview, QStringLiteral("fa"), QStringLiteral("es"), QStringLiteral("2026-Q3")));
    CHECK(page.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">")));
    CHECK(page.contains(QStringLiteral("<td lang=\"fa\" dir=\"rtl\">میزبانی از هیئت <span class=\"status\"")));
    CHECK(page.contains(QStringLiteral("<td lang=\"es\" dir=\"ltr\">=Alojamos a la delegación</td>")));
    CHECK(page.contains(QStringLiteral("<td lang=\"es\" dir=\"ltr\" class=\"missing-cell\"><span class=\"missing\" lang=\"en\">translation missing</span></td>")));
    // The alliance's name is text, never markup.
    CHECK(page.contains(QStringLiteral("Alianza &lt;Lenta&gt;")));
    CHECK_FALSE(page.contains(QStringLiteral("<Lenta>")));
    CHECK_FALSE(page.contains(QStringLiteral("<script")));
    CHECK(page.contains(QStringLiteral("@page { size: A4;")));
    CHECK(page.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
    CHECK(page.contains(QStringLiteral("thead { display: table-header-group; }")));
    CHECK(page.endsWith(QStringLiteral("</body>\n</html>\n")));
    // Section titles run in the interface's direction, whatever script a name in them is in.
    CHECK(page.contains(QStringLiteral("<h2 dir=\"ltr\">Balances by pair</h2>")));
    // Every td and th has a lang and a dir.
    qsizetype cells = 0;
    for (qsizetype at = page.indexOf(QStringLiteral("<td")); at >= 0; at = page.indexOf(QStringLiteral("<td"), at + 1)) {
        const QString tag = page.mid(at, page.indexOf(u'>', at) - at);
        INFO(tag.toStdString());
        CHECK(tag.contains(QStringLiteral(" lang=\"")));
        CHECK(tag.contains(QStringLiteral(" dir=\"")));
        ++cells;
    }
    CHECK(cells > 20);
}

TEST_CASE("HTML escapes record text that looks like markup", "[reports][html]")
{
    CHECK(escapeHtml(QStringLiteral("<img src=x onerror=\"a('b')\"> & co"))
          == QStringLiteral("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co"));
    Document doc;
    doc.title = QStringLiteral("</title><script>alert(1)</script>");
    doc.first = Column::of(QStringLiteral("en"));
    doc.second = Column::of(QStringLiteral("he"));
    doc.uiLanguage = QStringLiteral("en");
    doc.pageLocale = QStringLiteral("en-US");
    doc.sections.append(Section{QStringLiteral("<b>x</b>"), {Row{QStringLiteral("a\"b"), Cell::plain(QStringLiteral("<i>")),
                                                              Cell::plain(QStringLiteral("&")), false}}});
    const QString page = html(doc);
    CHECK_FALSE(page.contains(QStringLiteral("<script>")));
    CHECK_FALSE(page.contains(QStringLiteral("<b>x</b>")));
    CHECK_FALSE(page.contains(QStringLiteral("<i>")));
    // Letter for a US page, and the title in the print margin cannot leave its CSS string.
    CHECK(page.contains(QStringLiteral("@page { size: letter;")));
    CHECK(page.contains(QStringLiteral("content: \"\\3c /title\\3e \\3c script\\3e alert(1)\\3c /script\\3e  — English · עברית\"")));
}

TEST_CASE("CSV of records: one row per record, a column per field and language, formulas neutralised", "[reports][csv]")
{
    ReportFixture f;
    const QString text = csv(f.build(ReportKind::ProtocolHandbook, QStringLiteral("es"), QStringLiteral("fa")));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].startsWith(QStringLiteral("record,Title [es],Title [fa],Triggers [es],Triggers [fa],Roles [es],Roles [fa],Step 1 [es],Step 1 [fa]")));
    CHECK(lines[1].startsWith(QStringLiteral("\u2068Pausa de cuidado\u2069 (version 1),Pausa de cuidado,مکث مراقبت,Una parte se siente usada,,Dos mediadoras,,Parar,,")));
}

TEST_CASE("CSV of the ledger review: the balances with plain figures, narratives formula-safe", "[reports][csv]")
{
    ReportFixture f;
    const auto doc = f.build(ReportKind::LedgerReview, QStringLiteral("es"), QStringLiteral("fa"), QStringLiteral("2026-Q3"));
    const QString text = csv(doc);
    CHECK(text == QStringLiteral("Partner,With,Unit,Given,Received,Net,Asymmetry,Entries\r\n"
                                 "انجمن کارگران تهران,Red de Traductoras,EUR,300.00,0.00,300.00,1.0000,1\r\n"
                                 "انجمن کارگران تهران,Red de Traductoras,hours,10.50,2.00,8.50,0.6800,2\r\n"));
    const auto again = f.build(ReportKind::LedgerReview, QStringLiteral("es"), QStringLiteral("fa"), QStringLiteral("2026-Q3"));
    const auto tables = csvTables(again);
    const auto narratives = std::find_if(tables.cbegin(), tables.cend(),
                                         [](const Table *t) { return t->csvName == QStringLiteral("narrative-contributions"); });
    REQUIRE(narratives != tables.cend());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeTableCsv(**narratives, buffer).ok());
    const QString rows = QString::fromUtf8(buffer.data());
    CHECK(rows.startsWith(QStringLiteral("Date,From,To,Kind,español [es],فارسی [fa]\r\n2026-09-01,Red de Traductoras,")));
    CHECK(rows.contains(QStringLiteral(",Hosting,'=Alojamos a la delegación,میزبانی از هیئت\r\n")));
    CHECK(rows.endsWith(QStringLiteral(",Emotional labour,,همراهی در سوگ\r\n")));
}

TEST_CASE("Saving a report writes the whole file, and a stop or a failure leaves nothing", "[reports][save]")
{
    ReportFixture f;
    test::ScratchDir out;
    const QString path = out.path(QStringLiteral("review.html"));
    const auto doc = f.build(ReportKind::LedgerReview, QStringLiteral("fa"), QStringLiteral("es"));
    qint64 calls = 0;
    WriteOptions stop;
    stop.keepGoing = [&](qint64, qint64) { return ++calls < 1; };
    const Status stopped = saveReport(doc, ReportFormat::Html, path, stop);
    REQUIRE_FALSE(stopped.ok());
    CHECK(isStopped(stopped.error()));
    CHECK(calls == 1);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(QFileInfo(path).path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // An older file survives a failed write.
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const auto again = f.build(ReportKind::LedgerReview, QStringLiteral("fa"), QStringLiteral("es"));
    REQUIRE_FALSE(saveReport(again, ReportFormat::Html, path, stop).ok());
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "old");
    kept.close();

    const auto third = f.build(ReportKind::LedgerReview, QStringLiteral("fa"), QStringLiteral("es"));
    qint64 lastRows = -1, lastExpected = -1;
    WriteOptions track;
    track.keepGoing = [&](qint64 rows, qint64 expected) {
        lastRows = rows;
        lastExpected = expected;
        return true;
    };
    REQUIRE(saveReport(third, ReportFormat::Html, path, track).ok());
    CHECK(lastExpected == 2 + 2 + 2 + 1); // balances in each language, narratives, funds
    CHECK(lastRows == lastExpected);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().endsWith("</html>\n"));

    const Status unwritable = saveReport(third, ReportFormat::Html, QStringLiteral("/proc/no/such/dir/r.html"));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().message.startsWith(QStringLiteral("Cannot write /proc/no/such/dir/r.html")));
}

TEST_CASE("PDF and ODT say plainly when this build has no writer for them", "[reports][save]")
{
    ReportFixture f;
    test::ScratchDir out;
    const auto doc = f.build(ReportKind::PartnerDirectory);
    if (writerFor(ReportFormat::Pdf))
        SUCCEED("this build has a PDF writer");
    else {
        const Status pdf = saveReport(doc, ReportFormat::Pdf, out.path(QStringLiteral("d.pdf")));
        REQUIRE_FALSE(pdf.ok());
        CHECK(pdf.error().message == QStringLiteral("PDF export is not available in this build."));
        CHECK_FALSE(QFile::exists(out.path(QStringLiteral("d.pdf"))));
    }
    CHECK(reportFormatFromKey(QStringLiteral("odt")) == ReportFormat::Odt);
    CHECK_FALSE(reportFormatFromKey(QStringLiteral("docx")).has_value());
}
