#include "reports/pdf/pdfwriter.h"

#include "reports/pagesetup.h"
#include "reports/pdf/pdfchart.h"
#include "reports/pdf/columnwidths.h"
#include "reports/pdf/pdfaupdate.h"
#include "reports/pdf/pdfsheet.h"
#include "reports/pdf/pdftypesetter.h"
#include "util/log.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QSaveFile>
#include <QSizeF>

#include <algorithm>
#include <cmath>

namespace trellis::reports {

namespace {

constexpr double kGutter = 14;
constexpr qsizetype kWidthSampleRows = 48;
const TextStyle kBody{9.0};
const TextStyle kLabel{7.0, false, false, 0.4};
const TextStyle kNote{6.5, false, true, 0.45};
const TextStyle kMissing{8.5, false, true, 0.45};
const TextStyle kHeading{10.5, true};
const TextStyle kTableHeader{7.5, true, false, 0.15};
const TextStyle kTableCell{8.0};

QString statusNote(const Cell &cell)
{
    if (!cell.status)
        return {};
    switch (*cell.status) {
    case domain::TranslationStatus::Machine: return QCoreApplication::translate("trellis::reports::PdfWriter", "machine translation");
    case domain::TranslationStatus::Human: return QCoreApplication::translate("trellis::reports::PdfWriter", "human translation, not reviewed");
    case domain::TranslationStatus::Reviewed: return QCoreApplication::translate("trellis::reports::PdfWriter", "reviewed translation");
    case domain::TranslationStatus::Missing:
    case domain::TranslationStatus::Original: return {};
    }
    return {};
}

qint64 rowsExpected(const QList<Block> &blocks)
{
    qint64 total = 0;
    for (const auto &block : blocks) {
        if (const auto *table = std::get_if<Table>(&block)) {
            const qint64 hint = table->rows ? table->rows->sizeHint() : 0;
            if (hint < 0)
                return -1;
            total += hint;
        } else if (const auto *section = std::get_if<std::shared_ptr<Section>>(&block)) {
            const qint64 inner = *section ? rowsExpected((*section)->blocks) : 0;
            if (inner < 0)
                return -1;
            total += inner;
        }
    }
    return total;
}

} // namespace

qint64 expectedTableRows(const Document &document)
{
    qint64 total = 0;
    for (const auto &section : document.sections) {
        const qint64 inner = rowsExpected(section.blocks);
        if (inner < 0)
            return -1;
        total += inner;
    }
    return total;
}

Error exportStoppedError()
{
    return makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::PdfWriter", "The export was stopped; nothing was written."));
}

namespace {

/// One pass over a document: lays it out on a sheet (drawing when the sheet has a cairo context).
class PdfComposer {
public:
    PdfComposer(PdfSheet &sheet, const PdfTypesetter &typesetter, const Document &document,
                const ExportControl &control, qint64 rowsBefore, qint64 rowsTotal)
        : m_sheet(sheet), m_typesetter(typesetter), m_document(document), m_control(control),
          m_ui(document.uiLanguage.isEmpty() ? QStringLiteral("en") : document.uiLanguage),
          m_uiDirection(i18n::textDirection(m_ui)), m_rowsDone(rowsBefore), m_rowsTotal(rowsTotal)
    {
        m_columnWidth = (sheet.bodyWidth() - kGutter) / 2;
        const bool firstOnRight = document.first.direction == i18n::TextDirection::RightToLeft;
        m_firstX = firstOnRight ? sheet.left() + m_columnWidth + kGutter : sheet.left();
        m_secondX = firstOnRight ? sheet.left() : sheet.left() + m_columnWidth + kGutter;
        m_mirrorTables = firstOnRight;
    }

    Status compose()
    {
        const TypesetText title =
            m_typesetter.set(m_document.title, m_ui, m_uiDirection, m_sheet.bodyWidth(), TextStyle{16, true});
        m_sheet.place({{&title, m_sheet.left()}});
        m_sheet.skip(6);
        for (const auto &fact : m_document.facts)
            row(fact);
        if (m_control.stopped())
            return exportStoppedError();
        for (const auto &section : m_document.sections)
            TRELLIS_TRY(this->section(section, 0));
        if (m_document.chain)
            chain(*m_document.chain);
        return {};
    }

private:
    TypesetText cellText(const Cell &cell, double width, const TextStyle &style, TextAlign align = TextAlign::Start) const
    {
        if (cell.isMissing())
            return m_typesetter.set(QCoreApplication::translate("trellis::reports::PdfWriter", "missing translation"), m_ui, cell.direction, width, kMissing, align);
        return m_typesetter.set(cell.text, cell.language, cell.direction, width, style, align);
    }

