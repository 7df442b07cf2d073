#pragma once
// Draws a report's bar chart (flows per period) straight onto the PDF page with Cairo.

#include "reports/document.h"

namespace trellis::reports {

class PdfSheet;
class PdfTypesetter;

/// The height the chart takes on the page, in points.
double pdfChartHeight(const Chart &chart);

/// Draws the chart at the sheet's current y across the body and moves below it. The caller
/// makes room for pdfChartHeight() first. Labels are in uiLanguage.
void drawPdfChart(PdfSheet &sheet, const PdfTypesetter &typesetter, const Chart &chart, const QString &uiLanguage);

} // namespace trellis::reports
