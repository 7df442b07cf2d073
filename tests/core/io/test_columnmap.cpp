// ColumnMap: header names to known ledger fields.
#include "csvtestsupport.h"

#include "io/columnmap.h"

using namespace trellis;
using namespace trellis::io;
using namespace trellis::test;

namespace {
const QList<ImportField> kLedgerFields = {
    {QStringLiteral("date"), true},      {QStringLiteral("from"), true},     {QStringLiteral("to"), true},
    {QStringLiteral("kind"), true},      {QStringLiteral("quantity"), true}, {QStringLiteral("unit"), true},
    {QStringLiteral("narrative"), false}, {QStringLiteral("language"), false},
};
} // namespace

TEST_CASE("Header names map to fields ignoring case, spaces and a BOM", "[io][columns]")
{
    const QStringList header = cells({"\xEF\xBB\xBF Date", "FROM ", "  to", "Kind", "Quantity", "unit", "Comment"});
    auto map = ColumnMap::fromHeader(header, kLedgerFields);
    REQUIRE(map.ok());
    CHECK(map->column(QStringLiteral("date")) == 0);
    CHECK(map->column(QStringLiteral("from")) == 1);
    CHECK(map->column(QStringLiteral("unit")) == 5);
    CHECK(map->column(QStringLiteral("narrative")) == -1);
    CHECK_FALSE(map->has(QStringLiteral("language")));
    CHECK(map->unknownColumns() == QList<qsizetype>{6});
    const QStringList row = cells({"2026-01-15", "A", "B", "funds", "10", "EUR", "x"});
    CHECK(map->value(row, QStringLiteral("quantity")) == QStringLiteral("10"));
    CHECK(map->value(row, QStringLiteral("narrative")) == QString());
    CHECK(map->value(cells({"2026-01-15"}), QStringLiteral("unit")) == QString()); // a short record
}

TEST_CASE("Case folding handles more than ASCII", "[io][columns]")
{
    auto map = ColumnMap::fromHeader(cells({"ПАРТНЁР", "ΣΥΝΑΛΛΑΓΉ"}),
                                     {{QStringLiteral("партнёр"), true}, {QStringLiteral("συναλλαγή"), true}});
    REQUIRE(map.ok());
    CHECK(map->column(QStringLiteral("партнёр")) == 0);
    CHECK(map->column(QStringLiteral("συναλλαγή")) == 1);
    auto twice = ColumnMap::fromHeader(cells({"Партнёр", "партнёр"}), {{QStringLiteral("партнёр"), true}});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message == QStringLiteral("The column \"партнёр\" appears more than once (columns 1, 2)."));
}

TEST_CASE("Missing required fields and repeated fields are all named at once", "[io][columns]")
{
    auto map = ColumnMap::fromHeader(cells({"date", "from", "to", "kind", "quantity", "Date", "narrative", "NARRATIVE"}),
                                     kLedgerFields);
    REQUIRE_FALSE(map.ok());
    CHECK(map.error().code == ErrorCode::InvalidInput);
    CHECK(map.error().message
          == QStringLiteral("The header row has no column for: unit. The column \"date\" appears more than once (columns 1, 6). "
                            "The column \"narrative\" appears more than once (columns 7, 8)."));
}

TEST_CASE("The missing_column file's header lacks the unit column", "[io][columns][files]")
{
    CsvReadOptions options;
    options.hasHeader = true;
    const CsvReadout out = readDataFile(QStringLiteral("missing_column.csv"), options);
    auto map = ColumnMap::fromHeader(out.header, kLedgerFields);
    REQUIRE_FALSE(map.ok());
    CHECK(map.error().message == QStringLiteral("The header row has no column for: unit."));
}

TEST_CASE("The BOM and semicolon files map once their names are known", "[io][columns][files]")
{
    CsvReadOptions options;
    options.hasHeader = true;
    const CsvReadout out = readDataFile(QStringLiteral("bom_crlf.csv"), options);
    auto map = ColumnMap::fromHeader(out.header, kLedgerFields);
    REQUIRE(map.ok());
    CHECK(map->column(QStringLiteral("language")) == 7);
    CHECK(map->value(out.records[2].cells, QStringLiteral("from")) == QStringLiteral("周"));
    CHECK(map->unknownColumns().isEmpty());
}

TEST_CASE("Duplicate columns that match no field are not an error", "[io][columns]")
{
    auto map = ColumnMap::fromHeader(cells({"date", "", "", "note", "note"}), {{QStringLiteral("date"), true}});
    REQUIRE(map.ok());
    CHECK(map->unknownColumns() == QList<qsizetype>{1, 2, 3, 4});
}
