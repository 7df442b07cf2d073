#pragma once
// A bar chart drawn as inline SVG from a report's chart data: no script, no external file.

#include "reports/document.h"

namespace trellis::reports {

/// How the chart is sized: inline in a page (it scales to its box), or as a file of its own.
enum class SvgSize { Fluid, Intrinsic };

/// Grouped bars, one group per category and one colour per series, with a value axis, the
/// categories below and a legend; every text escaped. Intrinsic gives the picture its width and
/// height in points, as an SVG file read by an office program needs.
QString svgBarChart(const Chart &chart, SvgSize size = SvgSize::Fluid);

/// The chart's width over its height.
double svgBarChartAspect();

} // namespace trellis::reports
