#pragma once
// File ▸ Export calendar…: asks where, then writes the rituals as an iCalendar file in the window's pair.

#include <QString>
#include <QStringList>

class QWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Asks for a .ics path (the last folder used, the workspace's name) and writes the rituals there
/// (writeCalendar). An empty string when the user cancelled.
QString exportCalendar(QWidget *parent, store::Workspace &workspace, const QStringList &languages);
/// Writes the workspace's rituals to path with titles and descriptions in languages, named after
/// the workspace. Returns the status bar's report; a failure is also shown in a message box.
QString writeCalendar(QWidget *parent, store::Workspace &workspace, const QStringList &languages, const QString &path);

} // namespace trellis::gui
