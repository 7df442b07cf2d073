#include "store/backup.h"

#include "store/database.h"
#include "util/log.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace trellis::store {

Status copyDatabase(Database &source, const QString &target)
{
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::Conflict, QStringLiteral("%1 already exists; choose another name").arg(target));
    // The copy is written under a temporary name and renamed when complete, so a copy cut short
    // (a full disk, a killed process) never sits at `target` looking like a backup.
    const QFileInfo info(target);
    const QString partial = info.absoluteDir().filePath(
        QStringLiteral(".%1.partial-%2").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    auto discardPartial = [&partial] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
    };
    discardPartial();
    auto opened = Database::open(partial, OpenMode::ReadWriteCreate);
    if (!opened)
        return opened.error();
    Database &copy = *opened;
    auto fail = [&](Error error) -> Status {
        copy.close();
        discardPartial();
        return error;
    };
    sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
    if (!backup)
        return fail(copy.lastError(sqlite3_errcode(copy.handle()), QStringLiteral("Cannot copy the workspace")));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)), QStringLiteral("Cannot copy the workspace")));
    // A backup is a single self-contained file: no WAL beside it.
    if (auto single = copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !single)
        return fail(single.error());
    copy.close();
    if (!QFile::rename(partial, target)) {
        discardPartial();
        return makeError(ErrorCode::Io, QStringLiteral("Cannot put the copy in place at %1").arg(target));
    }
    return {};
}

QString backupDirectory(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
}

QStringList automaticBackups(const QString &workspacePath)
{
    QDir dir(backupDirectory(workspacePath));
    const QStringList names = dir.entryList({QStringLiteral("*.trellis")}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

Result<QString> writeAutomaticBackup(Database &source, const QString &reason, int keep)
{
    const QString dirPath = backupDirectory(source.path());
    if (!QDir().mkpath(dirPath))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create the backup folder %1").arg(dirPath));
    QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString target = QDir(dirPath).filePath(stamp + u'-' + reason + QStringLiteral(".trellis"));
    TRELLIS_TRY(copyDatabase(source, target));
    const QStringList all = automaticBackups(source.path());
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    log::get("store")->info("automatic backup written ({})", reason.toStdString());
    return target;
}

bool dailyBackupDue(const QString &workspacePath, const QDate &today)
{
    const QString prefix = today.toString(QStringLiteral("yyyyMMdd"));
    for (const QString &path : automaticBackups(workspacePath)) {
        if (QFileInfo(path).fileName().startsWith(prefix))
            return false;
    }
    return true;
}

Status replaceWorkspaceFile(const QString &temporary, const QString &target)
{
    // Move the old file and its WAL aside (kept as .before-restore) only once the copy is complete.
    const QString previous = target + QStringLiteral(".before-restore");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(previous + suffix);
        if (QFileInfo::exists(target + suffix) && !QFile::rename(target + suffix, previous + suffix))
            return makeError(ErrorCode::Io, QStringLiteral("Cannot move %1 aside").arg(target + suffix));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::rename(previous, target);
        return makeError(ErrorCode::Io, QStringLiteral("Cannot put the restored workspace in place at %1").arg(target));
    }
    return {};
}

} // namespace trellis::store
