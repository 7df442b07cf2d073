#include "pdftools.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <zlib.h>

namespace trellis::test {

QString pdfText(const QString &pdf, int page)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    const auto run = runProgram(QStringLiteral("pdftotext"), arguments);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

QList<PdfFontRow> pdfFonts(const QString &pdf)
{
    const auto run = runProgram(QStringLiteral("pdffonts"), {pdf});
    REQUIRE(run.exitCode == 0);
    QList<PdfFontRow> rows;
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) { // a header line and a rule come first
        // name, type (may hold spaces), encoding, emb, sub, uni, object, id: read from the end.
        const QStringList words = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 7)
            continue;
        PdfFontRow row;
        row.name = words.first();
        const qsizetype n = words.size();
        row.embedded = words.at(n - 5) == QLatin1String("yes");
        row.subset = words.at(n - 4) == QLatin1String("yes");
        row.unicode = words.at(n - 3) == QLatin1String("yes");
        rows.append(row);
    }
    return rows;
}

static QString infoValue(const QString &pdf, const QString &key)
{
    const auto run = runProgram(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(run.exitCode == 0);
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed();
    }
    return {};
}

int pdfPageCount(const QString &pdf)
{
    return infoValue(pdf, QStringLiteral("Pages:")).toInt();
}

QString pdfPageSize(const QString &pdf)
{
    return infoValue(pdf, QStringLiteral("Page size:"));
}

QImage pdfPage(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString stem = dir.filePath(QStringLiteral("page"));
    const auto run = runProgram(QStringLiteral("pdftoppm"),
                                {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                 QString::number(page), QStringLiteral("-l"), QString::number(page),
                                 QStringLiteral("-singlefile"), pdf, stem});
    REQUIRE(run.exitCode == 0);
    return QImage(stem + QStringLiteral(".png"));
}

QString searchable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace() || u == 0x200C || u == 0x200D || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            continue;
        out.append(c);
    }
    return out;
}

QByteArray pdfStreams(const QString &pdf)
{
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QByteArray out;
    qsizetype at = 0;
    while ((at = data.indexOf("stream", at)) >= 0) {
        qsizetype begin = at + 6;
        if (begin < data.size() && data.at(begin) == '\r')
            ++begin;
        if (begin < data.size() && data.at(begin) == '\n')
            ++begin;
        const qsizetype end = data.indexOf("endstream", begin);
        if (end < 0)
            break;
        z_stream z{};
        if (inflateInit(&z) == Z_OK) {
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData() + begin));
            z.avail_in = uInt(end - begin);
            char buffer[65536];
            int result = Z_OK;
            while (result == Z_OK) {
                z.next_out = reinterpret_cast<Bytef *>(buffer);
                z.avail_out = sizeof buffer;
                result = inflate(&z, Z_NO_FLUSH);
                out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
            }
            inflateEnd(&z);
        }
        out.append('\n');
        at = end + 9;
    }
    return out;
}

} // namespace trellis::test

namespace trellis::test {

double pageDifference(const QImage &a, const QImage &b, int shrink, int threshold)
{
    if (a.isNull() || b.isNull() || a.size() != b.size())
        return 1.0;
    const QSize small = a.size() / shrink;
    const QImage x = a.convertToFormat(QImage::Format_Grayscale8).scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage y = b.convertToFormat(QImage::Format_Grayscale8).scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 differing = 0;
    qint64 inked = 0;
    for (int row = 0; row < small.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int column = 0; column < small.width(); ++column) {
            if (p[column] < 245 || q[column] < 245)
                ++inked;
            if (std::abs(int(p[column]) - int(q[column])) > threshold)
                ++differing;
        }
    }
    return inked == 0 ? 0.0 : double(differing) / double(inked);
}

QImage referenceImage(const QImage &page, const QString &path)
{
    if (qEnvironmentVariableIsSet("TRELLIS_UPDATE_REFERENCES"))
        page.convertToFormat(QImage::Format_Grayscale8).save(path);
    return QImage(path);
}

} // namespace trellis::test
