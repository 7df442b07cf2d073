// Hostile workspace files: a schema object Trellis did not write is named, the file opens only
// read-only, `check` exits non-zero, and nothing in the file is changed by looking at it.
#include "storefixture.h"

#include "store/schema.h"
#include "store/schemaaudit.h"
#include "store/workspacecheck.h"

#include <QCryptographicHash>
#include <QFile>

using namespace trellis;

namespace {

QString freshWorkspace(const test::ScratchDir &dir)
{
    const QString path = dir.path(QStringLiteral("handed-over.trellis"));
    auto ws = store::Workspace::create(path, {QStringLiteral("en"), QStringLiteral("fa")});
    REQUIRE(ws.ok());
    return path;
}

// What someone else's tool does to the file: plain sqlite3, no Trellis rules.
void tamper(const QString &path, const QString &sql)
{
    auto r = test::runProgram(QStringLiteral("sqlite3"), {path, sql});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList described(const QList<store::SchemaDifference> &differences)
{
    QStringList out;
    for (const auto &d : differences)
        out << d.describe();
    return out;
}

// Opening read-write is refused naming the object; read-only succeeds and lists it; check fails.
void expectRefusedNaming(const QString &path, const QString &difference)
{
    const QByteArray before = digest(path);
    auto rw = store::Workspace::open(path);
    REQUIRE_FALSE(rw.ok());
    CHECK(store::isForeignSchemaError(rw.error()));
    CHECK(rw.error().message.contains(difference));
    CHECK(rw.error().message.contains(QStringLiteral("read-only")));

    auto ro = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
    REQUIRE(ro.ok());
    auto audit = store::auditSchema(ro->database(), ro->schemaVersion());
    REQUIRE(audit.ok());
    CHECK(described(*audit).contains(difference));
    auto report = store::checkWorkspace(*ro);
    REQUIRE(report.ok());
    CHECK_FALSE(report->healthy());
    CHECK(report->problems.contains(QStringLiteral("schema: ") + difference));

    auto cli = test::runCli({QStringLiteral("check"), path});
    CHECK(cli.exitCode == 1);
    CHECK(cli.out.contains(QStringLiteral("problem: schema: ") + difference));
    CHECK(digest(path) == before);
}

} // namespace

TEST_CASE("SQL is compared without its layout, comments or keyword case, but with its literals", "[store][schema]")
{
    CHECK(store::normalizeSql(QStringLiteral("CREATE  TABLE t (\n  a INTEGER, -- note\n  b TEXT /* x */ )"))
          == store::normalizeSql(QStringLiteral("create table t(a integer,b text)")));
    CHECK(store::normalizeSql(QStringLiteral("SELECT RAISE(ABORT, 'Immutable')"))
          != store::normalizeSql(QStringLiteral("SELECT RAISE(ABORT, 'immutable')")));
    CHECK(store::normalizeSql(QStringLiteral("WHEN kind = 'funds' -- x"))
          != store::normalizeSql(QStringLiteral("WHEN kind = 'hours'")));
    CHECK(store::normalizeSql(QStringLiteral("SELECT 'it''s  --  not a comment'"))
          == QStringLiteral("select 'it''s  --  not a comment'"));
    CHECK(store::normalizeSql(QStringLiteral("a >= b")) == QStringLiteral("a>=b"));
}

TEST_CASE("A workspace Trellis wrote has exactly its version's schema", "[store][schema]")
{
    test::WorkspaceFixture f;
    f.addPartner(QStringLiteral("Mahsa"), QStringLiteral("fa"));
    auto audit = store::auditSchema(f.ws.database(), store::schema::currentVersion());
    REQUIRE(audit.ok());
    CHECK(described(*audit) == QStringList{});
    // Version 2 had no ledger order indexes (version 3 added them): the audit sees that difference.
    auto older = store::auditSchema(f.ws.database(), 2);
    REQUIRE(older.ok());
    CHECK_FALSE(older->isEmpty());
}

TEST_CASE("Workspaces upgraded from versions 1 and 2 match the schema of a new one", "[store][schema][migration]")
{
    for (const QString &name : {QStringLiteral("workspace-v1.trellis"), QStringLiteral("workspace-v2.trellis")}) {
        test::ScratchDir dir;
        const QString path = dir.path(QStringLiteral("old.trellis"));
        REQUIRE(QFile::copy(test::testData(name), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto ws = store::Workspace::open(path);
        INFO(name.toStdString());
        REQUIRE(ws.ok());
        auto audit = store::auditSchema(ws->database(), ws->schemaVersion());
        REQUIRE(audit.ok());
        CHECK(described(*audit) == QStringList{});
    }
}

TEST_CASE("An extra trigger that rewrites quantities is named and the file opens only read-only", "[store][schema]")
{
    test::ScratchDir dir;
    const QString path = freshWorkspace(dir);
    tamper(path, QStringLiteral("CREATE TRIGGER ledger_entry_inflate AFTER INSERT ON ledger_entry "
                                "BEGIN UPDATE ledger_entry SET quantity = quantity * 10 WHERE id = NEW.id; END;"));
    expectRefusedNaming(path, QStringLiteral("trigger ledger_entry_inflate was added"));
}

TEST_CASE("An immutability trigger altered to never fire is named", "[store][schema]")
{
    test::ScratchDir dir;
    const QString path = freshWorkspace(dir);
    tamper(path, QStringLiteral(
        "DROP TRIGGER ledger_entry_posted_update; "
        "CREATE TRIGGER ledger_entry_posted_update BEFORE UPDATE ON ledger_entry WHEN OLD.status = 'posted' AND 0 "
        "BEGIN SELECT RAISE(ABORT, 'posted ledger entries are immutable; record a correcting entry instead'); END;"));
    expectRefusedNaming(path, QStringLiteral("trigger ledger_entry_posted_update was changed"));
}

TEST_CASE("A dropped immutability trigger is named as missing", "[store][schema]")
{
    test::ScratchDir dir;
    const QString path = freshWorkspace(dir);
    tamper(path, QStringLiteral("DROP TRIGGER ledger_chain_no_delete;"));
    expectRefusedNaming(path, QStringLiteral("trigger ledger_chain_no_delete is missing"));
}

TEST_CASE("A view shadowing a table is named as replacing it", "[store][schema]")
{
    test::ScratchDir dir;
    const QString path = freshWorkspace(dir);
    tamper(path, QStringLiteral("ALTER TABLE working_language RENAME TO working_language_real; "
                                "CREATE VIEW working_language AS SELECT position, 'en' AS tag FROM working_language_real;"));
    expectRefusedNaming(path, QStringLiteral("view working_language replaces table working_language"));
    auto ro = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
    REQUIRE(ro.ok());
    auto audit = store::auditSchema(ro->database(), ro->schemaVersion());
    REQUIRE(audit.ok());
    CHECK(described(*audit).contains(QStringLiteral("table working_language_real was added")));
}

TEST_CASE("An extra index or view alone is reported too, and a clean file stays healthy", "[store][schema]")
{
    test::ScratchDir dir;
    const QString path = freshWorkspace(dir);
    {
        auto ws = store::Workspace::open(path);
        REQUIRE(ws.ok());
        auto report = store::checkWorkspace(*ws);
        REQUIRE(report.ok());
        CHECK(report->healthy());
    }
    tamper(path, QStringLiteral("CREATE VIEW partner_export AS SELECT * FROM partner;"));
    expectRefusedNaming(path, QStringLiteral("view partner_export was added"));
}

TEST_CASE("An older-version file with a foreign schema is refused by check without upgrading it", "[store][schema][migration]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("old.trellis"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v2.trellis")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    tamper(path, QStringLiteral("CREATE TRIGGER chain_wipe AFTER INSERT ON ledger_entry BEGIN SELECT 1; END;"));
    const QByteArray before = digest(path);
    auto cli = test::runCli({QStringLiteral("check"), path});
    CHECK(cli.exitCode == 1);
    CHECK(cli.out.contains(QStringLiteral("trigger chain_wipe was added")));
    auto rw = store::Workspace::open(path);
    REQUIRE_FALSE(rw.ok());
    CHECK(store::isForeignSchemaError(rw.error()));
    CHECK(digest(path) == before); // not migrated, no backup written into it
}
