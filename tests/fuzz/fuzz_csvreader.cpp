// libFuzzer target: arbitrary bytes through CsvReader with small limits, then the good records back
// through CsvWriter and CsvReader. The first two input bytes choose the options.
#include "io/csvreader.h"
#include "io/csvwriter.h"

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
    qint64 lastLine = reader.headerLine();
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
    }
    const CsvReadStats stats = reader.stats();
    require(stats.records >= 0 && stats.rejected >= 0 && stats.emptyLinesSkipped >= 0, "counts are not negative");
    return 0;
}
