// One window per workspace, across processes: a second Trellis on the same file raises the first
// and leaves; another file opens beside it; a socket left by a killed Trellis does not block.
#include "testsupport.h"

#include "gui/app/workspaceinstance.h"
#include "store/workspace.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QThread>

#include <unistd.h>

using namespace trellis;

namespace {

QString makeWorkspace(const test::ScratchDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    auto ws = store::Workspace::create(path, {QStringLiteral("en"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    return path;
}

/// Starts trellis on path (offscreen, as every GUI test).
std::unique_ptr<QProcess> startTrellis(const QString &path)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(TRELLIS_GUI_PATH), {path});
    REQUIRE(process->waitForStarted(10000));
    return process;
}

/// Whether a Trellis answers "raise" on path's socket within timeoutMs.
bool answersRaise(const QString &path, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(gui::WorkspaceInstance::socketName(path));
        if (socket.waitForConnected(500)) {
            socket.write("raise\n");
            socket.flush();
            while (!socket.canReadLine() && socket.waitForReadyRead(3000)) {
            }
            return socket.readLine() == "raised\n";
        }
        QThread::msleep(100);
    }
    return false;
}

void stop(QProcess &process)
{
    process.kill();
    process.waitForFinished(5000);
}

} // namespace

TEST_CASE("A workspace socket name is one per file and per user, whatever the spelling", "[gui][instance]")
{
    test::ScratchDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("a.trellis"));
    const QString other = makeWorkspace(dir, QStringLiteral("b.trellis"));
    const QString spelled = QFileInfo(path).absolutePath() + QStringLiteral("/./../") + QFileInfo(path).absoluteDir().dirName()
                            + QStringLiteral("/a.trellis");
    CHECK(gui::WorkspaceInstance::socketName(path) == gui::WorkspaceInstance::socketName(spelled));
    CHECK(gui::WorkspaceInstance::socketName(path) != gui::WorkspaceInstance::socketName(other));
    CHECK(gui::WorkspaceInstance::socketName(path).contains(QString::number(::getuid())));
}

TEST_CASE("A second Trellis on an open workspace raises the first and leaves, another workspace opens beside it",
          "[gui][instance][process]")
{
    test::ScratchDir dir;
    const QString first = makeWorkspace(dir, QStringLiteral("first.trellis"));
    const QString second = makeWorkspace(dir, QStringLiteral("second.trellis"));

    auto holder = startTrellis(first);
    REQUIRE(answersRaise(first, 20000));

    // The same file under another spelling: the newcomer asks, the first is raised, nothing opens twice.
    auto again = startTrellis(QDir(dir.path(QStringLiteral("."))).filePath(QStringLiteral("./first.trellis")));
    REQUIRE(again->waitForFinished(20000));
    CHECK(again->exitStatus() == QProcess::NormalExit);
    CHECK(again->exitCode() == 0);
    CHECK(QString::fromUtf8(again->readAllStandardOutput()).contains(QStringLiteral("already open")));
    CHECK(holder->state() == QProcess::Running);

    // A different workspace is a window of its own.
    auto beside = startTrellis(second);
    REQUIRE(answersRaise(second, 20000));
    CHECK(beside->state() == QProcess::Running);
    CHECK(holder->state() == QProcess::Running);

    stop(*beside);
    stop(*holder);
    QLocalServer::removeServer(gui::WorkspaceInstance::socketName(first));
    QLocalServer::removeServer(gui::WorkspaceInstance::socketName(second));
}

TEST_CASE("The socket a killed Trellis left behind does not keep the workspace from opening", "[gui][instance][process]")
{
    test::ScratchDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("crashed.trellis"));
    auto crashed = startTrellis(path);
    REQUIRE(answersRaise(path, 20000));
    stop(*crashed); // SIGKILL: the socket file stays
    QLocalSocket probe;
    probe.connectToServer(gui::WorkspaceInstance::socketName(path));
    CHECK_FALSE(probe.waitForConnected(500));

    auto next = startTrellis(path);
    CHECK(answersRaise(path, 20000));
    CHECK(next->state() == QProcess::Running);
    stop(*next);
    QLocalServer::removeServer(gui::WorkspaceInstance::socketName(path));
}

TEST_CASE("A claim listens until it is released, then the next claim gets the workspace", "[gui][instance]")
{
    test::ScratchDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("claimed.trellis"));
    std::unique_ptr<gui::WorkspaceInstance> claim(gui::WorkspaceInstance::claim(path));
    REQUIRE(claim);
    CHECK(claim->isListening());
    claim.reset();
    // Released: the next claim gets it.
    std::unique_ptr<gui::WorkspaceInstance> next(gui::WorkspaceInstance::claim(path));
    REQUIRE(next);
    CHECK(next->isListening());
}
