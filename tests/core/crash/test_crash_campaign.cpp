// The crash campaign (slow, not in the default run; docs/testing.md): SIGKILL at random moments
// across a 100k-row import, record saves through the stores, a schema migration, a backup and a
// restore. After every kill `trellis-cli check` passes and every operation reported as committed
// is there; at the end the counts are exact. TRELLIS_CRASH_KILLS / TRELLIS_CRASH_ROWS scale it.
#include "testsupport.h"

#include "domain/partner.h"
#include "store/partnerstore.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <csignal>

using namespace trellis;

namespace {

int envOr(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// How a worker run ended: killed or not, and what it reported as committed.
struct Run {
    bool killed = false;
    QStringList committed;
    QString err;
};

Run runWorker(const QStringList &args, int killAfterMs)
{
    QProcess worker;
    worker.start(QStringLiteral(TRELLIS_CRASH_WORKER_PATH), args);
    REQUIRE(worker.waitForStarted(10000));
    Run run;
    if (!worker.waitForFinished(killAfterMs)) {
        ::kill(pid_t(worker.processId()), SIGKILL);
        REQUIRE(worker.waitForFinished(30000));
        run.killed = worker.exitStatus() == QProcess::CrashExit;
    }
    for (const QByteArray &line : worker.readAllStandardOutput().split('\n')) {
        if (line.startsWith("committed "))
            run.committed << QString::fromUtf8(line.mid(10));
    }
    run.err = QString::fromUtf8(worker.readAllStandardError());
    return run;
}

void requireCheckPasses(const QString &path)
{
    auto check = test::runCli({QStringLiteral("check"), path});
    INFO(path.toStdString() << "\n" << check.out.toStdString() << check.err.toStdString());
    REQUIRE(check.exitCode == 0);
}

// Read-write connections (no Trellis open, so no migration): after a kill the WAL may need a
// recovery, which a read-only connection cannot run.
qint64 scalar(const QString &path, const QString &sql)
{
    auto db = store::Database::open(path, store::OpenMode::ReadWrite);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    auto select = db->prepare(sql);
    REQUIRE(select.ok());
    REQUIRE(select->step().ok());
    return select->int64(0);
}

qint64 userVersion(const QString &path)
{
    auto db = store::Database::open(path, store::OpenMode::ReadWrite);
    REQUIRE(db.ok());
    auto pragma = db->prepare(QStringLiteral("PRAGMA user_version"));
    REQUIRE(pragma.ok());
    REQUIRE(pragma->step().ok());
    return pragma->int64(0);
}

const QString kEntries = QStringLiteral("SELECT count(*) FROM ledger_entry");
const QString kPartners = QStringLiteral("SELECT count(*) FROM partner");

QString newWorkspace(const test::ScratchDir &dir, const QString &name, qint64 *firstPartner)
{
    const QString path = dir.path(name);
    auto ws = store::Workspace::create(path, {QStringLiteral("en"), QStringLiteral("es")});
    REQUIRE(ws.ok());
    for (const auto &[n, lang] : {std::pair{QStringLiteral("Colombo Garment Workers"), QStringLiteral("en")},
                                  std::pair{QStringLiteral("Rede Solidária Recife"), QStringLiteral("pt-BR")}}) {
        domain::Partner p;
        p.name = domain::BilingualText(lang, n);
        auto id = store::PartnerStore(*ws).add(p);
        REQUIRE(id.ok());
        if (firstPartner && *firstPartner == 0)
            *firstPartner = *id;
    }
    return path;
}

void writeImportFile(const QString &path, int rows, int round)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("kind,date,from,to,quantity,unit,narrative,language\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("time,%1,Colombo Garment Workers,Rede Solidária Recife,%2,hours,round %3 row %4,en\n")
                       .arg(QDate(2025, 1, 1).addDays(i % 700).toString(Qt::ISODate))
                       .arg(1 + i % 40)
                       .arg(round)
                       .arg(i)
                       .toUtf8());
}

} // namespace

