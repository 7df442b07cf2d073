// Every read, write, sync and mapping of an import, a record save, a migration and a backup is
// made to fail in turn: each failure is a clear error, the file still passes the check, and every
// change committed before it is still there (the operation itself lands whole or not at all).
#include "faultvfs.h"
#include "testsupport.h"

#include "domain/partner.h"
#include "io/ledgerimport.h"
#include "store/backup.h"
#include "store/database.h"
#include "store/partnerstore.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspacecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <functional>
#include <map>

using namespace trellis;
using test::FaultKind;
using test::FaultVfs;

namespace {

constexpr store::OpenOptions kQuiet{.readOnly = false, .dailyBackup = false, .quickCheck = store::QuickCheck::Never};

/// One operation under test: it opens what it needs, does one thing and closes everything.
struct Operation {
    const char *name;
    QString baseline;                               ///< the workspace file each attempt starts from
    std::function<Status(const QString &path)> run; ///< the operation (may fail)
    /// Checks what the operation wrote besides the workspace, after the fault VFS is gone.
    std::function<void(const QString &path, const Status &status)> verify = {};
};

/// A copy of path with its WAL, for reading without changing path (opening may upgrade).
QString sideCopy(const QString &path)
{
    const QString copy = path + QStringLiteral(".look");
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile::remove(copy + suffix);
        if (QFileInfo::exists(path + suffix))
            REQUIRE(QFile::copy(path + suffix, copy + suffix));
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

/// Everything a user would miss, read with the ordinary VFS: the format version, counts, every
/// text. (The chain's hashes include posting times, so the check verifies the chain instead.)
QString snapshot(const QString &path)
{
    QString version;
    {
        auto db = store::Database::open(path, store::OpenMode::ReadOnly);
        REQUIRE(db.ok());
        auto pragma = db->prepare(QStringLiteral("PRAGMA user_version"));
        REQUIRE(pragma.ok());
        REQUIRE(pragma->step().ok());
        version = pragma->text(0);
    }
    auto ws = store::Workspace::open(sideCopy(path), kQuiet);
    REQUIRE(ws.ok());
    auto select = ws->database().prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM ledger_entry) || '/' || (SELECT count(*) FROM partner) || '/' || "
        "(SELECT count(*) FROM ledger_chain) || '/' || (SELECT count(*) FROM bitext_version) || '/' || "
        "(SELECT group_concat(body, '|') FROM (SELECT body FROM bitext_version ORDER BY id))"));
    REQUIRE(select.ok());
    REQUIRE(select->step().ok());
    return QStringLiteral("v%1/").arg(version) + select->text(0);
}

/// Whether now is a whole intermediate version between before and after: migrations run one
/// transaction per step, so a failure between steps leaves a file the next open carries on from.
/// (A snapshot is "vN/" and the contents as read after that next open.)
bool wholeIntermediateVersion(const QString &now, const QString &before, const QString &after)
{
    const auto version = [](const QString &snap) { return snap.section(u'/', 0, 0).mid(1).toInt(); };
    const auto contents = [](const QString &snap) { return snap.section(u'/', 1); };
    return version(before) < version(now) && version(now) < version(after) && contents(now) == contents(after);
}

void requireHealthy(const QString &path)
{
    auto ws = store::Workspace::open(path, kQuiet);
    INFO((ws.ok() ? QString() : ws.error().message).toStdString());
    REQUIRE(ws.ok());
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
}

