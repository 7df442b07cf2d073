// Opening a workspace written by an older Trellis: backup first, then each step in one transaction.
#include "storefixture.h"

#include "store/backup.h"
#include "store/ledgerchain.h"
#include "store/partnerstore.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/workspacecheck.h"

#include <QFile>

using namespace trellis;

namespace {
QString copyFixture(const test::ScratchDir &dir)
{
    const QString path = dir.path(QStringLiteral("old.trellis"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v1.trellis")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}
qint64 count(store::Workspace &ws, const QString &sql)
{
    auto s = ws.database().prepare(sql);
    REQUIRE(s.ok());
    REQUIRE(s->step().ok());
    return s->int64(0);
}
} // namespace

TEST_CASE("A version 1 workspace is upgraded with a backup, keeping every record", "[store][migration]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir);
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    const QStringList backups = store::automaticBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-upgrade-v1")));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 60);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM partner")) == 11);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_chain")) ==
          count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE status = 'posted'")));
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
    // The new trigram index finds a Persian partner by three letters of its Latin key.
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM key_search WHERE key_search MATCH '\"kan\"'")) >= 1);

    // The backup is still a version 1 file.
    auto old = store::Database::open(backups.first(), store::OpenMode::ReadOnly);
    REQUIRE(old.ok());
    auto version = old->prepare(QStringLiteral("PRAGMA user_version"));
    REQUIRE(version->step().ok());
    CHECK(version->int64(0) == 1);
}

TEST_CASE("An upgraded workspace keeps working: new records join the chain", "[store][migration]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir);
    {
        auto ws = store::Workspace::open(path);
        REQUIRE(ws.ok());
    }
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(store::automaticBackups(path).size() == 1); // no second upgrade
    domain::Partner p;
    p.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Nueva aliada"));
    REQUIRE(store::PartnerStore(*ws).add(p).ok());
    auto v = store::verifyChain(ws->database());
    REQUIRE(v.ok());
    CHECK(v->intact);
}
