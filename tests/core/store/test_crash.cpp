// Kill -9 a writer at random moments: the file stays healthy and every reported commit survives.
#include "storefixture.h"

#include "store/ledgerchain.h"
#include "store/statement.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>

using namespace trellis;

TEST_CASE("A writer killed with SIGKILL loses no committed batch and leaves a healthy file", "[store][crash]")
{
    test::WorkspaceFixture f;
    const qint64 from = f.addPartner(QStringLiteral("Colombo"), QStringLiteral("en"));
    const qint64 to = f.addPartner(QStringLiteral("Recife"), QStringLiteral("pt-BR"));
    const QString path = f.path();
    constexpr int kBatch = 25;
    QRandomGenerator random(20261126);
    qint64 highestReported = 0;
    int kills = 0;
    for (int round = 0; round < 12; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(TRELLIS_CRASH_WRITER_PATH),
                     {path, QString::number(from), QString::number(to), QString::number(kBatch)});
        REQUIRE(writer.waitForStarted(10000));
        // Let it commit a little first, then kill it at a random moment.
        writer.waitForReadyRead(10000);
        QThread::msleep(random.bounded(5, 250));
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        ++kills;
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                highestReported = std::max(highestReported, line.mid(10).toLongLong());
        }
        INFO(writer.readAllStandardError().toStdString());

        auto check = test::runCli({QStringLiteral("check"), path});
        INFO(check.out.toStdString());
        REQUIRE(check.exitCode == 0);
        auto ws = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
        REQUIRE(ws.ok());
        auto stmt = ws->database().prepare(QStringLiteral("SELECT count(*), ifnull(max(id), 0) FROM ledger_entry"));
        REQUIRE(stmt->step().ok());
        const qint64 count = stmt->int64(0);
        CHECK(stmt->int64(1) >= highestReported); // every reported commit is there
        CHECK(count % kBatch == 0);               // and no batch is there by halves
        auto chain = store::verifyChain(ws->database());
        REQUIRE(chain.ok());
        CHECK(chain->intact);
        CHECK(chain->length == count);
    }
    CHECK(kills == 12);
    CHECK(highestReported > 0);
}
