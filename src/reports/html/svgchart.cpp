#include "reports/html/svgchart.h"

#include "reports/html/htmlreport.h"

#include <algorithm>
#include <cmath>

namespace trellis::reports {
namespace {

constexpr double kWidth = 720, kHeight = 300;

const QString kColours[] = {QStringLiteral("#2f6f8f"), QStringLiteral("#c0713a"), QStringLiteral("#6b8f2f"),
                            QStringLiteral("#8f2f6b")};

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

/// A round step for the value axis: 1, 2 or 5 times a power of ten, about five ticks high.
double tickStep(double max)
{
    if (max <= 0)
        return 1;
    const double raw = max / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return m * power;
    }
    return 10 * power;
}

} // namespace

double svgBarChartAspect()
{
    return kWidth / kHeight;
}

QString svgBarChart(const Chart &chart, SvgSize size)
{
    const double width = kWidth, height = kHeight, left = 60, right = 10, top = 30, bottom = 50;
    double max = 0;
    for (const ChartSeries &s : chart.series)
        for (double v : s.values)
            max = std::max(max, v);
    const double step = tickStep(max);
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    const double plotW = width - left - right, plotH = height - top - bottom;
    const qsizetype groups = std::max<qsizetype>(1, chart.categories.size());
    const double groupW = plotW / double(groups);
    const qsizetype nSeries = std::max<qsizetype>(1, chart.series.size());
    const double barW = std::max(1.0, groupW * 0.8 / double(nSeries));

    const QString dimensions = size == SvgSize::Intrinsic
        ? QStringLiteral(" width=\"%1pt\" height=\"%2pt\" font-family=\"Noto Sans, sans-serif\"").arg(width).arg(height)
        : QString(); // inline, the chart takes the page's fonts
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\"%3 role=\"img\" "
                                 "aria-label=\"%4\" direction=\"ltr\">\n")
                      .arg(width).arg(height).arg(dimensions, escapeHtml(chart.caption));
    if (size == SvgSize::Intrinsic)
        svg.prepend(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    svg += QStringLiteral("<text x=\"%1\" y=\"16\" font-size=\"11\" fill=\"#444\">%2</text>\n")
               .arg(left).arg(escapeHtml(chart.unit));
    for (double t = 0; t <= axisMax + step / 2; t += step) {
        const double y = top + plotH - t / axisMax * plotH;
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#ddd\"/>"
                              "<text x=\"%4\" y=\"%5\" font-size=\"10\" text-anchor=\"end\" fill=\"#444\">%6</text>\n")
                   .arg(number(left), number(width - right), number(y), number(left - 4), number(y + 3),
                        QString::number(t, 'g', 8));
    }
    const qsizetype labelEvery = std::max<qsizetype>(1, (groups + 11) / 12);
    for (qsizetype g = 0; g < chart.categories.size(); ++g) {
        const double x0 = left + double(g) * groupW + groupW * 0.1;
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            const double v = g < chart.series[s].values.size() ? chart.series[s].values[g] : 0;
            const double h = v / axisMax * plotH;
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
                       .arg(number(x0 + double(s) * barW), number(top + plotH - h), number(barW), number(h),
                            kColours[s % 4]);
        }
        if (g % labelEvery == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"10\" text-anchor=\"middle\" fill=\"#444\">%3</text>\n")
                       .arg(number(left + (double(g) + 0.5) * groupW), number(top + plotH + 14),
                            escapeHtml(chart.categories[g]));
    }
    svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" stroke=\"#1d1d1b\"/>\n")
               .arg(number(left), number(top), number(top + plotH));
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const double y = height - 14;
        const double x = left + double(s) * plotW / double(nSeries);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" font-size=\"11\" fill=\"#1d1d1b\" direction=\"ltr\" unicode-bidi=\"plaintext\">%6</text>\n")
                   .arg(number(x), number(y - 9), kColours[s % 4], number(x + 14), number(y), escapeHtml(chart.series[s].name));
    }
    return svg + QStringLiteral("</svg>\n");
}

} // namespace trellis::reports
