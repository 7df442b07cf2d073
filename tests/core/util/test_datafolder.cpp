// The data folder: ~/.local/share/trellis (not trellis/trellis), private to the user, and the move
// out of the old doubled folder that never overwrites or loses a file.
#include "store/workspace.h"
#include "util/datafolder.h"
#include "util/log.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace df = trellis::datafolder;
using trellis::test::ScratchDir;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Permissions as the file system has them (QFileInfo's ReadUser etc. mirror the owner bits).
QFileDevice::Permissions modeOf(const QString &path)
{
    return QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("The data folder is the README's, the name once", "[datafolder]")
{
    const QString root = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    CHECK(df::path() == QDir(root).filePath(QStringLiteral("trellis")));
    CHECK(df::legacyPath() == QDir(root).filePath(QStringLiteral("trellis/trellis")));
}

TEST_CASE("The data folder is created 0700 and an existing 0755 one is tightened", "[datafolder]")
{
    ScratchDir dir;
    const QString fresh = dir.path(QStringLiteral("share/trellis"));
    auto made = df::prepare(fresh, QDir(fresh).filePath(QStringLiteral("trellis")));
    REQUIRE(made.ok());
    CHECK(QFileInfo(fresh).isDir());
    CHECK(modeOf(fresh) == kOwnerOnly);

    const QString old = dir.path(QStringLiteral("open"));
    REQUIRE(QDir().mkpath(old));
    REQUIRE(QFile::setPermissions(old, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                           QFileDevice::ReadOther | QFileDevice::ExeOther));
    REQUIRE(df::prepare(old, QDir(old).filePath(QStringLiteral("trellis"))).ok());
    CHECK(modeOf(old) == kOwnerOnly);
}

TEST_CASE("The log folder is created 0700", "[datafolder]")
{
    ScratchDir dir;
    const QString logs = dir.path(QStringLiteral("data/logs"));
    trellis::log::setup(logs, false);
    CHECK(QFileInfo(logs).isDir());
    CHECK(modeOf(logs) == kOwnerOnly);
    CHECK(trellis::log::filePath().startsWith(logs));
    trellis::log::setup(QString(), false);
}

TEST_CASE("A folder that cannot be created is a clear error naming it", "[datafolder]")
{
    ScratchDir dir;
    const QString file = dir.path(QStringLiteral("plain-file"));
    writeFile(file, "not a folder");
    auto made = df::prepare(QDir(file).filePath(QStringLiteral("trellis")), QString());
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().message.contains(QStringLiteral("plain-file")));
    CHECK(readFile(file) == "not a folder");
}

TEST_CASE("Everything in the old doubled folder moves up once, workspace with its journal", "[datafolder]")
{
    ScratchDir dir;
    const QString folder = dir.path(QStringLiteral("trellis"));
    const QString legacy = QDir(folder).filePath(QStringLiteral("trellis"));
    writeFile(legacy + QStringLiteral("/default.trellis"), "main");
    writeFile(legacy + QStringLiteral("/default.trellis-wal"), "committed pages");
    writeFile(legacy + QStringLiteral("/demo-alliance-1.trellis"), "demo");
    writeFile(legacy + QStringLiteral("/logs/trellis.log"), "log");
    writeFile(legacy + QStringLiteral("/recovery/abc.json"), "{}");

    auto done = df::prepare(folder, legacy);
    REQUIRE(done.ok());
    CHECK(done->leftBehind.isEmpty());
    CHECK(done->moved.size() == 4); // the -wal moves with its database, not on its own
    CHECK(readFile(folder + QStringLiteral("/default.trellis")) == "main");
    CHECK(readFile(folder + QStringLiteral("/default.trellis-wal")) == "committed pages");
    CHECK(readFile(folder + QStringLiteral("/demo-alliance-1.trellis")) == "demo");
    CHECK(readFile(folder + QStringLiteral("/logs/trellis.log")) == "log");
    CHECK(readFile(folder + QStringLiteral("/recovery/abc.json")) == "{}");
    CHECK_FALSE(QFileInfo::exists(legacy));

    auto again = df::prepare(folder, legacy);
    REQUIRE(again.ok());
    CHECK(again->moved.isEmpty());
    CHECK(readFile(folder + QStringLiteral("/default.trellis")) == "main");
}

TEST_CASE("A name in both folders stays where it is, nothing overwritten", "[datafolder]")
{
    ScratchDir dir;
    const QString folder = dir.path(QStringLiteral("trellis"));
    const QString legacy = QDir(folder).filePath(QStringLiteral("trellis"));
    writeFile(folder + QStringLiteral("/default.trellis"), "new");
    writeFile(legacy + QStringLiteral("/default.trellis"), "old");
    writeFile(legacy + QStringLiteral("/default.trellis-wal"), "old wal");
    writeFile(folder + QStringLiteral("/logs/trellis.log"), "new log");
    writeFile(legacy + QStringLiteral("/logs/trellis.log"), "old log");
    writeFile(legacy + QStringLiteral("/only-old.trellis"), "only old");

    auto done = df::prepare(folder, legacy);
    REQUIRE(done.ok());
    CHECK(done->moved == QStringList{QStringLiteral("only-old.trellis")});
    CHECK(done->leftBehind.contains(QStringLiteral("default.trellis")));
    CHECK(done->leftBehind.contains(QStringLiteral("logs")));
    CHECK(readFile(folder + QStringLiteral("/default.trellis")) == "new");
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/default.trellis-wal")));
    CHECK(readFile(legacy + QStringLiteral("/default.trellis")) == "old");
    CHECK(readFile(legacy + QStringLiteral("/default.trellis-wal")) == "old wal");
    CHECK(readFile(legacy + QStringLiteral("/logs/trellis.log")) == "old log");
    CHECK(readFile(folder + QStringLiteral("/logs/trellis.log")) == "new log");
    CHECK(readFile(folder + QStringLiteral("/only-old.trellis")) == "only old");
}

TEST_CASE("A real workspace in the old folder opens from the new one with its languages", "[datafolder]")
{
    ScratchDir dir;
    const QString folder = dir.path(QStringLiteral("trellis"));
    const QString legacy = QDir(folder).filePath(QStringLiteral("trellis"));
    REQUIRE(QDir().mkpath(legacy));
    {
        auto ws = trellis::store::Workspace::create(legacy + QStringLiteral("/default.trellis"),
                                                    {QStringLiteral("fa"), QStringLiteral("es")});
        REQUIRE(ws.ok());
    }
    REQUIRE(df::prepare(folder, legacy).ok());
    auto opened = trellis::store::Workspace::open(folder + QStringLiteral("/default.trellis"));
    REQUIRE(opened.ok());
    auto settings = opened->settings();
    REQUIRE(settings.ok());
    CHECK(settings->workingLanguages == QStringList{QStringLiteral("fa"), QStringLiteral("es")});
}

TEST_CASE("trellis-cli keeps its log in the data folder, private, and moves the old folder", "[datafolder][cli]")
{
    ScratchDir dir;
    const QString dataHome = dir.path(QStringLiteral("xdg"));
    writeFile(dataHome + QStringLiteral("/trellis/trellis/default.trellis"), "old default");
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    auto r = trellis::test::runCli({QStringLiteral("init"), dir.path(QStringLiteral("w.trellis")), QStringLiteral("--languages"),
                                    QStringLiteral("en,es")});
    qputenv("XDG_DATA_HOME", saved);
    REQUIRE(r.exitCode == 0);
    CHECK(QFileInfo(dataHome + QStringLiteral("/trellis/logs/trellis.log")).isFile());
    CHECK(modeOf(dataHome + QStringLiteral("/trellis")) == kOwnerOnly);
    CHECK(modeOf(dataHome + QStringLiteral("/trellis/logs")) == kOwnerOnly);
    CHECK(readFile(dataHome + QStringLiteral("/trellis/default.trellis")) == "old default");
    CHECK_FALSE(QFileInfo::exists(dataHome + QStringLiteral("/trellis/trellis")));
}
