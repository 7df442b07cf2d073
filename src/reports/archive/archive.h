#pragma once
// The bilingual archive a custodian hands on: every report as HTML, every table as CSV, an index
// that opens offline, the hand-over page, and a manifest that `sha256sum -c` verifies.

#include "reports/reportwriter.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace trellis::store {
class Workspace;
}

namespace trellis::reports {

/// What an archive is made of and for whom.
struct ArchiveRequest {
    QString first;        ///< the language pair (BCP 47)
    QString second;
    QString custodian;    ///< who receives the archive; may be empty
    QDate handedOverOn;   ///< the hand-over date; today when invalid
    QString uiLanguage;   ///< the language of labels
    bool zip = false;     ///< also pack the folder into one DIR.zip beside it
};

/// What an archive wrote.
struct ArchiveSummary {
    QStringList files;   ///< paths relative to the folder, sorted; MANIFEST.sha256 not included
    QStringList unchanged; ///< of those, sorted: files an earlier archive in the folder had byte for byte
    QString chainHead;   ///< hex, or empty
    qint64 chainEntries = 0;
    QString zipPath;     ///< set when a zip was written
};

/// Writes the archive into folder (created when missing). Every file but handover.html is a pure
/// function of the workspace and the pair, so an archive of an unchanged workspace has the same
/// bytes and hashes; a file whose bytes are unchanged is not rewritten. Each file is written through
/// a temporary file and renamed; the manifest is written last, so a stopped or failed archive never
/// has a manifest that claims files it lacks.
Result<ArchiveSummary> writeArchive(store::Workspace &workspace, const ArchiveRequest &request, const QString &folder,
                                    const WriteOptions &options = {});

} // namespace trellis::reports
