#pragma once
// Where Trellis keeps its own files (the default workspace, logs, recovery drafts), private to the user.

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace trellis::datafolder {

/// `<generic data root>/trellis`, e.g. `~/.local/share/trellis` (what the README promises).
QString path();

/// The folder earlier builds used by accident (`~/.local/share/trellis/trellis`).
QString legacyPath();

/// What prepare() did, for the log and for callers that remember paths (the recent-workspaces list).
struct Preparation {
    QString folder;             ///< the data folder, existing and 0700
    QStringList moved;          ///< names moved from the legacy folder
    QStringList leftBehind;     ///< names kept in the legacy folder because the new one has the same name
};

/// Creates `folder` (0700; an existing one is tightened to 0700) and moves everything found in
/// `legacyFolder` into it without overwriting anything: a workspace moves together with its
/// `-wal`/`-journal` companions; a name that exists in both stays where it is. Safe to run on every
/// start and by two processes at once. Folders are parameters so tests can use their own.
Result<Preparation> prepare(const QString &folder, const QString &legacyFolder);

/// prepare(path(), legacyPath()).
Result<Preparation> prepare();

/// Logs what prepare() moved or left (counts only); call it after log::setup().
void logPreparation(const Preparation &done);

/// Creates `folder` and its missing parents below an existing one, and sets it to 0700.
Status makePrivateFolder(const QString &folder);

} // namespace trellis::datafolder
