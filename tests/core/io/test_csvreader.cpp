// CsvReader: RFC 4180 records, line numbers, raw text, quoting, empty lines.
#include "csvtestsupport.h"

#include "io/csvwriter.h"
#include "io/delimitersniffer.h"
#include "io/textencoding.h"

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

TEST_CASE("Quoted fields hold delimiters, doubled quotes and newlines of every kind", "[io][csv]")
{
    const CsvReadout out = readBytes("\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"p\r\nq\",\"r\rs\"\nnext\n", {});
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].cells == cells({"a,b", "say \"hi\"", "x\ny", "p\r\nq", "r\rs"}));
    CHECK(out.records[0].line == 1);
    CHECK(out.records[1].line == 5); // LF, CRLF and CR inside quotes are one line end each
    CHECK(out.records[1].cells == cells({"next"}));
}

TEST_CASE("Empty fields, trailing delimiters and a last line without line end", "[io][csv]")
{
    const CsvReadout out = readBytes(",,\na,\n\"\"\nlast");
    REQUIRE(out.records.size() == 4);
    CHECK(out.records[0].cells == cells({"", "", ""}));
    CHECK(out.records[1].cells == cells({"a", ""}));
    CHECK(out.records[2].cells == cells({""})); // a quoted empty field is a record, not an empty line
    CHECK(out.records[3].cells == cells({"last"}));
    CHECK(out.records[3].line == 4);
    CHECK(out.stats.emptyLinesSkipped == 0);
}

TEST_CASE("Empty lines of every kind are skipped and counted", "[io][csv]")
{
    const CsvReadout out = readBytes("\r\n\na\r\r\n\rb\n\n");
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].line == 3);
    CHECK(out.records[0].cells == cells({"a"}));
    CHECK(out.records[1].line == 6);
    CHECK(out.stats.emptyLinesSkipped == 5); // lines 1, 2, 4, 5 and 7
}

TEST_CASE("An empty file gives no records and an empty header", "[io][csv]")
{
    CsvReadOptions options;
    options.hasHeader = true;
    const CsvReadout out = readBytes("", options);
    CHECK(out.records.empty());
    CHECK(out.header.isEmpty());
    CHECK(out.delimiter == ',');
    const CsvReadout bomOnly = readBytes("\xEF\xBB\xBF\r\n");
    CHECK(bomOnly.records.empty());
    CHECK(bomOnly.stats.emptyLinesSkipped == 1);
}

TEST_CASE("Delimiters are sniffed outside quotes and can be given explicitly", "[io][csv]")
{
    CHECK(readBytes("a;b;c\n\"1,5\";\"2,5\";3\n").delimiter == ';');
    CHECK(readBytes("a|b\n1|2\n").delimiter == '|');
    CHECK(readBytes("a\tb\tc\n1\t2\t3\n").delimiter == '\t');
    CHECK(readBytes("\"x;y;z\",b\n\"p;q\",2\n").delimiter == ',');
    CHECK(readBytes("single\ncolumn\n").delimiter == ',');
    CsvReadOptions options;
    options.delimiter = ';';
    const CsvReadout out = readBytes("a,b;c\n", options);
    REQUIRE(out.records.size() == 1);
    CHECK(out.records[0].cells == cells({"a,b", "c"}));
}

