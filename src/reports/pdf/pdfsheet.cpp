#include "reports/pdf/pdfsheet.h"

#include <pango/pangocairo.h>

#include <QCoreApplication>

#include <algorithm>

namespace trellis::reports {

namespace {
constexpr double kHeaderHeight = 40;
constexpr double kFooterHeight = 22;
} // namespace

PdfSheet::PdfSheet(cairo_t *cairo, Geometry geometry, const PdfTypesetter &typesetter, QString uiLanguage,
                   i18n::TextDirection uiDirection)
    : m_cairo(cairo), m_geometry(geometry), m_typesetter(typesetter), m_uiLanguage(std::move(uiLanguage)),
      m_uiDirection(uiDirection)
{
}

void PdfSheet::setFurniture(PageFurniture *furniture, int pageCount)
{
    m_furniture = furniture;
    m_pageCount = pageCount;
}

double PdfSheet::bodyTop() const
{
    return m_geometry.margin + kHeaderHeight;
}

double PdfSheet::bodyBottom() const
{
    return m_geometry.height - m_geometry.margin - kFooterHeight;
}

void PdfSheet::begin()
{
    m_page = 1;
    m_y = bodyTop();
    drawFurniture();
}

void PdfSheet::finish()
{
    if (m_cairo)
        cairo_show_page(m_cairo);
}

void PdfSheet::newPage()
{
    if (m_cairo)
        cairo_show_page(m_cairo);
    ++m_page;
    m_y = bodyTop();
    drawFurniture();
    if (m_onNewPage && !m_inNewPage) {
        m_inNewPage = true;
        m_onNewPage();
        m_inNewPage = false;
    }
}

void PdfSheet::skip(double points)
{
    if (m_y > bodyTop())
        m_y = std::min(m_y + points, bodyBottom());
}

void PdfSheet::ensureRoom(double points)
{
    if (room() < points && m_y > bodyTop())
        newPage();
}

void PdfSheet::drawLines(const BandItem &item, size_t from, size_t to, double top)
{
    if (!m_cairo || from >= to)
        return;
    const auto &lines = item.text->lines();
    const double shift = lines[from].top;
    cairo_set_source_rgb(m_cairo, item.text->grey(), item.text->grey(), item.text->grey());
    for (size_t i = from; i < to; ++i) {
        PangoLayoutLine *line = pango_layout_get_line_readonly(item.text->layout(), static_cast<int>(i));
        cairo_move_to(m_cairo, item.x + lines[i].x, top + lines[i].baseline - shift);
        pango_cairo_show_layout_line(m_cairo, line);
    }
}

double PdfSheet::place(const std::vector<BandItem> &items, double padding)
{
    // Texts in different fonts side by side share their first baseline.
    std::vector<double> lift(items.size(), 0.0);
    double baseline = 0;
    for (const auto &item : items) {
        if (!item.text->lines().empty())
            baseline = std::max(baseline, item.text->lines().front().baseline);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (!items[i].text->lines().empty())
            lift[i] = baseline - items[i].text->lines().front().baseline;
    }
    double total = 0;
    for (size_t i = 0; i < items.size(); ++i)
        total = std::max(total, items[i].text->height() + lift[i]);
    total += 2 * padding;
    // Keep the band on one page when it fits on a fresh one.
    if (total > room() && total <= bodyBottom() - bodyTop() && m_y > bodyTop())
        newPage();
    const double firstTop = m_y;

    std::vector<size_t> next(items.size(), 0);
    auto remaining = [&] {
        for (size_t i = 0; i < items.size(); ++i) {
            if (next[i] < items[i].text->lines().size())
                return true;
        }
        return false;
    };
    m_y += padding;
    bool firstPage = true;
    bool freshPage = firstTop <= bodyTop();
    while (remaining()) {
        const double avail = bodyBottom() - m_y;
        double used = 0;
        bool placedAny = false;
        for (size_t i = 0; i < items.size(); ++i) {
            const auto &lines = items[i].text->lines();
            const size_t from = next[i];
            const double shift = firstPage ? lift[i] : 0.0;
            size_t to = from;
            while (to < lines.size() && lines[to].bottom - lines[from].top + shift <= avail)
                ++to;
            // A single line taller than a whole page body still goes somewhere: on its own page.
            if (to == from && from < lines.size() && freshPage)
                to = from + 1;
            if (to > from) {
                drawLines(items[i], from, to, m_y + shift);
                used = std::max(used, lines[to - 1].bottom - lines[from].top + shift);
                next[i] = to;
                placedAny = true;
            }
        }
        m_y += used;
        firstPage = false;
        freshPage = false;
        if (remaining() || !placedAny) {
            newPage();
            freshPage = true;
        }
    }
    m_y += padding;
    return firstTop;
}

void PdfSheet::rule(double x0, double x1, double grey, double width)
{
    if (!m_cairo)
        return;
    cairo_set_source_rgb(m_cairo, grey, grey, grey);
    cairo_set_line_width(m_cairo, width);
    cairo_move_to(m_cairo, x0, m_y);
    cairo_line_to(m_cairo, x1, m_y);
    cairo_stroke(m_cairo);
}

void PdfSheet::drawFurniture()
{
    if (!m_cairo || !m_furniture)
        return;
    const double top = m_geometry.margin;
    const double half = (bodyWidth() - 14) / 2;
    // The title spans the page; the facts sit in the columns the body uses.
    drawLines({&m_furniture->title, left()}, 0, m_furniture->title.lines().size(), top);
    const double factsTop = top + m_furniture->title.height() + 2;
    const bool firstOnRight = m_furniture->firstFacts.layout()
                              && pango_context_get_base_dir(pango_layout_get_context(m_furniture->firstFacts.layout()))
                                     == PANGO_DIRECTION_RTL;
    const double firstX = firstOnRight ? left() + half + 14 : left();
    const double secondX = firstOnRight ? left() : left() + half + 14;
    drawLines({&m_furniture->firstFacts, firstX}, 0, std::min<size_t>(2, m_furniture->firstFacts.lines().size()),
              factsTop);
    drawLines({&m_furniture->secondFacts, secondX}, 0,
              std::min<size_t>(2, m_furniture->secondFacts.lines().size()), factsTop);
    cairo_set_source_rgb(m_cairo, 0.6, 0.6, 0.6);
    cairo_set_line_width(m_cairo, 0.5);
    cairo_move_to(m_cairo, left(), bodyTop() - 6);
    cairo_line_to(m_cairo, right(), bodyTop() - 6);
    cairo_stroke(m_cairo);

    const QString pageText = m_pageCount > 0
                                 ? QCoreApplication::translate("trellis::reports::PdfWriter", "Page %1 of %2")
                                       .arg(m_page)
                                       .arg(m_pageCount)
                                 : QCoreApplication::translate("trellis::reports::PdfWriter", "Page %1").arg(m_page);
    const TextStyle small{7.0, false, false, 0.35};
    const TypesetText pageNumber =
        m_typesetter.set(pageText, m_uiLanguage, m_uiDirection, bodyWidth(), small, TextAlign::End);
    const double footerTop = bodyBottom() + 8;
    drawLines({&pageNumber, left()}, 0, pageNumber.lines().size(), footerTop);
    drawLines({&m_furniture->footerNote, left()}, 0, m_furniture->footerNote.lines().size(), footerTop);
}

} // namespace trellis::reports
