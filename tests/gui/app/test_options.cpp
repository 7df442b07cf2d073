// The trellis command line: a workspace as a plain argument (a file manager's double-click), and
// --version/--help answered without a display.
#include "testsupport.h"

#include "gui/app/options.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace trellis;

namespace {
gui::Options parse(const QStringList &arguments, int &exitCode)
{
    return gui::parseOptions(QStringList{QStringLiteral("trellis")} + arguments, exitCode);
}
} // namespace

TEST_CASE("A workspace path opens as a plain argument as well as with --workspace", "[gui][options]")
{
    int exitCode = -1;
    CHECK(parse({QStringLiteral("/tmp/a.trellis")}, exitCode).workspace == QStringLiteral("/tmp/a.trellis"));
    CHECK(exitCode == -1);
    CHECK(parse({QStringLiteral("--workspace"), QStringLiteral("/tmp/b.trellis")}, exitCode).workspace
          == QStringLiteral("/tmp/b.trellis"));
    CHECK(exitCode == -1);
    // The same file both ways is one workspace.
    CHECK(parse({QStringLiteral("--workspace"), QStringLiteral("/tmp/c.trellis"), QStringLiteral("/tmp/c.trellis")}, exitCode)
              .workspace == QStringLiteral("/tmp/c.trellis"));
    CHECK(exitCode == -1);
    CHECK(parse({}, exitCode).workspace.isEmpty());
    CHECK(exitCode == -1);
}

TEST_CASE("Two different workspaces on one command line are refused", "[gui][options]")
{
    int exitCode = -1;
    parse({QStringLiteral("/tmp/a.trellis"), QStringLiteral("/tmp/b.trellis")}, exitCode);
    CHECK(exitCode == 2);
    exitCode = -1;
    parse({QStringLiteral("--workspace"), QStringLiteral("/tmp/a.trellis"), QStringLiteral("/tmp/b.trellis")}, exitCode);
    CHECK(exitCode == 2);
}

TEST_CASE("trellis --version and --help work without any display", "[gui][options][desktop]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TRELLIS_GUI_PATH), {flag});
        REQUIRE(process.waitForFinished(20000));
        INFO(flag.toStdString() << ": " << process.readAllStandardError().toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        if (flag == QStringLiteral("--version")) {
            CHECK(out.startsWith(QStringLiteral("trellis ")));
            CHECK(out.contains(QStringLiteral("License GPL-3.0-or-later: GNU GPL version 3 or later")));
            CHECK(out.contains(QStringLiteral("There is NO WARRANTY")));
        }
        else
            CHECK(out.contains(QStringLiteral("--workspace")));
    }
}
