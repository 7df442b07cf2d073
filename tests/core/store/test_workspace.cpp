// Creating and opening workspace files: checks that refuse what is not ours, newer or damaged.
#include "testsupport.h"

#include "store/database.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace trellis;
using namespace trellis::store;

namespace {
QString pragmaText(Workspace &ws, const QString &pragma)
{
    auto stmt = ws.database().prepare(QStringLiteral("PRAGMA ") + pragma);
    REQUIRE(stmt.ok());
    REQUIRE(stmt->step().ok());
    return stmt->text(0);
}
} // namespace

TEST_CASE("A new workspace is private, in WAL mode, with our id and the current schema", "[store][workspace]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("w.trellis"));
    auto ws = Workspace::create(path, {QStringLiteral("EN"), QStringLiteral("fa-ir")}, QStringLiteral("Alliance"));
    REQUIRE(ws.ok());
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(pragmaText(*ws, QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragmaText(*ws, QStringLiteral("synchronous")) == QStringLiteral("2")); // FULL
    CHECK(pragmaText(*ws, QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragmaText(*ws, QStringLiteral("application_id")).toInt() == schema::kApplicationId);
    CHECK(pragmaText(*ws, QStringLiteral("user_version")).toInt() == schema::currentVersion());
    auto settings = ws->settings();
    REQUIRE(settings.ok());
    CHECK(settings->workingLanguages == QStringList{QStringLiteral("en"), QStringLiteral("fa-IR")});
    CHECK(settings->name == QStringLiteral("Alliance"));
}

TEST_CASE("Creating refuses bad languages and existing files, leaving nothing behind", "[store][workspace]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("w.trellis"));
    auto bad = Workspace::create(path, {QStringLiteral("en"), QStringLiteral("klingon-xx-!!")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::InvalidInput);
    CHECK(bad.error().message.contains(QStringLiteral("klingon")));
    CHECK_FALSE(QFile::exists(path));

    auto none = Workspace::create(path, {});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::InvalidInput);

    REQUIRE(Workspace::create(path, {QStringLiteral("en")}).ok());
    auto again = Workspace::create(path, {QStringLiteral("es")});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);
    auto reopened = Workspace::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened->settings()->workingLanguages == QStringList{QStringLiteral("en")});
}

TEST_CASE("A file that is not SQLite is refused as not a workspace, and left unchanged", "[store][workspace]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("notes.trellis"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray text = QByteArray("These are my meeting notes, not a database.\n").repeated(200);
    file.write(text);
    file.close();
    auto ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == ErrorCode::NotAWorkspace);
    QFile check(path);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == text);
}

TEST_CASE("Another program's SQLite file is refused", "[store][workspace]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    {
        auto db = Database::open(path, OpenMode::ReadWriteCreate);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("CREATE TABLE songs(title TEXT)")).ok());
    }
    auto ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == ErrorCode::NotAWorkspace);
    CHECK(ws.error().message.contains(QStringLiteral("not a Trellis workspace")));
}

TEST_CASE("A workspace from a newer Trellis is refused and not modified", "[store][workspace]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("future.trellis"));
    {
        auto ws = Workspace::create(path, {QStringLiteral("en")});
        REQUIRE(ws.ok());
        REQUIRE(ws->database().exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion() + 5)).ok());
    }
    auto ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    CHECK(ws.error().code == ErrorCode::NewerVersion);
    CHECK(ws.error().message.contains(QStringLiteral("newer Trellis")));
    auto raw = Database::open(path, OpenMode::ReadOnly);
    REQUIRE(raw.ok());
    auto version = raw->prepare(QStringLiteral("PRAGMA user_version"));
    REQUIRE(version->step().ok());
    CHECK(version->int64(0) == schema::currentVersion() + 5);
}

TEST_CASE("A truncated workspace is refused as damaged", "[store][workspace]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("cut.trellis"));
    {
        auto ws = Workspace::create(path, {QStringLiteral("en"), QStringLiteral("es")});
        REQUIRE(ws.ok());
        REQUIRE(ws->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 8192);
    QFile file(path);
    REQUIRE(file.resize(size / 2 + 100));
    auto ws = Workspace::open(path);
    REQUIRE_FALSE(ws.ok());
    const bool refusedAsDamaged = ws.error().code == ErrorCode::Corrupt || ws.error().code == ErrorCode::NotAWorkspace;
    CHECK(refusedAsDamaged);
}

TEST_CASE("Settings validate the default currency and the languages", "[store][workspace]")
{
    test::ScratchDir dir;
    auto ws = Workspace::create(dir.path(QStringLiteral("s.trellis")), {QStringLiteral("en")});
    REQUIRE(ws.ok());
    WorkspaceSettings s = *ws->settings();
    s.defaultCurrency = QStringLiteral("XYZ");
    auto bad = ws->saveSettings(s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("XYZ")));
    s.defaultCurrency = QStringLiteral("BRL");
    s.workingLanguages = {QStringLiteral("pt-br"), QStringLiteral("ar")};
    REQUIRE(ws->saveSettings(s).ok());
    CHECK(ws->settings()->workingLanguages == QStringList{QStringLiteral("pt-BR"), QStringLiteral("ar")});
    CHECK(ws->settings()->defaultCurrency == QStringLiteral("BRL"));
}
