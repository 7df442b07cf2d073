#pragma once
// Restoring a workspace from a backup: copy, verify the copy, then swap it into place.

#include "util/result.h"

#include <QString>

namespace trellis::store {

/// Replaces target by the backup, only if the backup is a healthy Trellis workspace. The
/// previous target is kept as target.before-restore; on any error target is left untouched.
Status restoreWorkspace(const QString &backupPath, const QString &target);

} // namespace trellis::store
