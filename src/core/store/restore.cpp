#include "store/restore.h"

#include "store/backup.h"
#include "store/workspace.h"
#include "store/workspacecheck.h"
#include "util/log.h"

#include <QFile>

namespace trellis::store {

Status restoreWorkspace(const QString &backupPath, const QString &target)
{
    const QString temporary = target + QStringLiteral(".restoring");
    auto removeTemporary = [&] {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temporary + suffix);
    };
    removeTemporary();
    {
        auto backup = Workspace::open(backupPath, {.readOnly = true, .dailyBackup = false});
        if (!backup)
            return backup.error();
        TRELLIS_TRY(copyDatabase(backup->database(), temporary));
    }
    // Verify the copy, not the original: a backup is only as good as what lands in place.
    const Status verified = [&]() -> Status {
        auto copy = Workspace::open(temporary, {.readOnly = false, .dailyBackup = false});
        if (!copy)
            return copy.error();
        auto report = checkWorkspace(*copy);
        if (!report)
            return report.error();
        if (!report->healthy())
            return makeError(ErrorCode::Corrupt, QStringLiteral("the backup fails its check: %1").arg(report->problems.first()));
        return copy->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }();
    if (!verified) {
        removeTemporary();
        return verified;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temporary + suffix);
    TRELLIS_TRY(replaceWorkspaceFile(temporary, target));
    log::get("store")->info("workspace restored from a backup");
    return {};
}

} // namespace trellis::store
