// CsvReader: RFC 4180 records, line numbers, raw text, quoting, empty lines.
#include "csvtestsupport.h"

using namespace trellis;
using namespace trellis::io;
using namespace trellis::test;

TEST_CASE("Plain comma records come back with their cells, lines and raw text", "[io][csv]")
{
    const CsvReadout out = readBytes("a,b,c\r\n1,2,3\r\n");
    REQUIRE(out.records.size() == 2);
    CHECK(out.delimiter == ',');
    CHECK(out.records[0].cells == cells({"a", "b", "c"}));
    CHECK(out.records[0].line == 1);
    CHECK(out.records[0].raw == "a,b,c");
    CHECK(out.records[1].cells == cells({"1", "2", "3"}));
    CHECK(out.records[1].line == 2);
    CHECK(out.stats.records == 2);
    CHECK(out.stats.rejected == 0);
}
