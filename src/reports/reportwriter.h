#pragma once
// The formats a report is written in, the writer of each, and saving that never leaves half a file.

#include "reports/document.h"

#include <QString>

#include <functional>
#include <optional>

class QIODevice;

namespace trellis::reports {

/// The formats of a report file.
enum class ReportFormat { Html, Csv, Pdf, Odt };

/// "html", "csv", "pdf", "odt": the command line's names and the files' suffixes.
QString reportFormatKey(ReportFormat format);
std::optional<ReportFormat> reportFormatFromKey(const QString &key);

/// What a writer is told while it writes.
struct WriteOptions {
    /// Called now and then with the rows written so far (and the rows expected, -1 when unknown);
    /// returning false stops the writer, which then returns a "stopped" error.
    std::function<bool(qint64 rows, qint64 expected)> keepGoing;
};

/// Writes a document to a device in one format; pulls every table's rows once.
using ReportWriter = std::function<Status(const Document &, QIODevice &, const WriteOptions &)>;

/// The writer of a format, or nothing when this build has none (PDF and ODT come from their own
/// writers in reports/pdf and reports/odt; see formats in reportwriter.cpp).
std::optional<ReportWriter> writerFor(ReportFormat format);

/// The error a writer returns when keepGoing said stop.
Error stoppedError();
bool isStopped(const Error &error);

/// The rows a document's tables expect in all, from their sources' size hints (-1: unknown).
qint64 expectedRows(const Document &doc);

/// Writes the document to path through a temporary file in path's folder, renamed over path only
/// when everything was written: an error or a stop leaves nothing (and any older file untouched).
Status saveReport(const Document &doc, ReportFormat format, const QString &path, const WriteOptions &options = {});

/// The same, for any content: write fills the device; path appears only when it succeeds.
Status saveAtomically(const QString &path, const std::function<Status(QIODevice &)> &write);

} // namespace trellis::reports
