// A child process for the crash test: writes ledger batches forever, reporting each commit.
#include "domain/ledgerentry.h"
#include "store/ledgerstore.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <cstdio>

using namespace trellis;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: crash_writer FILE FROM_PARTNER TO_PARTNER BATCH_SIZE\n");
        return 2;
    }
    auto ws = store::Workspace::open(QString::fromLocal8Bit(argv[1]), {.readOnly = false, .dailyBackup = false});
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    const qint64 from = QByteArray(argv[2]).toLongLong();
    const qint64 to = QByteArray(argv[3]).toLongLong();
    const int batchSize = QByteArray(argv[4]).toInt();
    store::LedgerStore ledger(*ws);
    for (qint64 batch = 1;; ++batch) {
        QList<domain::LedgerEntry> entries;
        for (int i = 0; i < batchSize; ++i) {
            domain::LedgerEntry e;
            e.date = QDate(2026, 1, 1).addDays(i);
            e.fromPartnerId = from;
            e.toPartnerId = to;
            e.kind = domain::ContributionKind::Time;
            e.quantity = domain::Quantity{100 + i, domain::Unit::hours()};
            e.narrative = domain::BilingualText(QStringLiteral("en"), QStringLiteral("crash batch entry %1").arg(i));
            e.status = domain::EntryStatus::Posted;
            entries.append(e);
        }
        if (auto s = ledger.addBatch(entries); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 1;
        }
        // Reported only after COMMIT returned: this entry id is durable from now on.
        std::printf("committed %lld\n", static_cast<long long>(entries.last().stamp.id));
        std::fflush(stdout);
    }
}
