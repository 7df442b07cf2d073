#pragma once
// RFC 4180 writer for exports: UTF-8, CRLF, quoting when needed, and no formula injection.

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace trellis::io {

/// One cell to write: text, neutralised against formula injection, or a number the caller formatted itself.
struct CsvCell {
    QString value;
    bool isNumber = false;

    static CsvCell text(QString value) { return {std::move(value), false}; }
    /// A number Trellis formatted itself ("-12.50"): written as is when it looks like a plain number,
    /// and neutralised like text otherwise, so a mistaken caller still cannot inject a formula.
    static CsvCell number(QString value) { return {std::move(value), true}; }
};

/// How to write a CSV file.
struct CsvWriteOptions {
    char delimiter = ',';
    bool byteOrderMark = false; ///< start the file with a UTF-8 BOM (some spreadsheets need it to see UTF-8)
};

/// Writes records to a device. A text cell starting with = + - @ tab or CR gets a leading ' so that
/// spreadsheets show it as text instead of running it (OWASP "CSV injection").
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &device, CsvWriteOptions options = {});

    /// Writes one record of text cells.
    Status writeRecord(const QStringList &textCells);
    /// Writes one record of text and number cells. A record needs at least one cell.
    Status writeRecord(const QList<CsvCell> &cells);

private:
    Status write(const QByteArray &bytes);

    QIODevice &m_device;
    CsvWriteOptions m_options;
    bool m_started = false;
};

/// The text with a leading ' when it would start a formula in a spreadsheet; unchanged otherwise.
QString neutraliseFormula(const QString &text);

/// True for "12", "-12.50", "1 234,5": an optional minus, then digits with '.', ',' or space between them.
bool isPlainNumber(const QString &text);

} // namespace trellis::io