TEST_CASE("200 SIGKILLs across import, saves, migration, backup and restore lose nothing committed", "[crash][slow]")
{
    const int kills = envOr("TRELLIS_CRASH_KILLS", 200);
    const int rows = envOr("TRELLIS_CRASH_ROWS", 100000);
    test::ScratchDir dir;
    QRandomGenerator random(20261202);

    qint64 from = 0;
    const QString importPath = newWorkspace(dir, QStringLiteral("import.trellis"), nullptr);
    const QString mainPath = newWorkspace(dir, QStringLiteral("main.trellis"), &from);
    const qint64 to = from + 1;
    const QString restorePath = dir.path(QStringLiteral("restored.trellis"));
    REQUIRE(QFile::copy(mainPath, restorePath));

    // How long an uninterrupted import takes sets the window the kills fall in.
    const QString csv = dir.path(QStringLiteral("rows.csv"));
    qint64 importedRows = 0;
    int importRound = 0;
    writeImportFile(csv, rows, importRound);
    QElapsedTimer timer;
    timer.start();
    Run first = runWorker({QStringLiteral("import"), importPath, csv}, 600000);
    INFO(first.err.toStdString());
    REQUIRE(first.committed == QStringList{QStringLiteral("import %1").arg(rows)});
    importedRows += rows;
    const int importMs = int(std::max<qint64>(timer.elapsed(), 200));

    QSet<QString> savedRecords;
    int done = 0, attempts = 0;
    QHash<QString, int> killedBy, committedBy;
    while (done < kills) {
        const int op = attempts++ % 5;
        if (op == 0) { // an import of `rows` rows in one transaction: all of it or none of it
            writeImportFile(csv, rows, ++importRound);
            const Run run = runWorker({QStringLiteral("import"), importPath, csv}, random.bounded(importMs * 5 / 4));
            requireCheckPasses(importPath);
            const qint64 count = scalar(importPath, kEntries);
            if (!run.committed.isEmpty())
                CHECK(count == importedRows + rows);
            CHECK((count == importedRows || count == importedRows + rows));
            importedRows = count;
            committedBy[QStringLiteral("import")] += run.committed.size();
            killedBy[QStringLiteral("import")] += run.killed;
            done += run.killed;
        } else if (op == 1) { // record saves, one transaction each
            const Run run = runWorker({QStringLiteral("saves"), mainPath, QString::number(from), QString::number(to)},
                                      random.bounded(20, 1500));
            REQUIRE(run.killed);
            requireCheckPasses(mainPath);
            for (const QString &record : run.committed)
                savedRecords.insert(record);
            auto db = store::Database::open(mainPath, store::OpenMode::ReadWrite);
            REQUIRE(db.ok());
            for (const QString &record : std::as_const(savedRecords)) {
                const QStringList parts = record.split(u' ');
                auto select = db->prepare(parts.at(0) == QLatin1String("partner")
                                                         ? QStringLiteral("SELECT count(*) FROM partner WHERE id = ?")
                                                         : QStringLiteral("SELECT count(*) FROM ledger_entry WHERE id = ?"));
                select->bind(1, parts.at(1).toLongLong());
                REQUIRE(select->step().ok());
                INFO(record.toStdString());
                CHECK(select->int64(0) == 1);
            }
            committedBy[QStringLiteral("save")] += run.committed.size();
            ++killedBy[QStringLiteral("save")];
            ++done;
        } else if (op == 2) { // a schema migration from version 2
            const QString path = dir.path(QStringLiteral("migrate-%1.trellis").arg(attempts));
            REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v2.trellis")), path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            const qint64 fixtureEntries = scalar(path, kEntries);
            const Run run = runWorker({QStringLiteral("migrate"), path}, random.bounded(5, 400));
            const qint64 version = userVersion(path);
            CHECK((version == 2 || version == store::schema::currentVersion()));
            if (!run.committed.isEmpty())
                CHECK(version == store::schema::currentVersion());
            requireCheckPasses(path); // upgrades it if the kill came first
            CHECK(scalar(path, kEntries) == fixtureEntries);
            committedBy[QStringLiteral("migration")] += run.committed.size();
            killedBy[QStringLiteral("migration")] += run.killed;
            done += run.killed;
            QFile::remove(path);
        } else if (op == 3) { // a backup: a finished one is whole, an interrupted one is not there
            const QString out = dir.path(QStringLiteral("backup-%1.trellis").arg(attempts));
            const Run run = runWorker({QStringLiteral("backup"), importPath, out}, random.bounded(5, std::max(60, importMs / 3)));
            requireCheckPasses(importPath);
            if (!run.committed.isEmpty() || QFileInfo::exists(out)) {
                requireCheckPasses(out);
                CHECK(scalar(out, kEntries) == importedRows);
            }
            committedBy[QStringLiteral("backup")] += run.committed.size();
            killedBy[QStringLiteral("backup")] += run.killed;
            done += run.killed;
            QFile::remove(out);
        } else { // a restore of the main workspace's latest state over an older copy
            const QString backup = dir.path(QStringLiteral("for-restore.trellis"));
            QFile::remove(backup);
            REQUIRE(runWorker({QStringLiteral("backup"), mainPath, backup}, 600000).committed.size() == 1);
            const qint64 before = scalar(restorePath, kEntries) * 100000 + scalar(restorePath, kPartners);
            const qint64 wanted = scalar(backup, kEntries) * 100000 + scalar(backup, kPartners);
            const Run run = runWorker({QStringLiteral("restore"), backup, restorePath}, random.bounded(5, 300));
            requireCheckPasses(restorePath);
            const qint64 now = scalar(restorePath, kEntries) * 100000 + scalar(restorePath, kPartners);
            if (!run.committed.isEmpty())
                CHECK(now == wanted);
            CHECK((now == before || now == wanted));
            committedBy[QStringLiteral("restore")] += run.committed.size();
            killedBy[QStringLiteral("restore")] += run.killed;
            done += run.killed;
        }
    }
    // The exact counts: every import landed whole, every reported save is there once.
    CHECK(scalar(importPath, kEntries) == importedRows);
    CHECK(importedRows % rows == 0);
    CHECK(scalar(importPath, QStringLiteral("SELECT count(*) FROM ledger_chain")) == importedRows);
    qint64 savedEntries = 0;
    for (const QString &record : std::as_const(savedRecords))
        savedEntries += record.startsWith(QLatin1String("entry "));
    CHECK(scalar(mainPath, kEntries) >= savedEntries);
    CHECK(scalar(mainPath, kEntries) <= savedEntries + killedBy.value(QStringLiteral("save")));
    QStringList figures;
    for (const QString &op : {QStringLiteral("import"), QStringLiteral("save"), QStringLiteral("migration"),
                              QStringLiteral("backup"), QStringLiteral("restore")})
        figures << QStringLiteral("%1: %2 kills, %3 reported commits").arg(op).arg(killedBy.value(op)).arg(committedBy.value(op));
    WARN("crash campaign: " << done << " kills in " << attempts << " runs; " << figures.join(QStringLiteral("; ")).toStdString()
                            << "; " << importedRows << " imported rows, " << savedRecords.size() << " saved records");
    CHECK(done == kills);
}
