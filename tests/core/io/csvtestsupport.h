#pragma once
// Reading CSV text from memory or from tests/data/csv in the io tests.

#include "io/csvreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>

#include <vector>

namespace trellis::test {

/// Everything a reader returned for one input.
struct CsvReadout {
    std::vector<io::CsvRecord> records;
    io::CsvReadStats stats;
    QStringList header;
    char delimiter = 0;
    io::CsvEncoding encoding = io::CsvEncoding::Auto;
};

inline CsvReadout readAll(QIODevice &device, io::CsvReadOptions options = {})
{
    io::CsvReader reader(device, options);
    CsvReadout out;
    io::CsvRecord record;
    for (;;) {
        auto got = reader.next(record);
        REQUIRE(got.ok());
        if (!*got)
            break;
        out.records.push_back(record);
    }
    out.stats = reader.stats();
    out.header = reader.header();
    out.delimiter = reader.delimiter();
    out.encoding = reader.encoding();
    return out;
}

inline CsvReadout readBytes(const QByteArray &bytes, io::CsvReadOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return readAll(buffer, options);
}

inline CsvReadout readDataFile(const QString &name, io::CsvReadOptions options = {})
{
    QFile file(testData(QStringLiteral("csv/") + name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readAll(file, options);
}

inline QStringList cells(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *v : values)
        list << QString::fromUtf8(v);
    return list;
}

} // namespace trellis::test
