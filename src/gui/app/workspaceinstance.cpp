#include "gui/app/workspaceinstance.h"

#include "util/log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QWidget>

#include <unistd.h>

namespace trellis::gui {
namespace {

constexpr char kRaise[] = "raise\n";
constexpr char kRaised[] = "raised\n";
constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 5000;

/// Asks the Trellis listening on socket to raise its window. It is live (it accepted the
/// connection) even when it is too busy opening the file to answer in time.
void askToRaise(QLocalSocket &socket)
{
    socket.write(kRaise);
    socket.flush();
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kAnswerMs)) {
            log::get("gui")->warn("the Trellis that has the workspace open did not answer");
            return;
        }
    }
    log::get("gui")->info("workspace already open in another Trellis; raised: {}", socket.readLine() == kRaised);
}

} // namespace

QString WorkspaceInstance::socketName(const QString &path)
{
    const QFileInfo info(path);
    const QString file = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("trellis-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

WorkspaceInstance *WorkspaceInstance::claim(const QString &path, QObject *parent)
{
    const QString name = socketName(path);
    // "Is anyone listening? Then I will" must not interleave between two Trellis started at once.
    QLockFile lock(QDir(QDir::tempPath()).filePath(name + QStringLiteral(".lock")));
    if (!lock.tryLock(2 * kConnectMs))
        log::get("gui")->warn("workspace claim lock busy; claiming without it");

    // Ask first: QLocalServer::listen with socket options renames its socket over an existing one,
    // so a failing listen cannot be what tells that another Trellis has the file.
    QLocalSocket probe;
    probe.connectToServer(name);
    if (probe.waitForConnected(kConnectMs)) {
        askToRaise(probe);
        return nullptr;
    }
    // Nobody answers: a socket file still there was left by a Trellis that stopped without closing.
    QLocalServer::removeServer(name);
    auto *instance = new WorkspaceInstance(name, parent);
    if (!instance->m_server->listen(name))
        log::get("gui")->warn("cannot announce the open workspace: {}", instance->m_server->errorString().toStdString());
    return instance;
}

WorkspaceInstance::WorkspaceInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    setObjectName(name);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &WorkspaceInstance::answer);
}

WorkspaceInstance::~WorkspaceInstance() = default;

void WorkspaceInstance::setWindow(QWidget *window)
{
    m_window = window;
    setParent(window);
}

bool WorkspaceInstance::isListening() const
{
    return m_server->isListening();
}

void WorkspaceInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() != kRaise) {
                socket->disconnectFromServer();
                return;
            }
            if (m_window) {
                m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
                m_window->show();
                m_window->raise();
                m_window->activateWindow();
                log::get("gui")->info("raised the window at another Trellis's request");
            }
            socket->write(kRaised);
            socket->flush();
            socket->disconnectFromServer();
        });
    }
}

} // namespace trellis::gui
