#include "reports/pdf/columnwidths.h"

#include <algorithm>
#include <numeric>

namespace trellis::reports {

std::vector<double> fitColumns(const std::vector<ColumnNeed> &columns, double body)
{
    const size_t count = columns.size();
    std::vector<double> widths(count, 0.0);
    if (count == 0)
        return widths;
    double sum = 0, figures = 0;
    size_t figureCount = 0;
    for (const ColumnNeed &c : columns) {
        sum += c.natural;
        if (c.figure) {
            figures += c.natural;
            ++figureCount;
        }
    }
    if (sum <= body) {
        const double extra = (body - sum) / double(count);
        for (size_t c = 0; c < count; ++c)
            widths[c] = columns[c].natural + extra;
        return widths;
    }

    const double floor = std::min(30.0, body / double(count));
    const bool keepFigures = figureCount > 0 && figures <= body * 2.0 / 3.0
        && figures + floor * double(count - figureCount) <= body;
    std::vector<bool> kept(count, false);
    double keptWidth = 0;
    for (size_t c = 0; c < count; ++c) {
        if (keepFigures && columns[c].figure) {
            kept[c] = true;
            keptWidth += columns[c].natural;
        }
    }
    const size_t others = count - (keepFigures ? figureCount : 0);
    if (others > 0) {
        const double evenShare = (body - keptWidth) / double(others);
        std::vector<bool> shortColumns(count, false);
        double shortWidth = 0;
        size_t shortCount = 0;
        for (size_t c = 0; c < count; ++c) {
            if (!kept[c] && columns[c].natural <= evenShare) {
                shortColumns[c] = true;
                shortWidth += columns[c].natural;
                ++shortCount;
            }
        }
        // Kept only while the wrapping columns still get their floor.
        if (keptWidth + shortWidth + floor * double(others - shortCount) <= body) {
            for (size_t c = 0; c < count; ++c)
                kept[c] = kept[c] || shortColumns[c];
            keptWidth += shortWidth;
        }
    }

    double rest = body - keptWidth;
    double lack = 0;
    for (size_t c = 0; c < count; ++c) {
        if (kept[c]) {
            widths[c] = columns[c].natural;
        } else {
            widths[c] = floor;
            rest -= floor;
            lack += std::max(0.0, columns[c].natural - floor);
        }
    }
    for (size_t c = 0; c < count; ++c) {
        if (!kept[c] && lack > 0)
            widths[c] += std::max(0.0, rest) * std::max(0.0, columns[c].natural - floor) / lack;
    }
    return widths;
}

} // namespace trellis::reports