    void row(const Row &row)
    {
        const TextStyle style = row.heading ? kHeading : kBody;
        TypesetText label;
        if (!row.label.isEmpty())
            label = m_typesetter.set(row.label, m_ui, m_uiDirection, m_sheet.bodyWidth(), kLabel);
        TypesetText first = cellText(row.first, m_columnWidth, style);
        TypesetText second = cellText(row.second, m_columnWidth, style);
        // A label stays with at least the first lines of its texts.
        const double firstLines = std::min(first.lines().empty() ? 0.0 : first.lines().front().bottom,
                                           second.lines().empty() ? 0.0 : second.lines().front().bottom);
        m_sheet.ensureRoom(label.height() + firstLines + 2);
        m_sheet.skip(row.heading ? 6 : 2);
        if (label.layout())
            m_sheet.place({{&label, m_sheet.left()}});
        m_sheet.place({{&first, m_firstX}, {&second, m_secondX}});
        const QString firstNote = statusNote(row.first);
        const QString secondNote = statusNote(row.second);
        if (!firstNote.isEmpty() || !secondNote.isEmpty()) {
            const TypesetText a = m_typesetter.set(firstNote, m_ui, row.first.direction, m_columnWidth, kNote);
            const TypesetText b = m_typesetter.set(secondNote, m_ui, row.second.direction, m_columnWidth, kNote);
            std::vector<BandItem> notes;
            if (!firstNote.isEmpty())
                notes.push_back({&a, m_firstX});
            if (!secondNote.isEmpty())
                notes.push_back({&b, m_secondX});
            m_sheet.place(notes);
        }
    }

    void paragraph(const Paragraph &paragraph)
    {
        const Cell &cell = paragraph.cell;
        const QString language = cell.language.isEmpty() ? m_ui : cell.language;
        const auto direction = cell.language.isEmpty() ? m_uiDirection : cell.direction;
        const TypesetText text = cell.isMissing()
                                     ? m_typesetter.set(QCoreApplication::translate("trellis::reports::PdfWriter", "missing translation"), m_ui, direction,
                                                        m_sheet.bodyWidth(), kMissing)
                                     : m_typesetter.set(cell.text, language, direction, m_sheet.bodyWidth(), kBody);
        m_sheet.skip(3);
        m_sheet.place({{&text, m_sheet.left()}});
    }

    Status section(const Section &section, int depth)
    {
        if (m_control.stopped())
            return exportStoppedError();
        const TextStyle style{depth == 0 ? 13.0 : 11.0, true};
        const TypesetText title = m_typesetter.set(section.title, m_ui, m_uiDirection, m_sheet.bodyWidth(), style);
        m_sheet.skip(depth == 0 ? 14 : 8);
        m_sheet.ensureRoom(title.height() + 40);
        m_sheet.place({{&title, m_sheet.left()}});
        m_sheet.skip(2);
        for (const auto &block : section.blocks) {
            // Every block, not only table rows: a directory or a handbook is all rows and paragraphs.
            if (m_control.stopped())
                return exportStoppedError();
            if (const auto *p = std::get_if<Paragraph>(&block))
                paragraph(*p);
            else if (const auto *r = std::get_if<Row>(&block))
                row(*r);
            else if (const auto *t = std::get_if<Table>(&block))
                TRELLIS_TRY(table(*t));
            else if (const auto *c = std::get_if<Chart>(&block))
                chart(*c);
            else if (const auto *s = std::get_if<std::shared_ptr<Section>>(&block); s && *s)
                TRELLIS_TRY(this->section(**s, depth + 1));
        }
        return {};
    }

    void chart(const Chart &chart)
    {
        m_sheet.skip(6);
        m_sheet.ensureRoom(pdfChartHeight(chart) + 16);
        drawPdfChart(m_sheet, m_typesetter, chart, m_ui);
    }

