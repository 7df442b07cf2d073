#pragma once
// Reading back what the writers made, through poppler-utils: text, fonts, page count, pixels.

#include <QImage>
#include <QString>
#include <QStringList>

namespace trellis::test {

/// One row of `pdffonts`.
struct PdfFontRow {
    QString name;
    bool embedded = false;
    bool subset = false;
    bool unicode = false;
};

/// pdftotext of the whole file, or of one page (first page is 1) when page > 0.
QString pdfText(const QString &pdf, int page = 0);
/// pdffonts' rows.
QList<PdfFontRow> pdfFonts(const QString &pdf);
/// pdfinfo's "Pages:" and "Page size:" lines' values.
int pdfPageCount(const QString &pdf);
QString pdfPageSize(const QString &pdf);
/// One page rendered by pdftoppm at dpi, as an image (null when it failed).
QImage pdfPage(const QString &pdf, int page, int dpi);
/// Text as a reader searches it: no spaces, line breaks or bidi controls, ZWNJ/ZWJ dropped.
QString searchable(const QString &text);
/// The decompressed content of every stream in the file (for ActualText and ToUnicode checks).
QByteArray pdfStreams(const QString &pdf);

} // namespace trellis::test

namespace trellis::test {

/// How far apart two page images are once antialiasing is taken out: both in grey, shrunk by
/// `shrink` with smoothing; of the cells with ink on either page, the share (0..1) whose grey
/// differs by more than `threshold`.
double pageDifference(const QImage &a, const QImage &b, int shrink = 4, int threshold = 48);

/// The committed reference image at path, for page to be compared with; when the environment has
/// TRELLIS_UPDATE_REFERENCES, page (in grey) is saved there first. Null when there is none.
QImage referenceImage(const QImage &page, const QString &path);

} // namespace trellis::test
