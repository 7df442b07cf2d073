#pragma once
// The style sheet of HTML reports: fonts per script, side-by-side columns, and print rules.

#include <QString>

namespace trellis::reports {

/// CSS for a report: the page size of pageLocale (A4, or Letter in the US and Canada), the title in
/// the top margin and page numbers in the bottom one, table headers repeated on every page, rows
/// never split, and a font stack per language so every script is drawn by a font made for it.
QString reportStyle(const QString &pageLocale, const QString &title);

} // namespace trellis::reports
