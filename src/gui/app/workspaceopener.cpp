#include "gui/app/workspaceopener.h"
#include "gui/editing/labels.h"

#include "store/backup.h"
#include "store/restore.h"
#include "store/schemaaudit.h"
#include "util/datafolder.h"
#include "util/log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace trellis::gui {
QString openFailureText(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NewerVersion:
        return QCoreApplication::translate("WorkspaceOpener", "This workspace was written by a newer version of Trellis. Update Trellis to open it; "
                  "this version will not change it.");
    case ErrorCode::Corrupt:
        return QCoreApplication::translate("WorkspaceOpener", "This workspace file is damaged, so Trellis will not open it as it is.");
    case ErrorCode::NotAWorkspace:
        return QCoreApplication::translate("WorkspaceOpener", "This file is not a Trellis workspace.");
    case ErrorCode::Busy:
        return QCoreApplication::translate("WorkspaceOpener", "Another program is holding this workspace. Close it and try again.");
    default:
        return QCoreApplication::translate("WorkspaceOpener", "Trellis cannot open this workspace.");
    }
}

std::optional<store::Workspace> openWorkspaceInteractively(const QString &path, QWidget *parent)
{
    auto ws = store::Workspace::open(path);
    if (ws) {
        rememberWorkspace(path);
        return std::move(*ws);
    }
    log::get("gui")->warn("workspace did not open (code {})", int(ws.error().code));
    if (store::isForeignSchemaError(ws.error())) {
        if (auto readOnly = openWithForeignSchema(path, parent))
            return readOnly;
    }
    const QStringList backups = store::automaticBackups(path);
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("WorkspaceOpener", "Cannot open the workspace"), openFailureText(ws.error()),
                    QMessageBox::Close, parent);
    box.setInformativeText(ws.error().message);
    QPushButton *restore = nullptr;
    const bool restorable = ws.error().code == ErrorCode::Corrupt || ws.error().code == ErrorCode::NewerVersion;
    if (restorable && !backups.isEmpty()) {
        const QString when = shortDateTime(QFileInfo(backups.first()).lastModified());
        box.setInformativeText(box.informativeText() + u'\n' +
                               QCoreApplication::translate("WorkspaceOpener", "The latest automatic backup is from %1. Restoring it keeps the current file "
                                  "beside it as “.before-restore”.").arg(when));
        restore = box.addButton(QCoreApplication::translate("WorkspaceOpener", "Restore the latest backup"), QMessageBox::AcceptRole);
    }
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return std::nullopt;
    if (Status s = store::restoreWorkspace(backups.first(), path); !s) {
        QMessageBox::critical(parent, QCoreApplication::translate("WorkspaceOpener", "Restore failed"), s.error().message);
        return std::nullopt;
    }
    auto restored = store::Workspace::open(path);
    if (!restored) {
        QMessageBox::critical(parent, QCoreApplication::translate("WorkspaceOpener", "Cannot open the workspace"), restored.error().message);
        return std::nullopt;
    }
    rememberWorkspace(path);
    return std::move(*restored);
}

std::optional<store::Workspace> openWithForeignSchema(const QString &path, QWidget *parent)
{
    auto ws = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return std::nullopt; // e.g. an older version, which read-only cannot upgrade: the caller explains
    auto differences = store::auditSchema(ws->database(), ws->schemaVersion());
    if (!differences)
        return std::nullopt;
    QStringList lines;
    for (const store::SchemaDifference &difference : std::as_const(*differences))
        lines << u"• " + difference.describe();
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("WorkspaceOpener", "Opened read-only"),
                    QCoreApplication::translate("WorkspaceOpener",
                                                "This workspace contains database objects that Trellis did not write. "
                                                "They could change records behind your back, so Trellis opened it "
                                                "read-only: you can read and export, but not save."),
                    QMessageBox::Ok, parent);
    box.setInformativeText(QCoreApplication::translate("WorkspaceOpener", "What differs from a Trellis workspace:") +
                           u'\n' + lines.join(u'\n'));
    box.exec();
    rememberWorkspace(path);
    return std::move(*ws);
}

QStringList recentWorkspaces()
{
    QStringList recent = QSettings().value(QStringLiteral("workspaces/recent")).toStringList();
    recent.erase(std::remove_if(recent.begin(), recent.end(), [](const QString &p) { return !QFileInfo::exists(p); }),
                 recent.end());
    return recent;
}

void rememberWorkspace(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("workspaces/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("workspaces/recent"), recent);
}

QString demoWorkspacePath()
{
    const QDir dir(datafolder::path());
    return dir.filePath(QStringLiteral("demo-alliance-%1.trellis")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

void followMovedWorkspaces(const QString &legacyFolder, const datafolder::Preparation &done)
{
    if (done.moved.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("workspaces/recent")).toStringList();
    const QString legacy = QDir::cleanPath(QFileInfo(legacyFolder).absoluteFilePath());
    for (QString &path : recent) {
        const QFileInfo info(path);
        if (QDir::cleanPath(info.absolutePath()) == legacy && done.moved.contains(info.fileName()))
            path = QDir(done.folder).filePath(info.fileName());
    }
    settings.setValue(QStringLiteral("workspaces/recent"), recent);
}

} // namespace trellis::gui
