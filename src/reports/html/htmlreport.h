#pragma once
// Writes a report as one self-contained HTML file: no script, lang and dir on every cell, print CSS.

#include "reports/reportwriter.h"

namespace trellis::reports {

/// The whole document as HTML5 (UTF-8): every field escaped, missing translations shown as
/// missing, tables streamed from their row sources, a chart as inline SVG, and print CSS for
/// A4 or Letter (by the document's page locale) with the title and page numbers in the margins.
Status writeHtml(const Document &doc, QIODevice &device, const WriteOptions &options = {});

/// Text with & < > " ' escaped for HTML content and attribute values.
QString escapeHtml(const QString &text);

} // namespace trellis::reports
