#pragma once
// The pages of a PDF report: geometry, the running header and footer, and breaking bands of
// typeset text across pages at line boundaries (never clipping a line).

#include "reports/pdf/pdftypesetter.h"

#include <QString>

#include <functional>
#include <vector>

typedef struct _cairo cairo_t;

namespace trellis::reports {

/// A piece of typeset text placed at x (points from the page's left) in a band.
struct BandItem {
    const TypesetText *text = nullptr;
    double x = 0;
};

/// What every page carries: texts in the header's two columns and the footer's start.
struct PageFurniture {
    TypesetText title;       ///< the report's title (interface language)
    TypesetText firstFacts;  ///< alliance, period, date made in the first column's language
    TypesetText secondFacts; ///< the same in the second column's language
    TypesetText footerNote;  ///< the ledger chain's head, or nothing
};

/// Lays bands down the pages. With no cairo context it only counts pages (the first pass).
class PdfSheet {
public:
    struct Geometry {
        double width = 595.276;
        double height = 841.89;
        double margin = 42.52; ///< 15 mm
    };

    PdfSheet(cairo_t *cairo, Geometry geometry, const PdfTypesetter &typesetter, QString uiLanguage,
             i18n::TextDirection uiDirection);

    double left() const { return m_geometry.margin; }
    double right() const { return m_geometry.width - m_geometry.margin; }
    double bodyWidth() const { return right() - left(); }
    double y() const { return m_y; }
    int page() const { return m_page; }
    bool drawing() const { return m_cairo != nullptr; }
    cairo_t *cairo() const { return m_cairo; }

    /// Page furniture and the page count shown as "page n of m" (0: not known, "page n").
    void setFurniture(PageFurniture *furniture, int pageCount);
    /// Called after each page break (tables repeat their header through it).
    void setOnNewPage(std::function<void()> onNewPage) { m_onNewPage = std::move(onNewPage); }

    /// Starts the first page.
    void begin();
    /// Ends the last page.
    void finish();
    /// Adds vertical space (dropped at the top of a page).
    void skip(double points);
    /// Moves down by points that were drawn directly (a chart); the caller made room first.
    void advance(double points) { m_y += points; }
    /// Starts a new page unless the body still has `points` of room.
    void ensureRoom(double points);
    /// Places items side by side from the current y: kept together on one page when they fit on
    /// one, otherwise broken at line boundaries. Returns the band's top on its (first) page.
    double place(const std::vector<BandItem> &items, double padding = 0);
    /// Draws a horizontal rule across [x0, x1] at the current y.
    void rule(double x0, double x1, double grey, double width = 0.5);
    /// The room left on this page.
    double room() const { return bodyBottom() - m_y; }
    double bodyTop() const;
    double bodyBottom() const;
    void newPage();

private:
    void drawFurniture();
    void drawLines(const BandItem &item, size_t from, size_t to, double top);

    cairo_t *m_cairo;
    Geometry m_geometry;
    const PdfTypesetter &m_typesetter;
    QString m_uiLanguage;
    i18n::TextDirection m_uiDirection;
    PageFurniture *m_furniture = nullptr;
    int m_pageCount = 0;
    int m_page = 0;
    double m_y = 0;
    bool m_inNewPage = false;
    std::function<void()> m_onNewPage;
};

} // namespace trellis::reports
