#pragma once
// Online copies of a workspace through SQLite's backup API, and the rotating automatic backups.

#include "util/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace trellis::store {

class Database;

/// Copies the open database to a new file at target (mode 0600); the target must not exist.
Status copyDatabase(Database &source, const QString &target);

/// Where the automatic backups of a workspace live: "<dir>/<name>.backups/".
QString backupDirectory(const QString &workspacePath);

/// The automatic backups of a workspace, newest first.
QStringList automaticBackups(const QString &workspacePath);

/// Writes an automatic backup named after `reason` and the time, keeps the newest `keep`.
Result<QString> writeAutomaticBackup(Database &source, const QString &reason, int keep = 7);

/// True when no automatic backup of today exists yet.
bool dailyBackupDue(const QString &workspacePath, const QDate &today);

/// Puts the file replacement in target's place; target (with its WAL) is kept as
/// target.before-restore. Both must be on one file system.
Status replaceWorkspaceFile(const QString &replacement, const QString &target);

} // namespace trellis::store