QString copyOf(const QString &baseline, const test::ScratchDir &dir, int attempt)
{
    const QString path = dir.path(QStringLiteral("attempt-%1.trellis").arg(attempt));
    REQUIRE(QFile::copy(baseline, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

/// Sweeps the Nth operation of every kind over op, at most `budget` attempts per kind (evenly
/// spread over the operation's count, always including the first and the last).
void sweep(const Operation &op, int budget)
{
    test::ScratchDir dir;
    // The fault-free run: how many operations of each kind there are, and the state it reaches.
    int attempt = 0;
    const QString before = snapshot(op.baseline);
    QString after;
    std::map<FaultKind, int> total;
    for (FaultKind kind : {FaultKind::Read, FaultKind::Write, FaultKind::Sync, FaultKind::Allocate}) {
        const QString path = copyOf(op.baseline, dir, ++attempt);
        Status status;
        {
            FaultVfs vfs;
            vfs.arm(kind, 0); // counts, never fires
            status = op.run(path);
            total[kind] = vfs.count();
        }
        INFO((status.ok() ? QString() : status.error().message).toStdString());
        REQUIRE(status.ok());
        after = snapshot(path);
    }
    REQUIRE(after != QString());
    int failures = 0;
    for (FaultKind kind : {FaultKind::Read, FaultKind::Write, FaultKind::Sync, FaultKind::Allocate}) {
        const int n = total[kind];
        const int step = std::max(1, n / std::max(1, budget - 1));
        for (int nth = 1; nth <= n; nth = nth == n ? n + 1 : std::min(n, nth + step)) {
            INFO(op.name << ": " << test::faultKindName(kind) << " " << nth << " of " << n << " fails");
            const QString path = copyOf(op.baseline, dir, ++attempt);
            Status status;
            bool fired = false;
            {
                FaultVfs vfs;
                vfs.arm(kind, nth);
                status = op.run(path);
                fired = vfs.fired();
            }
            CHECK(fired);
            const QString now = snapshot(path);
            requireHealthy(path);
            if (op.verify)
                op.verify(path, status);
            if (status.ok()) {
                CHECK(now == after); // SQLite retried or the fault did not matter: all of it landed
            } else {
                ++failures;
                INFO(status.error().message.toStdString());
                CHECK_FALSE(status.error().message.trimmed().isEmpty());
                // A failed sync may still have committed (SQLite cannot know): whole or nothing,
                // or, for a migration of several steps, whole steps.
                CHECK((now == before || now == after || wholeIntermediateVersion(now, before, after)));
            }
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
    }
    CHECK(failures > 0); // the sweep did make the operation fail
}

/// A workspace with two partners and a posted entry between them: what every operation starts from.
QString baselineWorkspace(const test::ScratchDir &dir)
{
    const QString path = dir.path(QStringLiteral("baseline.trellis"));
    auto ws = store::Workspace::create(path, {QStringLiteral("en"), QStringLiteral("fa")});
    REQUIRE(ws.ok());
    for (const auto &[name, lang] : {std::pair{QStringLiteral("Colombo Garment Workers"), QStringLiteral("en")},
                                     std::pair{QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR")},
                                     std::pair{QStringLiteral("Союз учителей"), QStringLiteral("ru")}}) {
        domain::Partner p;
        p.name = domain::BilingualText(lang, name);
        REQUIRE(store::PartnerStore(*ws).add(p).ok());
    }
    return path;
}

Status importLedger(const QString &path)
{
    auto ws = store::Workspace::open(path, kQuiet);
    if (!ws)
        return ws.error();
    auto report = io::LedgerImport(*ws, {}).run(test::testData(QStringLiteral("ledger/clean.csv")));
    if (!report)
        return report.error();
    return {};
}

Status savePartner(const QString &path)
{
    auto ws = store::Workspace::open(path, kQuiet);
    if (!ws)
        return ws.error();
    domain::Partner p;
    p.name = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("کارگران پوشاک تهران"));
    auto id = store::PartnerStore(*ws).add(p);
    if (!id)
        return id.error();
    return {};
}

Status upgrade(const QString &path)
{
    auto ws = store::Workspace::open(path, {.readOnly = false, .dailyBackup = false, .quickCheck = store::QuickCheck::Never});
    if (!ws)
        return ws.error();
    return {};
}

Status backUp(const QString &path)
{
    const QString target = path + QStringLiteral(".copy.trellis");
    Status status;
    {
        auto ws = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false, .quickCheck = store::QuickCheck::Never});
        if (!ws)
            return ws.error();
        status = store::copyDatabase(ws->database(), target);
    }
    return status;
}

// A failed backup leaves no file that could be mistaken for one; a finished one is whole.
void verifyBackup(const QString &path, const Status &status)
{
    const QString target = path + QStringLiteral(".copy.trellis");
    if (!status) {
        CHECK_FALSE(QFileInfo::exists(target));
        return;
    }
    CHECK(snapshot(target) == snapshot(path));
    requireHealthy(target);
}

} // namespace

TEST_CASE("Every I/O failure during a ledger import is reported and loses nothing", "[faults]")
{
    test::ScratchDir dir;
    sweep({"import", baselineWorkspace(dir), importLedger}, 12);
}

TEST_CASE("Every I/O failure during a record save is reported and loses nothing", "[faults]")
{
    test::ScratchDir dir;
    sweep({"save", baselineWorkspace(dir), savePartner}, 12);
}

TEST_CASE("Every I/O failure during a schema migration leaves the old version whole", "[faults]")
{
    test::ScratchDir dir;
    const QString v2 = dir.path(QStringLiteral("v2.trellis"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v2.trellis")), v2));
    QFile::setPermissions(v2, QFile::ReadOwner | QFile::WriteOwner);
    sweep({"migration", v2, upgrade}, 12);
}

TEST_CASE("Every I/O failure during a backup leaves the workspace whole and no half copy", "[faults]")
{
    test::ScratchDir dir;
    sweep({"backup", baselineWorkspace(dir), backUp, verifyBackup}, 12);
}
