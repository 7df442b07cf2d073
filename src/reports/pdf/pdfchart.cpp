#include "reports/pdf/pdfchart.h"

#include "reports/pdf/pdfsheet.h"

#include <pango/pangocairo.h>

#include <cmath>

#include <QLocale>

#include <algorithm>
#include <array>

namespace trellis::reports {

namespace {

constexpr double kPlotHeight = 130;
constexpr double kAxisWidth = 44;
constexpr double kLabelHeight = 14;
constexpr double kLegendHeight = 14;
constexpr double kCaptionHeight = 14;

// Opaque colours that stay apart in greyscale print too.
constexpr std::array<std::array<double, 3>, 6> kPalette{{
    {0.16, 0.38, 0.62}, {0.85, 0.49, 0.13}, {0.30, 0.60, 0.32}, {0.62, 0.24, 0.42}, {0.45, 0.45, 0.45}, {0.10, 0.62, 0.66},
}};

double largest(const Chart &chart)
{
    double top = 0;
    for (const auto &series : chart.series) {
        for (double value : series.values)
            top = std::max(top, value);
    }
    return top;
}

} // namespace

double pdfChartHeight(const Chart &)
{
    return kCaptionHeight + kPlotHeight + kLabelHeight + kLegendHeight + 8;
}

void drawPdfChart(PdfSheet &sheet, const PdfTypesetter &typesetter, const Chart &chart, const QString &uiLanguage)
{
    const auto direction = i18n::textDirection(uiLanguage);
    const TextStyle captionStyle{8.5, true, false, 0.0};
    const TextStyle smallStyle{6.5, false, false, 0.3};
    const TypesetText caption = typesetter.set(chart.caption, uiLanguage, direction, sheet.bodyWidth(), captionStyle);
    sheet.place({{&caption, sheet.left()}});

    cairo_t *cr = sheet.cairo();
    const double top = sheet.y() + 4;
    const double plotLeft = sheet.left() + kAxisWidth;
    const double plotWidth = sheet.right() - plotLeft;
    const double bottom = top + kPlotHeight;
    const double maximum = largest(chart);
    const QLocale locale(uiLanguage);

    if (cr) {
        cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
        cairo_set_line_width(cr, 0.5);
        cairo_move_to(cr, plotLeft, top);
        cairo_line_to(cr, plotLeft, bottom);
        cairo_line_to(cr, plotLeft + plotWidth, bottom);
        cairo_stroke(cr);
    }
    const QString topLabel = chart.unit.isEmpty() ? locale.toString(maximum, 'g', 8)
                                                  : locale.toString(maximum, 'g', 8) + QLatin1Char(' ') + chart.unit;
    const TypesetText axisTop = typesetter.set(topLabel, uiLanguage, i18n::TextDirection::LeftToRight, kAxisWidth - 4,
                                               smallStyle, TextAlign::End);
    const TypesetText axisZero = typesetter.set(locale.toString(0), uiLanguage, i18n::TextDirection::LeftToRight,
                                                kAxisWidth - 4, smallStyle, TextAlign::End);
    // Drawn by hand at fixed places: the plot is one block that never breaks across pages.
    auto drawAt = [&](const TypesetText &text, double x, double y) {
        if (!cr || !text.layout())
            return;
        cairo_set_source_rgb(cr, text.grey(), text.grey(), text.grey());
        cairo_move_to(cr, x, y);
        pango_cairo_show_layout(cr, text.layout());
    };
    drawAt(axisTop, sheet.left(), top);
    drawAt(axisZero, sheet.left(), bottom - axisZero.height());

    const qsizetype groups = chart.categories.size();
    const qsizetype seriesCount = std::max<qsizetype>(1, chart.series.size());
    if (groups > 0) {
        const double groupWidth = plotWidth / double(groups);
        const double barWidth = std::max(0.5, groupWidth * 0.8 / double(seriesCount));
        // Label every category when they fit, else every k-th one.
        const qsizetype step = std::max<qsizetype>(1, qsizetype(std::ceil(36.0 / groupWidth)));
        for (qsizetype g = 0; g < groups; ++g) {
            const double groupLeft = plotLeft + groupWidth * double(g) + groupWidth * 0.1;
            for (qsizetype s = 0; s < chart.series.size(); ++s) {
                const double value = chart.series.at(s).values.value(g, 0.0);
                if (!cr || maximum <= 0 || value <= 0)
                    continue;
                const double h = kPlotHeight * value / maximum;
                const auto &colour = kPalette[size_t(s) % kPalette.size()];
                cairo_set_source_rgb(cr, colour[0], colour[1], colour[2]);
                cairo_rectangle(cr, groupLeft + barWidth * double(s), bottom - h, barWidth, h);
                cairo_fill(cr);
            }
            if (g % step == 0) {
                const double labelWidth = groupWidth * double(step);
                const TypesetText label = typesetter.set(chart.categories.at(g), uiLanguage, direction, labelWidth,
                                                         smallStyle, TextAlign::Centre);
                drawAt(label, plotLeft + groupWidth * double(g) + groupWidth / 2 - labelWidth / 2, bottom + 2);
            }
        }
    }

    double legendX = plotLeft;
    const double legendY = bottom + kLabelHeight + 2;
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const TypesetText name = typesetter.set(chart.series.at(s).name, uiLanguage, direction, 0, smallStyle);
        const double nameWidth = typesetter.naturalWidth(chart.series.at(s).name, uiLanguage, smallStyle);
        if (cr) {
            const auto &colour = kPalette[size_t(s) % kPalette.size()];
            cairo_set_source_rgb(cr, colour[0], colour[1], colour[2]);
            cairo_rectangle(cr, legendX, legendY + 2, 7, 7);
            cairo_fill(cr);
        }
        drawAt(name, legendX + 10, legendY);
        legendX += nameWidth + 24;
    }
    sheet.advance(4 + kPlotHeight + kLabelHeight + kLegendHeight + 4);
}

} // namespace trellis::reports