TEST_CASE("Unusable options are refused before reading", "[io][csv]")
{
    QBuffer buffer;
    buffer.setData("a,b\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReadOptions options;
    options.delimiter = '"';
    CsvReader reader(buffer, options);
    CsvRecord record;
    auto got = reader.next(record);
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("A device that is not open is an error, not a crash", "[io][csv]")
{
    QBuffer buffer;
    CsvReader reader(buffer);
    CsvRecord record;
    auto got = reader.next(record);
    REQUIRE_FALSE(got.ok());
    CHECK(got.error().code == ErrorCode::Io);
}

TEST_CASE("A header row that cannot be decoded stops the import with a message", "[io][csv]")
{
    QBuffer buffer;
    buffer.setData("da\xfft,b\n1,2\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReadOptions options;
    options.hasHeader = true;
    CsvReader reader(buffer, options);
    const Status started = reader.start();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().message == QStringLiteral("Line 1: the header row cannot be read: not valid UTF-8"));
}

TEST_CASE("Overlong forms and encoded surrogates are not valid UTF-8", "[io][csv]")
{
    const CsvReadout out = readBytes("ok\n\xC0\xAF\n\xED\xA0\x80\n\xF4\x90\x80\x80\nok\n");
    REQUIRE(out.records.size() == 5);
    CHECK(out.records[1].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[2].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[3].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[4].ok());
    CHECK(out.records[4].line == 5);
}

TEST_CASE("A NUL byte rejects its record only", "[io][csv]")
{
    const CsvReadout out = readBytes(QByteArray("a,b\nc,d\0e\nf,g\n", 14));
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[1].problem == CsvProblem::NulCharacter);
    CHECK(out.records[1].reason == QStringLiteral("field 2 contains a NUL character"));
    CHECK(out.records[2].cells == cells({"f", "g"}));
}

TEST_CASE("A lone surrogate or an odd byte in UTF-16 rejects only its record", "[io][csv]")
{
    QByteArray bytes("\xFF\xFE", 2);
    const auto add = [&](std::initializer_list<char16_t> units) {
        for (char16_t u : units) {
            bytes.append(char(u & 0xFF));
            bytes.append(char(u >> 8));
        }
    };
    add({u'a', u',', u'b', u'\n'});
    add({u'c', 0xD800, u'd', u'\n'}); // a high surrogate with no low one
    add({u'e', u',', 0xD83D, 0xDE00, u'\n'});
    add({u'f'});
    bytes.append('\x41'); // half a code unit at the end
    const CsvReadout out = readBytes(bytes);
    REQUIRE(out.records.size() == 4);
    CHECK(out.records[0].cells == cells({"a", "b"}));
    CHECK(out.records[1].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[1].reason == QStringLiteral("not valid UTF-16LE"));
    CHECK(out.records[2].cells == cells({"e", "😀"}));
    CHECK(out.records[3].problem == CsvProblem::InvalidEncoding);
    CHECK(out.records[3].line == 4);
}

TEST_CASE("An explicit encoding overrides detection", "[io][csv]")
{
    CsvReadOptions options;
    options.encoding = CsvEncoding::Utf16BE;
    const CsvReadout out = readBytes(QByteArray("\0a\0,\0b", 6), options);
    REQUIRE(out.records.size() == 1);
    CHECK(out.records[0].cells == cells({"a", "b"}));
    CHECK(out.encoding == CsvEncoding::Utf16BE);
}

TEST_CASE("A 10 MB quoted cell is rejected without holding it and reading goes on", "[io][csv][limits]")
{
    const qsizetype big = 10 * 1000 * 1000;
    QByteArray bytes = "a,\"";
    bytes.append(big, 'x');
    bytes.append("\",b\nnext,row\n");
    const CsvReadout out = readBytes(bytes);
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].line == 1);
    CHECK(out.records[0].problem == CsvProblem::CellTooLarge);
    CHECK(out.records[0].message() == QStringLiteral("Line 1: field 2 is larger than 1 MiB"));
    CHECK(out.records[0].cells.isEmpty());
    CHECK(out.records[0].rawTruncated);
    CHECK(out.records[0].raw.size() == 4 * 1024 * 1024); // raw text is capped at the record limit
    CHECK(out.records[1].line == 2);
    CHECK(out.records[1].cells == cells({"next", "row"}));
}

TEST_CASE("A 10 MB unquoted cell with quoted newlines before it keeps line numbers right", "[io][csv][limits]")
{
    QByteArray bytes = "\"one\ntwo\",";
    bytes.append(10 * 1000 * 1000, 'y');
    bytes.append("\nafter\n");
    const CsvReadout out = readBytes(bytes);
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].problem == CsvProblem::CellTooLarge);
    CHECK(out.records[1].line == 3);
    CHECK(out.records[1].cells == cells({"after"}));
}

TEST_CASE("Cell, record and field limits can be set and name what was too large", "[io][csv][limits]")
{
    CsvReadOptions options;
    options.limits.maxCellBytes = 4;
    options.limits.maxRecordBytes = 12;
    options.limits.maxFields = 3;
    const CsvReadout out = readBytes("abcd,ef\nabcde,f\naaaa,bbbb,ccc\na,b,c,d\nok\n", options);
    REQUIRE(out.records.size() == 5);
    CHECK(out.records[0].cells == cells({"abcd", "ef"}));
    CHECK(out.records[1].reason == QStringLiteral("field 1 is larger than 4 bytes"));
    CHECK(out.records[1].raw == "abcde,f");
    CHECK(out.records[2].reason == QStringLiteral("the record is larger than 12 bytes"));
    CHECK(out.records[2].raw == "aaaa,bbbb,cc");
    CHECK(out.records[2].rawTruncated);
    CHECK(out.records[3].reason == QStringLiteral("the record has more than 3 fields"));
    CHECK(out.records[4].cells == cells({"ok"}));
    CHECK(out.records[4].line == 5);
}

TEST_CASE("An unterminated quote at the end of the file is an error for that record", "[io][csv]")
{
    const CsvReadout out = readBytes("x,y\na,\"b\nc");
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].ok());
    CHECK(out.records[1].line == 2);
    CHECK(out.records[1].problem == CsvProblem::UnterminatedQuote);
    CHECK(out.records[1].raw == "a,\"b\nc");
}

