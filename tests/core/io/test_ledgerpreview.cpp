// Looking at a ledger import file before importing it: the facts of its first lines, a preview decided
// by the import itself, and the partner names nobody has yet.
#include "ledgertestsupport.h"

#include "io/ledgerpreview.h"

#include <QFile>

using namespace trellis;
using test::ImportFixture;

namespace {
QByteArray fileBytes(const QString &name)
{
    QFile file(test::testData(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Result<io::LedgerFileFacts> inspect(const QByteArray &bytes, char delimiter = 0)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return io::inspectLedgerFile(buffer, delimiter,
                                 {QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("dd.MM.yyyy")});
}

struct PreviewFixture : ImportFixture {
    QList<io::LedgerPreviewRow> preview(const QByteArray &bytes, io::LedgerImportOptions options = {}, qint64 rows = 50)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        auto result = io::previewLedgerImport(ws, buffer, std::move(options), rows);
        INFO((result.ok() ? QString() : result.error().message).toStdString());
        REQUIRE(result.ok());
        return *result;
    }
    io::PartnerNameScan scan(const QByteArray &bytes, const io::LedgerImportOptions &options = {})
    {
        QBuffer buffer;
        buffer.setData(bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        auto result = io::findUnknownPartners(ws, buffer, options);
        REQUIRE(result.ok());
        return *result;
    }
};
} // namespace

TEST_CASE("Inspecting a file finds its encoding, delimiter, named header, decimal comma and date pattern", "[io][preview]")
{
    auto facts = inspect(fileBytes(QStringLiteral("ledger/european.csv")));
    REQUIRE(facts.ok());
    CHECK(facts->encoding == io::CsvEncoding::Utf8);
    CHECK(facts->byteOrderMark);
    CHECK(facts->delimiter == ';');
    CHECK(facts->headerNamesFields);
    CHECK(facts->named.value(QStringLiteral("quantity")) == QStringLiteral("quantity"));
    CHECK(facts->decimalComma);
    // 05/01, 06/01, 07/01 fit both orders: the first candidate wins.
    CHECK(facts->dateFormat == QStringLiteral("MM/dd/yyyy"));

    facts = inspect(fileBytes(QStringLiteral("ledger/clean.csv")));
    REQUIRE(facts.ok());
    CHECK_FALSE(facts->byteOrderMark);
    CHECK(facts->delimiter == ',');
    CHECK(facts->headerNamesFields);
    CHECK(facts->named.value(QStringLiteral("date")) == QStringLiteral("DATE"));
    CHECK_FALSE(facts->decimalComma);
    CHECK(facts->dateFormat.isEmpty());

    facts = inspect(fileBytes(QStringLiteral("ledger/mapped.csv")));
    REQUIRE(facts.ok());
    CHECK_FALSE(facts->headerNamesFields);
    CHECK(facts->named.isEmpty());
    CHECK_FALSE(facts->decimalComma); // "1,000.00" in an unnamed column

    facts = inspect(fileBytes(QStringLiteral("csv/utf16le_bom.csv")));
    REQUIRE(facts.ok());
    CHECK(facts->encoding == io::CsvEncoding::Utf16LE);
    CHECK(facts->byteOrderMark);
}

TEST_CASE("An explicit delimiter overrides the sniffed one, and an empty file cannot be inspected", "[io][preview]")
{
    auto facts = inspect(fileBytes(QStringLiteral("ledger/european.csv")), ',');
    REQUIRE(facts.ok());
    CHECK(facts->delimiter == ',');
    CHECK_FALSE(facts->headerNamesFields); // the whole header is one cell
    CHECK_FALSE(inspect(QByteArray()).ok());
}

TEST_CASE("Decimal and date guesses vote on clear samples only", "[io][preview]")
{
    CHECK(io::guessDecimalComma({QStringLiteral("1.234,50"), QStringLiteral("2,25")}));
    CHECK_FALSE(io::guessDecimalComma({QStringLiteral("1,234.50"), QStringLiteral("0.5")}));
    CHECK_FALSE(io::guessDecimalComma({QStringLiteral("1,234"), QStringLiteral("12")})); // unclear: point stays
    CHECK(io::guessDecimalComma({QStringLiteral("1,234"), QStringLiteral("3,5")}));
    const QStringList candidates{QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd/MM/yyyy")};
    CHECK(io::guessDateFormat({QStringLiteral("13/01/2026"), QStringLiteral("05/01/2026")}, candidates)
          == QStringLiteral("dd/MM/yyyy"));
    CHECK(io::guessDateFormat({QStringLiteral("2026-01-13"), QString()}, candidates).isEmpty());
    CHECK(io::guessDateFormat({QStringLiteral("yesterday")}, candidates).isEmpty());
}

TEST_CASE("A preview is the import's own verdict per row, and saves nothing", "[io][preview]")
{
    PreviewFixture f;
    const QString before = f.snapshot();
    const auto rows = f.preview(fileBytes(QStringLiteral("ledger/ugly.csv")));
    CHECK(f.snapshot() == before);
    REQUIRE(rows.size() == 14);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].outcome == io::ImportRowOutcome::Accepted);
    REQUIRE(rows[0].values);
    CHECK(rows[0].values->entry.date == QDate(2026, 4, 1));
    CHECK(rows[0].values->fromName == QStringLiteral("Colombo Garment Workers"));
    CHECK(rows[1].outcome == io::ImportRowOutcome::Rejected);
    CHECK(rows[1].reason.contains(QStringLiteral("unknown partner \"Nobody Collective\"")));
    CHECK(rows[1].values); // readable, but its partner is unknown
    CHECK(rows[6].reason.startsWith(QStringLiteral("date:")));
    CHECK_FALSE(rows[6].values);
    CHECK(rows[7].reason == QStringLiteral("not valid UTF-8"));
    CHECK(rows[7].raw.contains("latin-1 byte"));
    CHECK(rows[13].outcome == io::ImportRowOutcome::Accepted);

    // The first rows only, and a custom advice for unknown partners.
    io::LedgerImportOptions options;
    options.unknownPartnerAdvice = QStringLiteral(" (not confirmed)");
    const auto two = f.preview(fileBytes(QStringLiteral("ledger/ugly.csv")), options, 2);
    REQUIRE(two.size() == 2);
    CHECK(two[1].reason.endsWith(QStringLiteral("\"Nobody Collective\" (not confirmed)")));
}

TEST_CASE("A preview marks rows imported before as duplicates", "[io][preview]")
{
    PreviewFixture f;
    f.imported(f.importFile(QStringLiteral("clean.csv")));
    const auto rows = f.preview(fileBytes(QStringLiteral("ledger/clean.csv")));
    REQUIRE(rows.size() == 6);
    for (const auto &row : rows)
        CHECK(row.outcome == io::ImportRowOutcome::Duplicate);
}

TEST_CASE("A preview fails as the import would when a required field has no column", "[io][preview]")
{
    PreviewFixture f;
    QBuffer buffer;
    buffer.setData(fileBytes(QStringLiteral("ledger/no_to_column.csv")));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto result = io::previewLedgerImport(f.ws, buffer, {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("to")));
}

TEST_CASE("Unknown partner names are found once each, across scripts, and aliases make them known", "[io][preview]")
{
    PreviewFixture f;
    const QByteArray csv = "date,from,to,kind,quantity,unit,narrative,language\n"
                           "2026-01-01,Nobody Collective,Colombo Garment Workers,time,1,hours,a,es\n"
                           "2026-01-02,NOBODY collective,Colombo Garment Workers,time,1,hours,b,\n"
                           "2026-01-03,Сергей,Новый союз,time,1,hours,c,ru\n"
                           "2026-01-04,Colombo Garment Workers,Colombo Garment Workers,time,1,hours,d,en\n"
                           "2026-01-05,bad date row,Colombo Garment Workers,time,1,hours,e,en\n"
                           "not-a-date,Ghost,Ghost,time,1,hours,f,en\n";
    auto s = f.scan(csv);
    CHECK(s.rowsRead == 6);
    REQUIRE(s.unknown.size() == 3);
    CHECK(s.unknown[0].name == QStringLiteral("Nobody Collective"));
    CHECK(s.unknown[0].rows == 2);
    CHECK(s.unknown[0].firstLine == 2);
    CHECK(s.unknown[0].language == QStringLiteral("es"));
    CHECK(s.unknown[1].name == QStringLiteral("Новый союз")); // Сергей is ambiguous, not unknown
    CHECK(s.unknown[1].language == QStringLiteral("ru"));
    CHECK(s.unknown[2].name == QStringLiteral("bad date row"));

    io::LedgerImportOptions options;
    options.partnerNames.insert(QStringLiteral("nobody collective"), f.recife);
    s = f.scan(csv, options);
    REQUIRE(s.unknown.size() == 2);
    CHECK(s.unknown[0].name == QStringLiteral("Новый союз"));

    // The import takes the alias too: the row lands on the chosen partner.
    const auto r = f.imported(f.importBytes(csv, options));
    CHECK(r.imported == 2);
    CHECK(f.entries().first().contains(QStringLiteral("%1>%2").arg(f.id(f.recife), f.id(f.colombo))));
}

TEST_CASE("A field mapped to no header is not read, even from a column of its name", "[io][preview]")
{
    PreviewFixture f;
    io::LedgerImportOptions options;
    options.columns.insert(QStringLiteral("language"), QString());
    options.columns.insert(QStringLiteral("quantity"), QStringLiteral("Quantity")); // renames still apply
    const auto rows = f.preview(fileBytes(QStringLiteral("ledger/clean.csv")), options);
    REQUIRE(rows.size() == 6);
    REQUIRE(rows[3].values);
    CHECK(rows[3].values->entry.narrative.originalLanguage() == QStringLiteral("en")); // not "ru" from the file
    CHECK(rows[3].values->entry.quantity->minorUnits == 2000);

    // A required field left out fails as a missing column does.
    options.columns.insert(QStringLiteral("date"), QString());
    QBuffer buffer;
    buffer.setData(fileBytes(QStringLiteral("ledger/clean.csv")));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto result = io::previewLedgerImport(f.ws, buffer, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("date")));
}
