#pragma once
// One window per workspace: the process that has a workspace open listens on a local socket named
// after the workspace's canonical path and the user; a second Trellis asked to open the same file
// asks that window to come forward and leaves, instead of opening the file twice.

#include <QObject>
#include <QPointer>
#include <QString>

class QLocalServer;
class QWidget;

namespace trellis::gui {

/// This process's claim on one workspace file, and the window that shows it.
class WorkspaceInstance : public QObject {
    Q_OBJECT
public:
    /// Claims path for this process before it opens the file. nullptr when another Trellis of this
    /// user has it open: that one was asked to raise its window. A socket left by a Trellis that
    /// crashed is removed. When the socket cannot be made at all the claim is still given (never
    /// keep a user from their workspace), without listening (see isListening()).
    static WorkspaceInstance *claim(const QString &path, QObject *parent = nullptr);
    ~WorkspaceInstance() override;

    /// The window raised when another Trellis opens the same workspace; the claim lives as long as it.
    void setWindow(QWidget *window);
    bool isListening() const;

    /// The local socket name for path: the same for every spelling of one file, per user.
    static QString socketName(const QString &path);

private:
    WorkspaceInstance(const QString &name, QObject *parent);
    void answer();

    QLocalServer *m_server;
    QPointer<QWidget> m_window;
};

} // namespace trellis::gui