TEST_CASE("The header row is kept apart and counts as a line", "[io][csv]")
{
    CsvReadOptions options;
    options.hasHeader = true;
    const CsvReadout out = readBytes("\n\nname,qty\n\nA,1\n", options);
    CHECK(out.header == cells({"name", "qty"}));
    REQUIRE(out.records.size() == 1);
    CHECK(out.records[0].line == 5);
    CHECK(out.stats.records == 1);
    CHECK(out.stats.emptyLinesSkipped == 3);
}

TEST_CASE("Field counts are compared with the first record when there is no header", "[io][csv]")
{
    CsvReadOptions options;
    options.fieldCountMustMatch = true;
    const CsvReadout out = readBytes("a,b\nc\nd,e,f\ng,h\n", options);
    REQUIRE(out.records.size() == 4);
    CHECK(out.records[1].reason == QStringLiteral("1 fields where 2 are expected"));
    CHECK(out.records[2].problem == CsvProblem::WrongFieldCount);
    CHECK(out.records[3].ok());
}

TEST_CASE("A device opened in text mode still gives CR and CRLF as they are", "[io][csv]")
{
    QBuffer buffer;
    buffer.setData("a,\"x\r\ny\"\r\nb\rc\n");
    REQUIRE(buffer.open(QIODevice::ReadOnly | QIODevice::Text));
    const CsvReadout out = readAll(buffer);
    REQUIRE(out.records.size() == 3);
    CHECK(out.records[0].cells == cells({"a", "x\r\ny"}));
    CHECK(out.records[1].line == 3);
    CHECK(out.records[2].line == 4);
}

TEST_CASE("Encodings are told apart by BOM or by NUL pattern, and a stray NUL stays UTF-8", "[io][csv][encoding]")
{
    CHECK(detectEncoding(QByteArrayView("\xEF\xBB\xBF" "a")).encoding == CsvEncoding::Utf8);
    CHECK(detectEncoding(QByteArrayView("\xEF\xBB\xBF" "a")).bomLength == 3);
    CHECK(detectEncoding(QByteArray("\xFF\xFE" "a\0", 4)).encoding == CsvEncoding::Utf16LE);
    CHECK(detectEncoding(QByteArray("\xFE\xFF\0a", 4)).encoding == CsvEncoding::Utf16BE);
    CHECK(detectEncoding(QByteArray("a\0,\0b\0", 6)).encoding == CsvEncoding::Utf16LE);
    CHECK(detectEncoding(QByteArray("\0a\0,\0b", 6)).encoding == CsvEncoding::Utf16BE);
    CHECK(detectEncoding(QByteArray("date,amount\n2026-01-01,\0\n2026-01-02,5\n", 38)).encoding == CsvEncoding::Utf8);
    CHECK(detectEncoding(QByteArrayView("plain")).bomLength == 0);
    CHECK(detectEncoding(QByteArrayView("")).encoding == CsvEncoding::Utf8);
}

TEST_CASE("Sniffing prefers the delimiter that agrees across lines over one that is merely frequent", "[io][csv][sniff]")
{
    // Four semicolons on every line; commas only inside amounts, and not on the header.
    CHECK(sniffDelimiter("date;from;to;amount;unit\n2026-01-01;A;B;1.234,50;EUR\n2026-01-02;B;A;12,5;EUR\n", true) == ';');
    // Many commas inside quotes do not count.
    CHECK(sniffDelimiter("a|\"x,y,z,w\"\nb|\"p,q,r,s\"\n", true) == '|');
    // A cut last line is ignored unless the sample is the whole file.
    CHECK(sniffDelimiter("a;b\nc;d\ne,f,g,h,i,j,k", false) == ';');
    CHECK(sniffDelimiter("", true) == ',');
}

TEST_CASE("A cell that begins with U+FEFF keeps it, and only the file's own BOM is taken off", "[io][csv]")
{
    // Found by fuzz_csvreader: the cell decoder dropped a leading U+FEFF from every cell, so a
    // written cell did not read back as itself.
    const CsvReadout out = readBytes("\xEF\xBB\xBF" "a,\xEF\xBB\xBF" "b\r\n\xEF\xBB\xBF\xEF\xBB\xBF" "c,\"\xEF\xBB\xBF" "d\"\r\n");
    REQUIRE(out.records.size() == 2);
    CHECK(out.records[0].cells == QStringList{QStringLiteral("a"), QStringLiteral("\uFEFFb")});
    CHECK(out.records[1].cells == QStringList{QStringLiteral("\uFEFF\uFEFFc"), QStringLiteral("\uFEFFd")});

    // Written and read back, such a cell is itself, first in the file or not.
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    io::CsvWriter writer(buffer);
    const QStringList record{QStringLiteral("\uFEFFdate,from"), QStringLiteral("\uFEFF"), QStringLiteral("x")};
    REQUIRE(writer.writeRecord(record).ok());
    REQUIRE(writer.writeRecord(record).ok());
    const CsvReadout back = readBytes(buffer.data());
    REQUIRE(back.records.size() == 2);
    CHECK(back.records[0].cells == record);
    CHECK(back.records[1].cells == record);
}