    std::vector<double> columnWidths(const Table &table, const QList<TableRow> &sample) const
    {
        const qsizetype columns = table.header.size();
        std::vector<double> natural(size_t(columns), 24.0);
        auto measure = [&](const Cell &cell, qsizetype c, const TextStyle &style) {
            const double w = m_typesetter.naturalWidth(cell.text, cell.language, style) + 8;
            natural[size_t(c)] = std::max(natural[size_t(c)], std::min(w, m_sheet.bodyWidth() * 0.6));
        };
        for (qsizetype c = 0; c < columns; ++c)
            measure(table.header.at(c), c, kTableHeader);
        for (const auto &row : sample) {
            for (qsizetype c = 0; c < std::min(columns, row.size()); ++c)
                measure(row.at(c), c, kTableCell);
        }
        std::vector<ColumnNeed> needs(natural.size());
        for (qsizetype c = 0; c < columns; ++c)
            needs[size_t(c)] = {natural[size_t(c)], table.align.value(c, CellAlign::Start) == CellAlign::End};
        return fitColumns(needs, m_sheet.bodyWidth());
    }

    Status table(const Table &table)
    {
        if (table.header.isEmpty() || !table.rows)
            return {};
        const qsizetype columns = table.header.size();
        QList<TableRow> sample;
        TableRow pulled;
        bool more = true;
        while (sample.size() < kWidthSampleRows && (more = table.rows->next(pulled)))
            sample.append(std::move(pulled));
        const std::vector<double> widths = columnWidths(table, sample);
        std::vector<double> xs(widths.size());
        double at = m_mirrorTables ? m_sheet.right() : m_sheet.left();
        for (size_t c = 0; c < widths.size(); ++c) {
            xs[c] = m_mirrorTables ? at - widths[c] : at;
            at = m_mirrorTables ? at - widths[c] : at + widths[c];
        }
        auto alignOf = [&](qsizetype c) {
            return table.align.value(c, CellAlign::Start) == CellAlign::End ? TextAlign::End : TextAlign::Start;
        };
        auto placeCells = [&](const QList<Cell> &cells, const TextStyle &style) {
            std::vector<TypesetText> texts;
            texts.reserve(size_t(columns));
            std::vector<BandItem> items;
            for (qsizetype c = 0; c < columns; ++c) {
                const Cell cell = cells.value(c);
                texts.push_back(cellText(cell, widths[size_t(c)] - 6, style, alignOf(c)));
            }
            for (qsizetype c = 0; c < columns; ++c)
                items.push_back({&texts[size_t(c)], xs[size_t(c)] + 3});
            m_sheet.place(items, 2);
        };
        auto header = [&] {
            placeCells(table.header, kTableHeader);
            m_sheet.rule(m_sheet.left(), m_sheet.right(), 0.35, 0.7);
        };

        m_sheet.skip(6);
        TypesetText caption;
        if (!table.caption.isEmpty())
            caption = m_typesetter.set(table.caption, m_ui, m_uiDirection, m_sheet.bodyWidth(), TextStyle{9.0, true});
        m_sheet.ensureRoom(caption.height() + 48);
        if (caption.layout())
            m_sheet.place({{&caption, m_sheet.left()}});
        header();
        m_sheet.setOnNewPage(header);

        auto writeRow = [&](const TableRow &row) -> Status {
            if (m_control.stopped())
                return exportStoppedError();
            placeCells(row, kTableCell);
            m_sheet.rule(m_sheet.left(), m_sheet.right(), 0.85, 0.3);
            if ((++m_rowsDone & 255) == 0 && m_control.progress)
                m_control.progress(m_rowsDone, m_rowsTotal);
            return {};
        };
        Status status;
        for (const auto &row : sample) {
            status = writeRow(row);
            if (!status)
                break;
        }
        sample.clear();
        while (status && more && (more = table.rows->next(pulled)))
            status = writeRow(pulled);
        m_sheet.setOnNewPage({});
        TRELLIS_TRY(status);
        return table.rows->status();
    }

