// libFuzzer target: arbitrary bytes through CsvReader with small limits, then the good records back
// through CsvWriter and CsvReader. The first two input bytes choose the options.
#include "io/columnmap.h"
#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/datefield.h"
#include "io/decimal.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace trellis;
using namespace trellis::io;

namespace {

constexpr qsizetype kMaxCell = 64;
constexpr qsizetype kMaxRecord = 256;
constexpr qsizetype kMaxFields = 16;

void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csvreader: broken invariant: %s\n", what);
        std::abort();
    }
}

void checkRoundTrip(const QStringList &cells, char delimiter)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriteOptions writeOptions;
    writeOptions.delimiter = delimiter;
    CsvWriter writer(out, writeOptions);
    require(writer.writeRecord(cells).ok(), "writing a good record");
    out.close();

    QBuffer in;
    in.setData(out.data());
    in.open(QIODevice::ReadOnly);
    CsvReadOptions readOptions;
    readOptions.delimiter = delimiter;
    readOptions.encoding = CsvEncoding::Utf8;
    CsvReader reader(in, readOptions);
    CsvRecord back;
    auto got = reader.next(back);
    require(got.ok() && *got, "reading a written record back");
    require(back.ok(), "a written record reads back as good");
    QStringList expected;
    for (const QString &cell : cells)
        expected << neutraliseFormula(cell);
    require(back.cells == expected, "written cells read back unchanged (after neutralising)");
    got = reader.next(back);
    require(got.ok() && !*got, "a written record is one record");
}

// The import path after reading: every cell through the decimal and date parsers.
void checkParsers(const QStringList &cells)
{
    static const DecimalStyle styles[] = {{QLatin1Char('.'), QLatin1Char(',')}, {QLatin1Char(','), QLatin1Char('.')},
                                          {QLatin1Char(','), QLatin1Char(' ')}, {QLatin1Char('.'), QChar()}};
    static const QStringList formats{QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd.MM.yyyy")};
    for (const QString &cell : cells) {
        for (const DecimalStyle &style : styles) {
            auto amount = parseDecimal(cell, style, 2, NegativeNumbers::Allow);
            if (amount.ok()) {
                auto again = parseDecimal(formatDecimal(*amount, 2), styles[0], 2, NegativeNumbers::Allow);
                require(again.ok() && *again == *amount, "a parsed amount formats and parses back to itself");
            } else {
                require(!amount.error().message.isEmpty(), "a refused amount says why");
            }
        }
        auto date = parseDate(cell, formats);
        require(date.ok() ? date->isValid() : !date.error().message.isEmpty(), "a date is valid or refused with a reason");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::uint8_t flags = data[0];
    CsvReadOptions options;
    options.hasHeader = flags & 1;
    options.quotes = (flags & 2) ? QuoteHandling::Lenient : QuoteHandling::Strict;
    options.fieldCountMustMatch = flags & 4;
    static const char delimiters[] = {0, ',', ';', '\t', '|', 0, 0, 0};
    options.delimiter = delimiters[(flags >> 3) & 7];
    static const CsvEncoding encodings[] = {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Utf16LE,
                                            CsvEncoding::Utf16BE};
    options.encoding = encodings[flags >> 6];
    options.chunkBytes = 1 + data[1] % 32;
    options.limits = {kMaxCell, kMaxRecord, kMaxFields};

    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    CsvRecord record;
    if (!reader.start().ok())
        return 0; // an unreadable header row: refused with a message, nothing else to check
    qint64 lastLine = reader.headerLine();
    if (!reader.header().isEmpty()) {
        auto columns = ColumnMap::fromHeader(reader.header(), {{QStringLiteral("date"), true}, {QStringLiteral("from"), false}});
        require(columns.ok() || !columns.error().message.isEmpty(), "a header is mapped or refused with a reason");
    }
    for (;;) {
        auto got = reader.next(record);
        if (!got || !*got)
            break;
        require(record.line > lastLine, "line numbers grow");
        lastLine = record.line;
        require(record.raw.size() <= kMaxRecord, "raw text stays within the record limit");
        if (!record.ok()) {
            require(record.cells.isEmpty() && !record.reason.isEmpty(), "a rejected record has a reason and no cells");
            continue;
        }
        require(!record.cells.isEmpty() && record.cells.size() <= kMaxFields, "a good record has 1 to max fields");
        for (const QString &cell : record.cells)
            require(cell.toUtf8().size() <= kMaxCell, "a good cell stays within the cell limit");
        checkRoundTrip(record.cells, reader.delimiter());
        checkParsers(record.cells);
    }
    const CsvReadStats stats = reader.stats();
    require(stats.records >= 0 && stats.rejected >= 0 && stats.emptyLinesSkipped >= 0, "counts are not negative");
    return 0;
}
