#pragma once
// Saving a report as PDF or ODT, the paged formats: built from a DocumentSource (the PDF lays the
// report out twice to number its pages n of m), with the same options as saveReport.

#include "reports/pdf/pdfwriter.h"
#include "reports/reportwriter.h"

namespace trellis::reports {

/// Whether format is written by savePaged rather than by a ReportWriter.
bool isPagedFormat(ReportFormat format);

/// Writes the report from source to path as PDF or ODT. keepGoing in options is asked every few
/// hundred rows; when it says stop, the writer returns stoppedError() and nothing is left at path.
Status savePaged(const DocumentSource &source, ReportFormat format, const QString &path,
                 const WriteOptions &options = {});

} // namespace trellis::reports
