#pragma once
// Opening workspace files from the window: clear dialogs for damaged, newer or foreign files,
// the offer of the latest automatic backup, and the recent-workspaces list.

#include "store/workspace.h"
#include "util/datafolder.h"

#include <QStringList>

class QWidget;

namespace trellis::gui {

/// Opens path; on a damaged or newer file explains it and offers to restore the latest
/// automatic backup (the damaged file is kept beside it). Nothing when the user gives up.
std::optional<store::Workspace> openWorkspaceInteractively(const QString &path, QWidget *parent);

/// Opens read-only a file whose schema is not Trellis's, after a warning naming what differs.
std::optional<store::Workspace> openWithForeignSchema(const QString &path, QWidget *parent);

/// A user-facing explanation of why a workspace did not open.
QString openFailureText(const Error &error);

/// The recently opened workspaces, newest first (QSettings), without files that are gone.
QStringList recentWorkspaces();
void rememberWorkspace(const QString &path);

/// Points recent-list entries at the data folder's files that datafolder::prepare() moved there.
void followMovedWorkspaces(const QString &legacyFolder, const datafolder::Preparation &done);

/// Where "Open demo alliance" writes its demo: a new file in the app data folder.
QString demoWorkspacePath();

} // namespace trellis::gui