    void chain(const ChainHeadFact &chain)
    {
        Section section;
        section.title = QCoreApplication::translate("trellis::reports::PdfWriter", "Ledger chain");
        const Column first = m_document.first;
        const Column second = m_document.second;
        const QLocale firstLocale(first.language);
        const QLocale secondLocale(second.language);
        section.blocks.append(Row{QCoreApplication::translate("trellis::reports::PdfWriter", "Chain head (SHA-256)"), Cell::plain(chain.head.isEmpty() ? QCoreApplication::translate("trellis::reports::PdfWriter", "no entries posted") : chain.head),
                                  Cell::plain(QString()), false});
        section.blocks.append(Row{QCoreApplication::translate("trellis::reports::PdfWriter", "Entries covered"), Cell::figure(first, firstLocale.toString(chain.entries)),
                                  Cell::figure(second, secondLocale.toString(chain.entries)), false});
        section.blocks.append(Row{QCoreApplication::translate("trellis::reports::PdfWriter", "Verify with"), Cell::plain(chain.verifyCommand), Cell::plain(QString()), false});
        (void)this->section(section, 0);
    }

    PdfSheet &m_sheet;
    const PdfTypesetter &m_typesetter;
    const Document &m_document;
    const ExportControl &m_control;
    QString m_ui;
    i18n::TextDirection m_uiDirection;
    double m_columnWidth = 0;
    double m_firstX = 0;
    double m_secondX = 0;
    bool m_mirrorTables = false;
    qint64 m_rowsDone = 0;
    qint64 m_rowsTotal = -1;
};

QString joinedFacts(const Document &document, bool first)
{
    QStringList parts;
    for (const auto &fact : document.facts) {
        const Cell &cell = first ? fact.first : fact.second;
        if (!cell.isMissing() && !cell.text.isEmpty())
            parts << cell.text;
    }
    return parts.join(QStringLiteral("  ·  "));
}

PageFurniture furnitureFor(const Document &document, const PdfTypesetter &typesetter, double bodyWidth)
{
    const QString ui = document.uiLanguage.isEmpty() ? QStringLiteral("en") : document.uiLanguage;
    const auto uiDirection = i18n::textDirection(ui);
    const double column = (bodyWidth - kGutter) / 2;
    const TextStyle facts{7.0, false, false, 0.3};
    PageFurniture furniture;
    furniture.title = typesetter.set(document.title, ui, uiDirection, bodyWidth, TextStyle{8.0, true, false, 0.2});
    furniture.firstFacts =
        typesetter.set(joinedFacts(document, true), document.first.language, document.first.direction, column, facts);
    furniture.secondFacts = typesetter.set(joinedFacts(document, false), document.second.language,
                                           document.second.direction, column, facts);
    if (document.chain && !document.chain->head.isEmpty()) {
        const QString note = QCoreApplication::translate("trellis::reports::PdfWriter", "Ledger chain head %1… · %2 entries")
                                 .arg(document.chain->head.left(16), QLocale(ui).toString(document.chain->entries));
        furniture.footerNote = typesetter.set(note, ui, uiDirection, bodyWidth * 0.7, TextStyle{7.0, false, false, 0.35});
    }
    return furniture;
}

/// Runs one pass; returns the number of pages.
Result<int> composePass(cairo_t *cairo, PdfSheet::Geometry geometry, const PdfTypesetter &typesetter,
                        const Document &document, const ExportControl &control, int pageCount, qint64 rowsBefore,
                        qint64 rowsTotal)
{
    const QString ui = document.uiLanguage.isEmpty() ? QStringLiteral("en") : document.uiLanguage;
    PdfSheet sheet(cairo, geometry, typesetter, ui, i18n::textDirection(ui));
    PageFurniture furniture = furnitureFor(document, typesetter, sheet.bodyWidth());
    sheet.setFurniture(&furniture, pageCount);
    sheet.begin();
    PdfComposer composer(sheet, typesetter, document, control, rowsBefore, rowsTotal);
    TRELLIS_TRY(composer.compose());
    sheet.finish();
    return sheet.page();
}

/// Where cairo's bytes go: the destination, until the export is stopped.
struct PdfStream {
    QIODevice *device;
    const ExportControl *control;
    PdfAUpdate *archival;
};

cairo_status_t writeToDevice(void *closure, const unsigned char *data, unsigned int length)
{
    auto *stream = static_cast<PdfStream *>(closure);
    // A stop during cairo's closing work (subsetting and writing the fonts) ends it at the next write.
    if (stream->control->stopped())
        return CAIRO_STATUS_WRITE_ERROR;
    const auto *bytes = reinterpret_cast<const char *>(data);
    stream->archival->feed(bytes, qint64(length));
    const qint64 written = stream->device->write(bytes, qint64(length));
    return written == qint64(length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

} // namespace

Status writePdf(const DocumentSource &source, QIODevice &device, const ExportControl &control)
{
    auto logger = log::get("reports");
    PdfTypesetter typesetter;

    auto counting = source();
    if (!counting)
        return counting.error();
    const QPageLayout layout = reportPageLayout(counting->pageLocale);
    const QSizeF page = layout.pageSize().size(QPageSize::Point);
    PdfSheet::Geometry geometry;
    geometry.width = page.width();
    geometry.height = page.height();
    geometry.margin = layout.margins(QPageLayout::Point).left();
    const qint64 expected = expectedTableRows(*counting);
    const qint64 rowsTotal = expected < 0 ? -1 : 2 * expected;

    const auto pages = composePass(nullptr, geometry, typesetter, *counting, control, 0, 0, rowsTotal);
    if (!pages)
        return pages.error();
    const qint64 firstPassRows = expected < 0 ? 0 : expected;
    counting = Error{}; // the first pass's rows are spent; free them before the second
    if (control.stopped())
        return exportStoppedError();

    auto drawing = source();
    if (!drawing)
        return drawing.error();

    // Without a date (the archive's reports), the same document gives the same bytes. The title,
    // date and producer are written by the PDF/A update, which must repeat them in its metadata.
    PdfAUpdate archival(drawing->title, control.stampCreationDate ? QDateTime::currentDateTimeUtc() : QDateTime());
    PdfStream stream{&device, &control, &archival};
    cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(writeToDevice, &stream, geometry.width, geometry.height);
    // cairo's PDF 1.5, not 1.4: cairo writes the ActualText that makes shaped scripts searchable only
    // from 1.5 on. PDF/A-1 asks for a "%PDF-1.n" header and none of 1.5's object or xref streams
    // (which cairo 1.16 does not write).
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "");
    cairo_t *cairo = cairo_create(surface);
    const auto drawn = composePass(cairo, geometry, typesetter, *drawing, control, *pages, firstPassRows, rowsTotal);
    cairo_destroy(cairo);
    cairo_surface_finish(surface);
    const cairo_status_t cairoStatus = cairo_surface_status(surface);
    cairo_surface_destroy(surface);

    if (!drawn)
        return drawn.error();
    if (control.stopped())
        return exportStoppedError();
    if (cairoStatus != CAIRO_STATUS_SUCCESS) {
        logger->error("pdf: writing failed (cairo {})", int(cairoStatus));
        const auto *file = qobject_cast<const QFileDevice *>(&device);
        return makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::PdfWriter", "Cannot write %1: %2")
                                            .arg(file ? QFileInfo(file->fileName()).fileName() : QStringLiteral("PDF"),
                                                 device.errorString().isEmpty()
                                                     ? QString::fromUtf8(cairo_status_to_string(cairoStatus))
                                                     : device.errorString()));
    }
    auto update = archival.finish();
    if (!update)
        return update.error(); // its cause is logged
    if (device.write(*update) != update->size()) {
        const auto *file = qobject_cast<const QFileDevice *>(&device);
        return makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::PdfWriter", "Cannot write %1: %2")
                                            .arg(file ? QFileInfo(file->fileName()).fileName() : QStringLiteral("PDF"),
                                                 device.errorString()));
    }
    if (control.progress && rowsTotal >= 0)
        control.progress(rowsTotal, rowsTotal);
    logger->info("pdf: {} pages, {} table rows", *pages, expected);
    return {};
}

Status writePdf(const DocumentSource &source, const QString &path, const ExportControl &control)
{
    QSaveFile file(path);
    const auto cannotWrite = [&](const QString &why) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::PdfWriter", "Cannot write %1: %2")
                                            .arg(QFileInfo(path).fileName(), why));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    Status written = writePdf(source, file, control);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return cannotWrite(file.errorString());
    return {};
}

} // namespace trellis::reports
