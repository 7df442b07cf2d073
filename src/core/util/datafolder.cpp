#include "util/datafolder.h"

#include "util/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace trellis::datafolder {
namespace {

constexpr QFileDevice::Permissions kPrivate =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// SQLite's companions of a database file, moved before the file itself so that an interrupted move
// never leaves a committed transaction (in the -wal) behind a database that already moved.
const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")};
    return suffixes;
}

bool isCompanion(const QString &name)
{
    for (const QString &suffix : companionSuffixes()) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}

// rename(2) without replacing: QFile::rename refuses an existing target, QDir::rename of a folder
// fails on a non-empty one; the explicit check keeps an empty folder from being replaced too.
bool moveWithoutReplacing(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return false;
    if (QFileInfo(from).isDir() && !QFileInfo(from).isSymLink())
        return QDir().rename(from, to);
    return QFile::rename(from, to);
}

} // namespace

QString path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("trellis"));
}

QString legacyPath()
{
    return QDir(path()).filePath(QStringLiteral("trellis"));
}

Status makePrivateFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    if (!QFile::setPermissions(folder, kPrivate))
        return makeError(ErrorCode::Io,
                         QStringLiteral("Cannot make the folder %1 private to you.").arg(QDir::toNativeSeparators(folder)));
    return {};
}

Result<Preparation> prepare(const QString &folder, const QString &legacyFolder)
{
    Preparation done;
    done.folder = folder;
    if (auto made = makePrivateFolder(folder); !made)
        return made.error();
    const QFileInfo legacy(legacyFolder);
    if (!legacy.isDir() || legacy.isSymLink())
        return done;

    const QDir from(legacyFolder);
    const QDir to(folder);
    const QStringList names = from.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                             QDir::Name);
    for (const QString &name : names) {
        if (isCompanion(name) && names.contains(name.left(name.lastIndexOf(u'-'))))
            continue; // moves with its database
        QStringList group;
        for (const QString &suffix : companionSuffixes()) {
            if (from.exists(name + suffix))
                group << name + suffix;
        }
        group << name;
        bool clash = false;
        for (const QString &member : group)
            clash = clash || QFileInfo::exists(to.filePath(member));
        if (clash) {
            done.leftBehind << name;
            continue;
        }
        bool movedAll = true;
        for (const QString &member : group)
            movedAll = moveWithoutReplacing(from.filePath(member), to.filePath(member)) && movedAll;
        if (movedAll)
            done.moved << name;
        else
            done.leftBehind << name;
    }
    from.rmdir(legacyFolder); // only succeeds once it is empty; otherwise it stays for the user to see
    return done;
}

void logPreparation(const Preparation &done)
{
    auto logger = log::get("datafolder");
    if (!done.moved.isEmpty())
        logger->info("moved {} item(s) from the old data folder", done.moved.size());
    if (!done.leftBehind.isEmpty())
        logger->warn("{} item(s) left in the old data folder: the new one has the same names", done.leftBehind.size());
}

Result<Preparation> prepare()
{
    return prepare(path(), legacyPath());
}

} // namespace trellis::datafolder
