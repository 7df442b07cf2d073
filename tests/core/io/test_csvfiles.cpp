// CsvReader on the ugly real-world files in tests/data/csv: counts, line numbers, cells, recovery.
#include "csvtestsupport.h"

using namespace trellis;
using namespace trellis::io;
using namespace trellis::test;

namespace {
CsvReadOptions withHeader()
{
    CsvReadOptions options;
    options.hasHeader = true;
    return options;
}
} // namespace

TEST_CASE("A UTF-8 file with BOM, CRLF and a quoted CRLF newline", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("bom_crlf.csv"), withHeader());
    CHECK(out.encoding == CsvEncoding::Utf8);
    CHECK(out.delimiter == ',');
    CHECK(out.header == cells({"date", "from", "to", "kind", "quantity", "unit", "narrative", "language"}));
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].line == 2);
    CHECK(out.records[0].cells
          == cells({"2026-01-15", "Сергей", "عمال الملابس", "funds", "120.00", "EUR", "Rent for the hall, January", "en"}));
    CHECK(out.records[1].line == 3);
    CHECK(out.records[1].cells[6] == QStringLiteral("Line one\r\nline \"two\""));
    CHECK(out.records[1].raw == "2026-01-20,Garment Workers,Сергей,translation,3500,words,\"Line one\r\nline \"\"two\"\"\",en");
    CHECK(out.records[2].line == 5); // the quoted newline used line 4
    CHECK(out.records[2].cells == cells({"2026-02-01", "周", "Garment Workers", "hosting", "2", "nights", "Two nights", "zh"}));
    CHECK(out.stats.records == 3);
    CHECK(out.stats.rejected == 0);
    CHECK(out.stats.emptyLinesSkipped == 0);
}

TEST_CASE("A semicolon file with 1.234,50 numbers and empty lines", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("semicolon_decimal_comma.csv"), withHeader());
    CHECK(out.delimiter == ';');
    CHECK(out.header == cells({"Datum", "Von", "An", "Art", "Menge", "Einheit", "Notiz"}));
    REQUIRE(out.records.size() == 4);
    CHECK(out.records[0].line == 3);
    CHECK(out.records[0].cells
          == cells({"15.01.2026", "Kollektiv Nord", "Union Süd", "funds", "1.234,50", "EUR", "Miete; Saal, Januar"}));
    CHECK(out.records[1].line == 4);
    CHECK(out.records[1].cells == cells({"16.01.2026", "Union Süd", "Kollektiv Nord", "time", "12,5", "hours", ""}));
    CHECK(out.records[2].line == 7);
    CHECK(out.records[2].cells[4] == QStringLiteral("-0,75"));
    CHECK(out.records[2].cells[6] == QStringLiteral("zwei\nZeilen"));
    CHECK(out.records[3].line == 9);
    CHECK(out.records[3].cells == cells({"02.02.2026", "Kollektiv Nord", "Union Süd", "materials", "", "", "nur Text"}));
    CHECK(out.stats.emptyLinesSkipped == 4); // lines 2, 5, 6 and 10
    CHECK(out.stats.rejected == 0);
}

TEST_CASE("Formula cells are read as the text they are", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("formula_cell.csv"), withHeader());
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].cells == cells({"2026-03-01", "=HYPERLINK(\"http://example.invalid\",\"click\")", "10"}));
    CHECK(out.records[1].cells == cells({"2026-03-02", "@SUM(A1:A2)", "-12.50"}));
    CHECK(out.records[2].cells == cells({"2026-03-03", "+1+1", "3"}));
}

TEST_CASE("Rows with invalid UTF-8 are rejected one by one and later rows still come", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("invalid_utf8_row.csv"), withHeader());
    REQUIRE(out.records.size() == 4);
    CHECK(out.records[0].ok());
    CHECK(out.records[0].cells == cells({"2026-01-01", "café"}));
    CHECK_FALSE(out.records[1].ok());
    CHECK(out.records[1].line == 3);
    CHECK(out.records[1].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[1].reason == QStringLiteral("not valid UTF-8"));
    CHECK(out.records[1].message() == QStringLiteral("Line 3: not valid UTF-8"));
    CHECK(out.records[1].raw == QByteArray("2026-01-02,bad \xc3\x28 byte"));
    CHECK(out.records[1].cells.isEmpty());
    CHECK(out.records[2].line == 4);
    CHECK(out.records[2].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[2].raw == QByteArray("2026-01-03,also bad \xff"));
    CHECK(out.records[3].ok());
    CHECK(out.records[3].line == 5);
    CHECK(out.records[3].cells == cells({"2026-01-04", "fine again"}));
    CHECK(out.stats.records == 2);
    CHECK(out.stats.rejected == 2);
}

TEST_CASE("A row missing a field is rejected when field counts must match", "[io][csv][files]")
{
    CsvReadOptions options = withHeader();
    options.fieldCountMustMatch = true;
    const CsvReadout out = readDataFile(QStringLiteral("missing_column.csv"), options);
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].cells == cells({"2026-01-01", "A", "B", "funds", "10"}));
    CHECK(out.records[1].line == 3);
    CHECK(out.records[1].problem == CsvProblem::WrongFieldCount);
    CHECK(out.records[1].message() == QStringLiteral("Line 3: 4 fields where 5 are expected (as in the header row)"));
    CHECK(out.records[1].raw == "2026-01-02,A,B,funds");
    CHECK(out.records[2].ok());
    CHECK(out.records[2].line == 4);

    const CsvReadout loose = readDataFile(QStringLiteral("missing_column.csv"), withHeader());
    REQUIRE(loose.records.size() == 3);
    CHECK(loose.records[1].ok());
    CHECK(loose.records[1].cells == cells({"2026-01-02", "A", "B", "funds"}));
}

