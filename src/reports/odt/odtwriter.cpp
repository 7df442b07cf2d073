#include "reports/odt/odtwriter.h"

#include "reports/html/svgchart.h"
#include "reports/odt/odfstyles.h"
#include "reports/pagesetup.h"
#include "util/log.h"

#include <zip.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>
#include <QTemporaryFile>
#include <QXmlStreamWriter>

namespace trellis::reports {

namespace {

const char *const kMimeType = "application/vnd.oasis.opendocument.text";

void writeNamespaces(QXmlStreamWriter &xml)
{
    const std::pair<const char *, const char *> namespaces[] = {
        {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
        {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
        {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
        {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
        {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
        {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
        {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
        {"xlink", "http://www.w3.org/1999/xlink"},
    };
    for (const auto &[prefix, uri] : namespaces)
        xml.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(prefix), QLatin1String(uri));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

/// A picture the body refers to, stored in the package under Pictures/.
struct OdfPicture {
    QString path;
    QByteArray bytes;
};

/// A length in millimetres as ODF writes it.
QString mm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

/// The width of the page's text area in millimetres.
double textWidthMm(const QString &pageLocale)
{
    const QPageLayout layout = reportPageLayout(pageLocale);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    return layout.pageSize().size(QPageSize::Millimeter).width() - margins.left() - margins.right();
}

/// The body of content.xml, written as the document is walked (rows streamed to a file).
class OdtBody {
public:
    OdtBody(QIODevice &out, OdfStyles &styles, const Document &document, const ExportControl &control)
        : m_xml(&out), m_styles(styles), m_document(document), m_control(control),
          m_ui(document.uiLanguage.isEmpty() ? QStringLiteral("en") : document.uiLanguage),
          m_uiDirection(i18n::textDirection(m_ui)),
          m_rtlFirst(document.first.direction == i18n::TextDirection::RightToLeft),
          m_expected(expectedTableRows(document))
    {
    }

    Status write()
    {
        paragraph(m_document.title, m_ui, m_uiDirection, OdfRole::Title);
        QList<const Row *> facts;
        for (const auto &fact : m_document.facts)
            facts.append(&fact);
        sideBySide(facts);
        for (const auto &section : m_document.sections)
            TRELLIS_TRY(this->section(section, 1));
        if (m_document.chain)
            chain(*m_document.chain);
        return m_xml.hasError() ? Status(makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::OdtWriter", "Cannot write the report."))) : Status{};
    }

    /// The pictures the body drew, to store in the package.
    const QList<OdfPicture> &pictures() const { return m_pictures; }

private:
    void paragraph(const QString &text, const QString &language, i18n::TextDirection direction, OdfRole role,
                   bool alignEnd = false)
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), m_styles.paragraph(language, direction, role, alignEnd));
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }

    void cellParagraphs(const Cell &cell, OdfRole role, bool alignEnd = false)
    {
        if (cell.isMissing()) {
            paragraph(QCoreApplication::translate("trellis::reports::OdtWriter", "missing translation"), m_ui, cell.direction, OdfRole::Missing, alignEnd);
            return;
        }
        paragraph(cell.text, cell.language, cell.direction, role, alignEnd);
        if (cell.status) {
            QString note;
            switch (*cell.status) {
            case domain::TranslationStatus::Machine: note = QCoreApplication::translate("trellis::reports::OdtWriter", "machine translation"); break;
            case domain::TranslationStatus::Human: note = QCoreApplication::translate("trellis::reports::OdtWriter", "human translation, not reviewed"); break;
            case domain::TranslationStatus::Reviewed: note = QCoreApplication::translate("trellis::reports::OdtWriter", "reviewed translation"); break;
            case domain::TranslationStatus::Missing:
            case domain::TranslationStatus::Original: break;
            }
            if (!note.isEmpty())
                paragraph(note, m_ui, cell.direction, OdfRole::Note);
        }
    }

    void startTable(const QString &name, qsizetype columns)
    {
        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"), name);
        m_xml.writeAttribute(QStringLiteral("table:style-name"),
                             m_rtlFirst ? QStringLiteral("ReportTableRtl") : QStringLiteral("ReportTable"));
        m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
        m_xml.writeAttribute(QStringLiteral("table:number-columns-repeated"), QString::number(columns));
    }

    void sideBySide(const QList<const Row *> &rows)
    {
        if (rows.isEmpty())
            return;
        startTable(QStringLiteral("SideBySide%1").arg(++m_tables), 2);
        for (const Row *row : rows) {
            m_xml.writeStartElement(QStringLiteral("table:table-row"));
            for (const Cell *cell : {&row->first, &row->second}) {
                m_xml.writeStartElement(QStringLiteral("table:table-cell"));
                m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("ReportCell"));
                m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
                if (!row->label.isEmpty())
                    paragraph(row->label, m_ui, m_uiDirection, OdfRole::Label);
                cellParagraphs(*cell, row->heading ? OdfRole::Heading : OdfRole::Text);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void tableRow(const QList<Cell> &cells, qsizetype columns, const QList<CellAlign> &align, OdfRole role)
    {
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        for (qsizetype c = 0; c < columns; ++c) {
            m_xml.writeStartElement(QStringLiteral("table:table-cell"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("ReportCell"));
            m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            cellParagraphs(cells.value(c), role, align.value(c, CellAlign::Start) == CellAlign::End);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    Status table(const Table &table)
    {
        if (table.header.isEmpty() || !table.rows)
            return {};
        if (!table.caption.isEmpty())
            paragraph(table.caption, m_ui, m_uiDirection, OdfRole::Heading);
        const qsizetype columns = table.header.size();
        startTable(QStringLiteral("Table%1").arg(++m_tables), columns);
        m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
        tableRow(table.header, columns, table.align, OdfRole::TableHeader);
        m_xml.writeEndElement();
        TableRow row;
        while (table.rows->next(row)) {
            if (m_control.stopped())
                return exportStoppedError();
            tableRow(row, columns, table.align, OdfRole::TableCell);
            if ((++m_rows & 255) == 0 && m_control.progress)
                m_control.progress(m_rows, m_expected);
        }
        m_xml.writeEndElement();
        return table.rows->status();
    }

    void chart(const Chart &chart)
    {
        // The bars as an SVG picture the width of the text, then the figures as a table: a reader
        // of the file (or of a screen reader) gets the numbers, not only their shapes.
        const QString caption = chart.unit.isEmpty() ? chart.caption : chart.caption + QStringLiteral(" (") + chart.unit + QLatin1Char(')');
        const QString path = QStringLiteral("Pictures/chart%1.svg").arg(m_pictures.size() + 1);
        m_pictures.append(OdfPicture{path, svgBarChart(chart, SvgSize::Intrinsic).toUtf8()});
        const double width = textWidthMm(m_document.pageLocale);
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), m_styles.paragraph(m_ui, m_uiDirection, OdfRole::Text));
        m_xml.writeStartElement(QStringLiteral("draw:frame"));
        m_xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("ChartPicture"));
        m_xml.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Chart%1").arg(m_pictures.size()));
        m_xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        m_xml.writeAttribute(QStringLiteral("svg:width"), mm(width));
        m_xml.writeAttribute(QStringLiteral("svg:height"), mm(width / svgBarChartAspect()));
        m_xml.writeEmptyElement(QStringLiteral("draw:image"));
        m_xml.writeAttribute(QStringLiteral("xlink:href"), path);
        m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        m_xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        m_xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        m_xml.writeAttribute(QStringLiteral("draw:mime-type"), QStringLiteral("image/svg+xml"));
        m_xml.writeTextElement(QStringLiteral("svg:title"), caption);
        m_xml.writeEndElement(); // draw:frame
        m_xml.writeEndElement(); // text:p

        const QLocale locale(m_ui);
        QList<Cell> header{Cell{m_ui, m_uiDirection, std::nullopt, QString(), QString()}};
        for (const auto &series : chart.series)
            header.append(Cell{m_ui, m_uiDirection, std::nullopt, series.name, QString()});
        QList<TableRow> rows;
        for (qsizetype c = 0; c < chart.categories.size(); ++c) {
            TableRow row{Cell{m_ui, m_uiDirection, std::nullopt, chart.categories.at(c), QString()}};
            for (const auto &series : chart.series)
                row.append(Cell{m_ui, m_uiDirection, std::nullopt, locale.toString(series.values.value(c, 0.0)), QString()});
            rows.append(row);
        }
        Table table;
        table.caption = caption;
        table.header = header;
        table.align = QList<CellAlign>(header.size(), CellAlign::End);
        table.align[0] = CellAlign::Start;
        table.rows = std::make_shared<RowList>(rows);
        (void)this->table(table);
    }

    Status section(const Section &section, int level)
    {
        if (m_control.stopped())
            return exportStoppedError();
        m_xml.writeStartElement(QStringLiteral("text:h"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"),
                             m_styles.paragraph(m_ui, m_uiDirection, OdfRole::SectionTitle));
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        m_xml.writeCharacters(section.title);
        m_xml.writeEndElement();
        QList<const Row *> rows;
        for (const auto &block : section.blocks) {
            if (const auto *r = std::get_if<Row>(&block)) {
                rows.append(r);
                continue;
            }
            sideBySide(rows);
            rows.clear();
            if (const auto *p = std::get_if<Paragraph>(&block))
                cellParagraphs(p->cell, OdfRole::Text);
            else if (const auto *t = std::get_if<Table>(&block))
                TRELLIS_TRY(table(*t));
            else if (const auto *c = std::get_if<Chart>(&block))
                chart(*c);
            else if (const auto *s = std::get_if<std::shared_ptr<Section>>(&block); s && *s)
                TRELLIS_TRY(this->section(**s, level + 1));
        }
        sideBySide(rows);
        return {};
    }

    void chain(const ChainHeadFact &chain)
    {
        Section section;
        section.title = QCoreApplication::translate("trellis::reports::OdtWriter", "Ledger chain");
        const QLocale firstLocale(m_document.first.language);
        const QLocale secondLocale(m_document.second.language);
        section.blocks.append(Row{QCoreApplication::translate("trellis::reports::OdtWriter", "Chain head (SHA-256)"),
                                  Cell::plain(chain.head.isEmpty() ? QCoreApplication::translate("trellis::reports::OdtWriter", "no entries posted") : chain.head),
                                  Cell::plain(QString()), false});
        section.blocks.append(Row{QCoreApplication::translate("trellis::reports::OdtWriter", "Entries covered"), Cell::figure(m_document.first, firstLocale.toString(chain.entries)),
                                  Cell::figure(m_document.second, secondLocale.toString(chain.entries)), false});
        section.blocks.append(Row{QCoreApplication::translate("trellis::reports::OdtWriter", "Verify with"), Cell::plain(chain.verifyCommand), Cell::plain(QString()), false});
        (void)this->section(section, 1);
    }

    QXmlStreamWriter m_xml;
    OdfStyles &m_styles;
    const Document &m_document;
    const ExportControl &m_control;
    QString m_ui;
    i18n::TextDirection m_uiDirection;
    bool m_rtlFirst;
    qint64 m_expected;
    qint64 m_rows = 0;
    int m_tables = 0;
    QList<OdfPicture> m_pictures;
};

void writeFontFaces(QXmlStreamWriter &xml, const QStringList &families)
{
    xml.writeStartElement(QStringLiteral("office:font-face-decls"));
    for (const QString &family : families) {
        xml.writeEmptyElement(QStringLiteral("style:font-face"));
        xml.writeAttribute(QStringLiteral("style:name"), family);
        xml.writeAttribute(QStringLiteral("svg:font-family"), QLatin1Char('\'') + family + QLatin1Char('\''));
    }
    xml.writeEndElement();
}

void writeTableStyles(QXmlStreamWriter &xml)
{
    for (const bool rtl : {false, true}) {
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), rtl ? QStringLiteral("ReportTableRtl") : QStringLiteral("ReportTable"));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
        xml.writeEmptyElement(QStringLiteral("style:table-properties"));
        xml.writeAttribute(QStringLiteral("style:rel-width"), QStringLiteral("100%"));
        xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
        xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("4pt"));
        xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("4pt"));
        xml.writeAttribute(QStringLiteral("style:writing-mode"), rtl ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
        xml.writeEndElement();
    }
    // A chart picture: on its own line, centred, drawn as the SVG gives it.
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("ChartPicture"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("graphic"));
    xml.writeEmptyElement(QStringLiteral("style:graphic-properties"));
    xml.writeAttribute(QStringLiteral("style:vertical-pos"), QStringLiteral("top"));
    xml.writeAttribute(QStringLiteral("style:vertical-rel"), QStringLiteral("baseline"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("4pt"));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("4pt"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("ReportCell"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
    xml.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("1.5pt"));
    xml.writeAttribute(QStringLiteral("fo:border-bottom"), QStringLiteral("0.5pt solid #d9d9d9"));
    xml.writeEndElement();
}

QByteArray contentHead(const OdfStyles &styles)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-content"));
    writeNamespaces(xml);
    writeFontFaces(xml, styles.families());
    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    writeTableStyles(xml);
    styles.write(xml);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("office:body"));
    xml.writeStartElement(QStringLiteral("office:text"));
    xml.writeCharacters(QString()); // closes the start tag: the body follows as bytes
    return out;
}

void writeFieldText(QXmlStreamWriter &xml, const QString &pattern)
{
    // "Page %1 of %2" with the page number and page count as fields, in the translation's order.
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype mark = pattern.indexOf(QLatin1Char('%'), at);
        if (mark < 0 || mark + 1 >= pattern.size()) {
            xml.writeCharacters(pattern.mid(at));
            break;
        }
        xml.writeCharacters(pattern.mid(at, mark - at));
        const QChar which = pattern.at(mark + 1);
        if (which == QLatin1Char('1')) {
            xml.writeStartElement(QStringLiteral("text:page-number"));
            xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
            xml.writeCharacters(QStringLiteral("1"));
            xml.writeEndElement();
        } else if (which == QLatin1Char('2')) {
            xml.writeTextElement(QStringLiteral("text:page-count"), QStringLiteral("1"));
        } else {
            xml.writeCharacters(pattern.mid(mark, 2));
        }
        at = mark + 2;
    }
}

QByteArray stylesXml(const Document &document)
{
    const QString ui = document.uiLanguage.isEmpty() ? QStringLiteral("en") : document.uiLanguage;
    const bool uiRtl = i18n::textDirection(ui) == i18n::TextDirection::RightToLeft;
    const QPageLayout layout = reportPageLayout(document.pageLocale);
    const QSizeF size = layout.pageSize().size(QPageSize::Millimeter);
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-styles"));
    writeNamespaces(xml);
    OdfStyles none;
    writeFontFaces(xml, none.families() << QStringLiteral("Noto Sans CJK JP") << QStringLiteral("Noto Sans Hebrew"));
    xml.writeStartElement(QStringLiteral("office:styles"));
    xml.writeStartElement(QStringLiteral("style:default-style"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    writeLanguageProperties(xml, ui);
    xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("9pt"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:style"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Furniture"));
    xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
    xml.writeAttribute(QStringLiteral("style:writing-mode"), uiRtl ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
    xml.writeEmptyElement(QStringLiteral("style:text-properties"));
    xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("7pt"));
    xml.writeAttribute(QStringLiteral("fo:color"), QStringLiteral("#595959"));
    xml.writeEndElement();
    xml.writeEndElement(); // office:styles

    xml.writeStartElement(QStringLiteral("office:automatic-styles"));
    xml.writeStartElement(QStringLiteral("style:page-layout"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("ReportPage"));
    xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
    xml.writeAttribute(QStringLiteral("fo:page-width"), mm(size.width()));
    xml.writeAttribute(QStringLiteral("fo:page-height"), mm(size.height()));
    xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QStringLiteral("fo:margin-top"), mm(margins.top()));
    xml.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(margins.bottom()));
    xml.writeAttribute(QStringLiteral("fo:margin-left"), mm(margins.left()));
    xml.writeAttribute(QStringLiteral("fo:margin-right"), mm(margins.right()));
    xml.writeAttribute(QStringLiteral("style:writing-mode"), uiRtl ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("office:master-styles"));
    xml.writeStartElement(QStringLiteral("style:master-page"));
    xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
    xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("ReportPage"));
    xml.writeStartElement(QStringLiteral("style:header"));
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Furniture"));
    xml.writeCharacters(document.title);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("style:footer"));
    xml.writeStartElement(QStringLiteral("text:p"));
    xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Furniture"));
    writeFieldText(xml, QCoreApplication::translate("trellis::reports::PdfWriter", "Page %1 of %2"));
    if (document.chain && !document.chain->head.isEmpty()) {
        xml.writeCharacters(QStringLiteral("  ·  "));
        xml.writeCharacters(QCoreApplication::translate("trellis::reports::OdtWriter", "Ledger chain head %1… · %2 entries")
                                .arg(document.chain->head.left(16), QLocale(ui).toString(document.chain->entries)));
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray metaXml(const Document &document)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    writeNamespaces(xml);
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Trellis"));
    xml.writeTextElement(QStringLiteral("dc:title"), document.title);
    xml.writeTextElement(QStringLiteral("dc:language"), document.first.language);
    xml.writeTextElement(QStringLiteral("meta:creation-date"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml(const QList<OdfPicture> &pictures)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    const std::pair<const char *, const char *> entries[] = {
        {"/", kMimeType}, {"content.xml", "text/xml"}, {"styles.xml", "text/xml"}, {"meta.xml", "text/xml"}};
    for (const auto &[path, type] : entries) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), QLatin1String(path));
        if (QLatin1String(path) == QLatin1String("/"))
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), QLatin1String(type));
    }
    for (const OdfPicture &picture : pictures) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), picture.path);
        xml.writeAttribute(QStringLiteral("manifest:media-type"), QStringLiteral("image/svg+xml"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

/// A zip archive being written; discarded unless closed.
class OdfPackage {
public:
    explicit OdfPackage(const QString &path)
    {
        int error = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!m_zip) {
            zip_error_t zipError;
            zip_error_init_with_code(&zipError, error);
            m_error = QString::fromUtf8(zip_error_strerror(&zipError));
            zip_error_fini(&zipError);
        }
    }
    ~OdfPackage()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    OdfPackage(const OdfPackage &) = delete;
    OdfPackage &operator=(const OdfPackage &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString error() const { return m_error; }

    bool add(const char *name, QByteArray bytes, bool store = false)
    {
        m_keep.append(std::move(bytes));
        const QByteArray &kept = m_keep.back();
        zip_source_t *source = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
        return addSource(name, source, store);
    }

    bool addFile(const char *name, const QString &path)
    {
        zip_source_t *source = zip_source_file(m_zip, QFile::encodeName(path).constData(), 0, -1);
        return addSource(name, source, false);
    }

    /// Writes the archive; it appears at its path only now.
    bool close()
    {
        if (zip_close(m_zip) != 0) {
            m_error = QString::fromUtf8(zip_strerror(m_zip));
            return false;
        }
        m_zip = nullptr;
        return true;
    }

private:
    bool addSource(const char *name, zip_source_t *source, bool store)
    {
        if (!source) {
            m_error = QString::fromUtf8(zip_strerror(m_zip));
            return false;
        }
        const zip_int64_t index = zip_file_add(m_zip, name, source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            m_error = QString::fromUtf8(zip_strerror(m_zip));
            return false;
        }
        zip_set_file_compression(m_zip, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
        return true;
    }

    zip_t *m_zip = nullptr;
    QString m_error;
    QList<QByteArray> m_keep;
};

} // namespace

Status writeOdt(const DocumentSource &source, const QString &path, const ExportControl &control)
{
    auto logger = log::get("reports");
    auto document = source();
    if (!document)
        return document.error();
    const QString name = QFileInfo(path).fileName();
    auto cannotWrite = [&](const QString &why) {
        return makeError(ErrorCode::Io, QCoreApplication::translate("trellis::reports::OdtWriter", "Cannot write %1: %2").arg(name, why));
    };

    // The body goes to a scratch file as rows stream; the styles it used are known at its end.
    QTemporaryFile body;
    QTemporaryFile content;
    if (!body.open() || !content.open())
        return cannotWrite(body.errorString());
    OdfStyles styles;
    QList<OdfPicture> pictures;
    {
        OdtBody writer(body, styles, *document, control);
        TRELLIS_TRY(writer.write());
        pictures = writer.pictures();
    }
    if (control.stopped())
        return exportStoppedError();
    content.write(contentHead(styles));
    body.seek(0);
    while (!body.atEnd()) {
        if (content.write(body.read(1 << 16)) < 0)
            return cannotWrite(content.errorString());
    }
    if (content.write("</office:text></office:body></office:document-content>\n") < 0 || !content.flush())
        return cannotWrite(content.errorString());

    OdfPackage package(path);
    if (!package.isOpen())
        return cannotWrite(package.error());
    // The mimetype first and stored, so the package announces itself at a fixed offset.
    if (!package.add("mimetype", QByteArray(kMimeType), true) || !package.add("META-INF/manifest.xml", manifestXml(pictures))
        || !package.addFile("content.xml", content.fileName()) || !package.add("styles.xml", stylesXml(*document))
        || !package.add("meta.xml", metaXml(*document)))
        return cannotWrite(package.error());
    for (const OdfPicture &picture : pictures) {
        if (!package.add(picture.path.toUtf8().constData(), picture.bytes))
            return cannotWrite(package.error());
    }
    if (control.stopped())
        return exportStoppedError();
    if (!package.close())
        return cannotWrite(package.error());
    logger->info("odt: written");
    return {};
}

} // namespace trellis::reports
