#include "reports/html/htmlreport.h"

#include "reports/html/htmlstyle.h"
#include "reports/html/svgchart.h"
#include "reports/reportlabels.h"

#include <QCoreApplication>
#include <QIODevice>

namespace trellis::reports {
namespace {

/// The writer's own words (labels of the page around the report's content).
class HtmlText {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)
public:
    static QString missing() { return tr("translation missing"); }
    static QString chainTitle() { return tr("Ledger chain"); }
    static QString chainHead() { return tr("Head (SHA-256)"); }
    static QString chainEntries() { return tr("Entries covered"); }
    static QString chainVerify() { return tr("Verify with"); }
    static QString chainEmpty() { return tr("Nothing is posted yet: the chain is empty."); }
};

QString dirOf(i18n::TextDirection direction)
{
    return direction == i18n::TextDirection::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

/// Buffers output and writes it in chunks; remembers the first write error.
class HtmlOut {
public:
    HtmlOut(QIODevice &device, const WriteOptions &options, qint64 expected)
        : m_device(device), m_options(options), m_expected(expected) {}
    HtmlOut &operator<<(const QString &text)
    {
        m_buffer += text.toUtf8();
        if (m_buffer.size() > (1 << 16))
            flush();
        return *this;
    }
    HtmlOut &operator<<(const char *text)
    {
        m_buffer += text;
        return *this;
    }
    void flush()
    {
        if (m_status && m_device.write(m_buffer) != m_buffer.size())
            m_status = makeError(ErrorCode::Io, QCoreApplication::translate("HtmlReport", "Writing the report failed: %1")
                                                    .arg(m_device.errorString()));
        m_buffer.clear();
    }
    /// Counts a row; false when the caller should stop (asked to, or a write failed).
    bool row()
    {
        ++m_rows;
        if (m_options.keepGoing && m_rows % 256 == 0 && !m_options.keepGoing(m_rows, m_expected)) {
            m_status = stoppedError();
            return false;
        }
        return m_status.ok();
    }
    bool finish()
    {
        flush();
        if (m_status && m_options.keepGoing && !m_options.keepGoing(m_rows, m_expected))
            m_status = stoppedError();
        return m_status.ok();
    }
    Status &status() { return m_status; }

private:
    QIODevice &m_device;
    const WriteOptions &m_options;
    qint64 m_expected;
    qint64 m_rows = 0;
    QByteArray m_buffer;
    Status m_status;
};

/// The attributes of a cell: its language and direction (dir="auto" for text in no language).
QString cellAttributes(const Cell &cell, const QString &uiLanguage)
{
    if (cell.language.isEmpty())
        return QStringLiteral(" lang=\"%1\" dir=\"auto\"").arg(escapeHtml(uiLanguage));
    return QStringLiteral(" lang=\"%1\" dir=\"%2\"").arg(escapeHtml(cell.language), dirOf(cell.direction));
}

/// A cell's content: its text (line breaks kept), or the missing mark; its status when it has one.
QString cellContent(const Cell &cell, const QString &uiLanguage)
{
    if (cell.isMissing())
        return QStringLiteral("<span class=\"missing\" lang=\"%1\">%2</span>").arg(escapeHtml(uiLanguage),
                                                                                   escapeHtml(HtmlText::missing()));
    QString html = escapeHtml(cell.text).replace(u'\n', QStringLiteral("<br>"));
    if (cell.status && *cell.status != domain::TranslationStatus::Original)
        html += QStringLiteral(" <span class=\"status\" lang=\"%1\" dir=\"auto\">%2</span>")
                    .arg(escapeHtml(uiLanguage), escapeHtml(statusLabel(*cell.status)));
    return html;
}

QString td(const Cell &cell, const QString &uiLanguage, const QString &cls = QString())
{
    const QString classes = cell.isMissing() ? QStringLiteral("missing-cell ") + cls : cls;
    return QStringLiteral("<td%1%2>%3</td>")
        .arg(cellAttributes(cell, uiLanguage),
             classes.trimmed().isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(classes.trimmed()),
             cellContent(cell, uiLanguage));
}

class HtmlWriter {
public:
    HtmlWriter(const Document &doc, HtmlOut &out) : m_doc(doc), m_out(out) {}

    void document()
    {
        const QString ui = escapeHtml(m_doc.uiLanguage);
        const QString uiDir = dirOf(i18n::textDirection(m_doc.uiLanguage));
        m_out << "<!DOCTYPE html>\n"
              << QStringLiteral("<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n").arg(ui, uiDir)
              << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              << "<meta name=\"generator\" content=\"Trellis\">\n"
              << QStringLiteral("<title>%1</title>\n<style>\n").arg(escapeHtml(pageTitle()))
              << reportStyle(m_doc.pageLocale, pageTitle()) << "</style>\n</head>\n<body>\n"
              << QStringLiteral("<header class=\"report-header\">\n<h1>%1</h1>\n").arg(escapeHtml(m_doc.title));
        rows(m_doc.facts, QStringLiteral("facts"));
        m_out << "</header>\n";
        chain();
        for (const Section &section : m_doc.sections) {
            if (!sectionHtml(section, 2))
                return;
        }
        m_out << "</body>\n</html>\n";
    }

private:
    QString uiDir() const { return dirOf(i18n::textDirection(m_doc.uiLanguage)); }

    QString pageTitle() const
    {
        return m_doc.title + QStringLiteral(" — ") + i18n::languageAutonym(m_doc.first.language) + QStringLiteral(" · ")
            + i18n::languageAutonym(m_doc.second.language);
    }

    /// A run of side-by-side rows as one two-column table, each language's name above its column.
    void rows(const QList<Row> &run, const QString &cls)
    {
        const QString ui = m_doc.uiLanguage;
        m_out << QStringLiteral("<table class=\"%1\">\n<colgroup><col class=\"side\"><col class=\"side\"></colgroup>\n<thead><tr>")
                     .arg(cls);
        for (const Column &c : {m_doc.first, m_doc.second})
            m_out << QStringLiteral("<th lang=\"%1\" dir=\"%2\">%3</th>")
                         .arg(escapeHtml(c.language), dirOf(c.direction), escapeHtml(i18n::languageAutonym(c.language)));
        m_out << "</tr></thead>\n<tbody>\n";
        for (const Row &row : run) {
            m_out << QStringLiteral("<tr class=\"label%1\"><th colspan=\"2\" lang=\"%2\" dir=\"auto\">%3</th></tr>\n")
                         .arg(row.heading ? QStringLiteral(" heading") : QString(), escapeHtml(ui), escapeHtml(row.label));
            m_out << QStringLiteral("<tr class=\"texts%1\">").arg(row.heading ? QStringLiteral(" heading") : QString())
                  << td(row.first, ui) << td(row.second, ui) << "</tr>\n";
        }
        m_out << "</tbody>\n</table>\n";
    }

    void chain()
    {
        if (!m_doc.chain)
            return;
        const ChainHeadFact &c = *m_doc.chain;
        m_out << QStringLiteral("<section class=\"chain\">\n<h2>%1</h2>\n<dl>\n").arg(escapeHtml(HtmlText::chainTitle()));
        if (c.head.isEmpty()) {
            m_out << QStringLiteral("<dd>%1</dd>\n").arg(escapeHtml(HtmlText::chainEmpty()));
        } else {
            m_out << QStringLiteral("<dt>%1</dt><dd><code dir=\"ltr\">%2</code></dd>\n")
                         .arg(escapeHtml(HtmlText::chainHead()), escapeHtml(c.head))
                  << QStringLiteral("<dt>%1</dt><dd dir=\"ltr\">%2</dd>\n")
                         .arg(escapeHtml(HtmlText::chainEntries()), QString::number(c.entries))
                  << QStringLiteral("<dt>%1</dt><dd><code dir=\"ltr\">%2</code></dd>\n")
                         .arg(escapeHtml(HtmlText::chainVerify()), escapeHtml(c.verifyCommand));
        }
        m_out << "</dl>\n</section>\n";
    }

    bool sectionHtml(const Section &section, int level)
    {
        const int h = std::min(level, 6);
        // Titles are in the interface language, names in them isolated: they run in its direction
        // (dir="auto" would take an Arabic title's direction for "(version 2)" too).
        m_out << QStringLiteral("<section>\n<h%1 dir=\"%2\">%3</h%1>\n").arg(h).arg(uiDir(), escapeHtml(section.title));
        QList<Row> run;
        const auto flushRun = [&] {
            if (!run.isEmpty())
                rows(run, QStringLiteral("sbs"));
            run.clear();
        };
        for (const Block &block : section.blocks) {
            if (const auto *row = std::get_if<Row>(&block)) {
                run.append(*row);
                continue;
            }
            flushRun();
            if (const auto *p = std::get_if<Paragraph>(&block)) {
                m_out << QStringLiteral("<p%1>%2</p>\n").arg(cellAttributes(p->cell, m_doc.uiLanguage),
                                                            cellContent(p->cell, m_doc.uiLanguage));
            } else if (const auto *table = std::get_if<Table>(&block)) {
                if (!tableHtml(*table))
                    return false;
            } else if (const auto *chart = std::get_if<Chart>(&block)) {
                m_out << QStringLiteral("<figure class=\"chart\">\n") << svgBarChart(*chart)
                      << QStringLiteral("<figcaption dir=\"auto\">%1</figcaption>\n</figure>\n").arg(escapeHtml(chart->caption));
            } else if (const auto *sub = std::get_if<std::shared_ptr<Section>>(&block)) {
                if (!sectionHtml(**sub, level + 1))
                    return false;
            }
        }
        flushRun();
        m_out << "</section>\n";
        return m_out.status().ok();
    }

    bool tableHtml(const Table &table)
    {
        const QString ui = m_doc.uiLanguage;
        m_out << "<table class=\"data\">\n";
        if (!table.caption.isEmpty())
            m_out << QStringLiteral("<caption dir=\"auto\">%1</caption>\n").arg(escapeHtml(table.caption));
        m_out << "<thead><tr>";
        for (const Cell &h : table.header)
            m_out << QStringLiteral("<th%1>%2</th>").arg(cellAttributes(h, ui), escapeHtml(h.text));
        m_out << "</tr></thead>\n<tbody>\n";
        TableRow row;
        qint64 count = 0;
        while (table.rows && table.rows->next(row)) {
            m_out << "<tr>";
            for (qsizetype i = 0; i < row.size(); ++i) {
                const bool end = i < table.align.size() && table.align[i] == CellAlign::End;
                m_out << td(row[i], ui, end ? QStringLiteral("num") : QString());
            }
            m_out << "</tr>\n";
            ++count;
            if (!m_out.row())
                return false;
        }
        if (table.rows) {
            Status read = table.rows->status();
            if (!read) {
                m_out.status() = read;
                return false;
            }
        }
        if (count == 0)
            m_out << QStringLiteral("<tr><td colspan=\"%1\" class=\"empty\" dir=\"auto\">—</td></tr>\n").arg(table.header.size());
        m_out << "</tbody>\n</table>\n";
        return true;
    }

    const Document &m_doc;
    HtmlOut &m_out;
};

} // namespace

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QStringLiteral("&amp;"); break;
        case u'<': out += QStringLiteral("&lt;"); break;
        case u'>': out += QStringLiteral("&gt;"); break;
        case u'"': out += QStringLiteral("&quot;"); break;
        case u'\'': out += QStringLiteral("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

Status writeHtml(const Document &doc, QIODevice &device, const WriteOptions &options)
{
    HtmlOut out(device, options, expectedRows(doc));
    HtmlWriter(doc, out).document();
    out.finish();
    return out.status();
}

} // namespace trellis::reports
