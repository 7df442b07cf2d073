#pragma once
// Writes a report Document as an OpenDocument text (.odt) package: both languages side by side,
// each paragraph with its direction, language and script fonts, header rows repeated on every page.

#include "reports/pdf/pdfwriter.h"

namespace trellis::reports {

/// Writes the document to path as ODT (ODF 1.3). Builds the document once. The package appears
/// only when complete: a failure or a stop leaves whatever was at path before untouched.
Status writeOdt(const DocumentSource &source, const QString &path, const ExportControl &control = {});

} // namespace trellis::reports
