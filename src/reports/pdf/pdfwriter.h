#pragma once
// Writes a report Document as PDF with Pango and Cairo: every script shaped and searchable,
// fonts embedded and subset, the two languages side by side each in its own direction.

#include "reports/document.h"
#include "util/result.h"

#include <QIODevice>
#include <QString>

#include <atomic>
#include <functional>

namespace trellis::reports {

/// Builds the document to write. Called twice (the first pass counts the pages for "page n of m";
/// a Document's row sources are single-pass), so it must build the same document both times.
using DocumentSource = std::function<Result<Document>()>;

/// Progress and stopping for a long export, shared by the PDF and ODT writers.
struct ExportControl {
    /// Called now and then with the rows written and the rows expected (-1 when not known).
    std::function<void(qint64 done, qint64 total)> progress;
    /// When it turns true the export stops, and nothing is left at the destination.
    const std::atomic<bool> *stop = nullptr;
    /// Whether the PDF names the moment it was made (CreationDate); off for the archive, where an
    /// unchanged report must keep its bytes and so its hash in the manifest.
    bool stampCreationDate = true;

    bool stopped() const { return stop && stop->load(std::memory_order_relaxed); }
};

/// The rows the document's tables will yield, from their size hints (-1 when one is unknown).
qint64 expectedTableRows(const Document &document);

/// The error a writer returns when ExportControl::stop turned true.
Error exportStoppedError();

/// Writes the document to path as PDF (A4 or Letter by its page locale). The file appears only
/// when complete: a failure or a stop leaves whatever was at path before untouched.
Status writePdf(const DocumentSource &source, const QString &path, const ExportControl &control = {});

/// Writes the document as PDF to device (the path version's work, for a caller that owns the file).
/// On a failure or a stop the device holds a partial PDF: the caller discards it.
Status writePdf(const DocumentSource &source, QIODevice &device, const ExportControl &control = {});

} // namespace trellis::reports
