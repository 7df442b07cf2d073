#pragma once
// A bar chart drawn as inline SVG from a report's chart data: no script, no external file.

#include "reports/document.h"

namespace trellis::reports {

/// Grouped bars, one group per category and one colour per series, with a value axis, the
/// categories below and a legend; every text escaped.
QString svgBarChart(const Chart &chart);

} // namespace trellis::reports
