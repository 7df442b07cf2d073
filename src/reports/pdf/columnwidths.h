#pragma once
// How a PDF table shares the page's width among its columns.

#include <vector>

namespace trellis::reports {

/// One column as the width rule sees it: the width its widest sampled cell needs, and whether it
/// holds figures (end-aligned numbers, which never wrap when they can help it).
struct ColumnNeed {
    double natural = 0;
    bool figure = false;
};

/// The columns' widths, adding up to body. When every column fits, each gets its natural width
/// and an even part of what is left. When they do not: figures keep their natural width if
/// together they fit in two thirds of the page, then so does every column no wider than an even
/// share of what the figures leave (a date, a kind), so it never wraps; the long text columns
/// share the rest in proportion to what they lack and wrap. The widths never add up to more than
/// body.
std::vector<double> fitColumns(const std::vector<ColumnNeed> &columns, double body);

} // namespace trellis::reports
