#include "gui/sharedfile/sharedfile.h"

#include "gui/app/workbench.h"
#include "store/recordversion.h"
#include "store/schemaaudit.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace trellis::gui {

SharedFile::SharedFile(Workbench &workbench) : QObject(&workbench), m_workbench(workbench)
{
    setObjectName(QStringLiteral("sharedFile"));
    store::Workspace &ws = workbench.workspace();
    m_readOnly = store::isReadOnly(ws.database());
    if (m_readOnly) {
        // Only a read-only window asks why: the audit runs the migrations on an in-memory database.
        auto differences = store::auditSchema(ws.database(), ws.schemaVersion());
        m_foreignSchema = !differences || !differences->isEmpty();
    }
    if (auto version = store::dataVersion(ws.database()))
        m_seen = *version;
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &SharedFile::check);
    m_timer->start();
}

SharedFile *SharedFile::of(Workbench &workbench)
{
    return workbench.findChild<SharedFile *>(QString(), Qt::FindDirectChildrenOnly);
}

QString SharedFile::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    if (m_foreignSchema)
        return tr("Read-only: this workspace contains database objects Trellis did not write. You can read, search "
                  "and export, but not save.");
    return tr("Read-only: you do not have permission to change this file. You can read, search and export, but not "
              "save.");
}

void SharedFile::watchWindow(QWidget *window)
{
    window->installEventFilter(this);
}

void SharedFile::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool SharedFile::check()
{
    // A modal dialog may run an event loop inside a save: the lists are read again afterwards.
    if (m_checking || QApplication::activeModalWidget())
        return false;
    auto version = store::dataVersion(m_workbench.workspace().database());
    if (!version) {
        log::get("gui")->warn("change counter unreadable (code {})", int(version.error().code));
        return false;
    }
    if (*version == m_seen)
        return false;
    m_seen = *version;
    log::get("gui")->info("workspace changed by another process; reading it again");
    m_checking = true;
    Q_EMIT changedElsewhere();
    m_checking = false;
    return true;
}

bool SharedFile::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowActivate)
        QTimer::singleShot(0, this, &SharedFile::check);
    return QObject::eventFilter(watched, event);
}

} // namespace trellis::gui