TEST_CASE("A UTF-16LE file with BOM, tabs and a surrogate pair", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("utf16le_bom.csv"), withHeader());
    CHECK(out.encoding == CsvEncoding::Utf16LE);
    CHECK(out.delimiter == '\t');
    CHECK(out.header == cells({"date", "from", "narrative"}));
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].line == 2);
    CHECK(out.records[0].cells == cells({"2026-04-01", "عمال الملابس", "شكرا 😀"}));
    CHECK(out.records[0].raw == QStringLiteral("2026-04-01\tعمال الملابس\tشكرا 😀").toUtf8());
    CHECK(out.records[1].line == 3);
    CHECK(out.records[1].cells == cells({"2026-04-02", "Сергей", "tab\tinside"}));
}

TEST_CASE("A UTF-16BE file without BOM is recognised from its NUL bytes", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("utf16be_nobom.csv"));
    CHECK(out.encoding == CsvEncoding::Utf16BE);
    CHECK(out.delimiter == '|');
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].cells == cells({"kind", "quantity"}));
    CHECK(out.records[2].cells == cells({"hours", "2"}));
    CHECK(out.records[2].line == 3);
}

TEST_CASE("Old Mac CR line ends, also inside quotes, count as lines", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("cr_only.csv"));
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].line == 1);
    CHECK(out.records[1].line == 2);
    CHECK(out.records[1].cells == cells({"1", "x\ry"}));
    CHECK(out.records[2].line == 4);
    CHECK(out.records[2].cells == cells({"2", "z"}));
}

TEST_CASE("Strict quoting rejects broken rows and keeps the good ones around them", "[io][csv][files]")
{
    const CsvReadout out = readDataFile(QStringLiteral("broken_quotes.csv"), withHeader());
    REQUIRE(out.records.size() == 6);
    CHECK(out.records[0].cells == cells({"ok1", "fine"}));
    CHECK(out.records[1].line == 3);
    CHECK(out.records[1].problem == CsvProblem::MisplacedQuote);
    CHECK(out.records[1].message() == QStringLiteral("Line 3: a stray quote in field 2"));
    CHECK(out.records[1].raw == "bad1,5\" screen");
    CHECK(out.records[2].line == 4);
    CHECK(out.records[2].cells == cells({"ok2", "quoted, fine"}));
    CHECK(out.records[3].line == 5);
    CHECK(out.records[3].problem == CsvProblem::MisplacedQuote);
    CHECK(out.records[3].reason == QStringLiteral("text after the closing quote of field 2"));
    CHECK(out.records[4].line == 6);
    CHECK(out.records[4].cells == cells({"ok3", "last good"}));
    CHECK(out.records[5].line == 7);
    CHECK(out.records[5].problem == CsvProblem::UnterminatedQuote);
    CHECK(out.records[5].message() == QStringLiteral("Line 7: the quote opened on line 7 is never closed"));
    CHECK(out.records[5].raw == "bad3,\"never closed\nthis line is inside the open quote\n");
    CHECK(out.stats.records == 3);
    CHECK(out.stats.rejected == 3);
}

TEST_CASE("Lenient quoting keeps misplaced quotes as text with a warning", "[io][csv][files]")
{
    CsvReadOptions options = withHeader();
    options.quotes = QuoteHandling::Lenient;
    const CsvReadout out = readDataFile(QStringLiteral("broken_quotes.csv"), options);
    REQUIRE(out.records.size() == 6);
    CHECK(out.records[1].ok());
    CHECK(out.records[1].cells == cells({"bad1", "5\" screen"}));
    CHECK(out.records[1].warnings == QStringList{QStringLiteral("a stray quote in field 2: the quote was kept as text")});
    CHECK(out.records[3].ok());
    CHECK(out.records[3].cells == cells({"bad2", "closed\"extra"}));
    CHECK(out.records[3].warnings.size() == 1);
    CHECK(out.records[5].problem == CsvProblem::UnterminatedQuote); // nothing lenient can do about that
    CHECK(out.stats.records == 5);
}

TEST_CASE("Every data file reads the same whatever the chunk size", "[io][csv][files]")
{
    const char *files[] = {"bom_crlf.csv", "semicolon_decimal_comma.csv", "formula_cell.csv", "invalid_utf8_row.csv",
                           "missing_column.csv", "utf16le_bom.csv", "cr_only.csv", "broken_quotes.csv",
                           "utf16be_nobom.csv"};
    for (const char *file : files) {
        const CsvReadout whole = readDataFile(QString::fromLatin1(file));
        for (qsizetype chunk : {1, 2, 3, 5, 7, 13}) {
            CsvReadOptions options;
            options.chunkBytes = chunk;
            const CsvReadout pieces = readDataFile(QString::fromLatin1(file), options);
            INFO(file << " in chunks of " << chunk);
            CHECK(pieces.delimiter == whole.delimiter);
            CHECK(pieces.encoding == whole.encoding);
            CHECK(pieces.stats.emptyLinesSkipped == whole.stats.emptyLinesSkipped);
            REQUIRE(pieces.records.size() == whole.records.size());
            for (std::size_t i = 0; i < whole.records.size(); ++i) {
                CHECK(pieces.records[i].line == whole.records[i].line);
                CHECK(pieces.records[i].cells == whole.records[i].cells);
                CHECK(pieces.records[i].raw == whole.records[i].raw);
                CHECK(pieces.records[i].problem == whole.records[i].problem);
            }
        }
    }
}
