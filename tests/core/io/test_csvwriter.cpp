// CsvWriter: RFC 4180 output, BOM, CRLF, and neutralised formula cells.
#include "csvtestsupport.h"

#include "io/csvwriter.h"

using namespace trellis;
using namespace trellis::io;
using namespace trellis::test;

namespace {
QByteArray written(const QList<QStringList> &records, CsvWriteOptions options = {})
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer, options);
    for (const QStringList &record : records)
        REQUIRE(writer.writeRecord(record).ok());
    return buffer.data();
}
} // namespace

TEST_CASE("Cells are quoted only when they need it and lines end with CRLF", "[io][csv][writer]")
{
    CHECK(written({cells({"a", "b c", "Сергей"})}) == "a,b c,Сергей\r\n");
    CHECK(written({cells({"a,b", "say \"hi\"", "x\ny", "p\rq"})}) == "\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"p\rq\"\r\n");
    CHECK(written({cells({"", "", ""})}) == ",,\r\n");
    CHECK(written({cells({""})}) == "\"\"\r\n"); // not an empty line
}

TEST_CASE("The delimiter can be chosen and is then what gets quoted", "[io][csv][writer]")
{
    CsvWriteOptions options;
    options.delimiter = ';';
    CHECK(written({cells({"1,5", "a;b"})}, options) == "1,5;\"a;b\"\r\n");
}

TEST_CASE("A BOM is written once at the start when asked for", "[io][csv][writer]")
{
    CsvWriteOptions options;
    options.byteOrderMark = true;
    CHECK(written({cells({"a"}), cells({"b"})}, options) == "\xEF\xBB\xBF" "a\r\nb\r\n");
    CHECK(written({cells({"a"})}) == "a\r\n");
}

TEST_CASE("Text cells that a spreadsheet would run as formulas get a leading quote", "[io][csv][writer]")
{
    CHECK(written({cells({"=1+1", "+1", "-12.50", "@SUM(A1)", "\tx", "\rx"})})
          == "'=1+1,'+1,'-12.50,'@SUM(A1),'\tx,\"'\rx\"\r\n");
    CHECK(written({cells({"a=b", " =1", "12", "'quoted"})}) == "a=b, =1,12,'quoted\r\n");
    CHECK(neutraliseFormula(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(neutraliseFormula(QString()) == QString());
}

TEST_CASE("Number cells the caller formatted are written unprefixed, others still neutralised", "[io][csv][writer]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    REQUIRE(writer.writeRecord({CsvCell::number(QStringLiteral("-12.50")), CsvCell::text(QStringLiteral("-12.50")),
                                CsvCell::number(QStringLiteral("1 234,50")), CsvCell::number(QStringLiteral("-1+2")),
                                CsvCell::number(QStringLiteral("=SUM(A1)")), CsvCell::number(QStringLiteral("-"))})
                .ok());
    CHECK(buffer.data() == "-12.50,'-12.50,\"1 234,50\",'-1+2,'=SUM(A1),'-\r\n");
    CHECK(isPlainNumber(QStringLiteral("0")));
    CHECK_FALSE(isPlainNumber(QStringLiteral("")));
    CHECK_FALSE(isPlainNumber(QStringLiteral("12.")));
    CHECK_FALSE(isPlainNumber(QStringLiteral("1e5")));
}

TEST_CASE("Bad writer use and a failing device are errors", "[io][csv][writer]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    CHECK(writer.writeRecord(QStringList{}).error().code == ErrorCode::InvalidInput);
    CsvWriteOptions quote;
    quote.delimiter = '"';
    CsvWriter quoting(buffer, quote);
    CHECK(quoting.writeRecord(cells({"a"})).error().code == ErrorCode::InvalidInput);

    QBuffer closed;
    CsvWriter failing(closed);
    const Status status = failing.writeRecord(cells({"a"}));
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Io);
}

TEST_CASE("What the writer writes the reader reads back", "[io][csv][writer]")
{
    const QList<QStringList> records = {cells({"a,b", "say \"hi\"", "x\r\ny"}), cells({""}), cells({"عمال", "周", ""}),
                                        cells({"=cmd", "-5"})};
    for (char delimiter : {',', ';', '\t', '|'}) {
        CsvWriteOptions options;
        options.delimiter = delimiter;
        options.byteOrderMark = true;
        const CsvReadout out = readBytes(written(records, options));
        CHECK(out.delimiter == delimiter);
        REQUIRE(out.records.size() == 4);
        CHECK(out.records[0].cells == records[0]);
        CHECK(out.records[0].line == 1);
        CHECK(out.records[1].cells == records[1]);
        CHECK(out.records[1].line == 3);
        CHECK(out.records[2].cells == records[2]);
        CHECK(out.records[3].cells == cells({"'=cmd", "'-5"}));
    }
}
