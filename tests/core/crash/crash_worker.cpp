// The child process of the crash campaign: runs one operation on a workspace and prints
// "committed ..." on stdout only after the operation has returned success (so it is durable).
#include "domain/ledgerentry.h"
#include "domain/partner.h"
#include "io/ledgerimport.h"
#include "store/backup.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/restore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace trellis;

namespace {

int failed(const Error &error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return 1;
}

void committed(const QString &what)
{
    std::printf("committed %s\n", qPrintable(what));
    std::fflush(stdout);
}

constexpr store::OpenOptions kOpen{.readOnly = false, .dailyBackup = false, .quickCheck = store::QuickCheck::Never};

// saves FILE FROM TO: partners and ledger entries saved one by one through the stores, forever.
int saves(const QString &path, qint64 from, qint64 to)
{
    auto ws = store::Workspace::open(path, kOpen);
    if (!ws)
        return failed(ws.error());
    store::PartnerStore partners(*ws);
    store::LedgerStore ledger(*ws);
    for (int i = 0;; ++i) {
        if (i % 4 == 0) {
            domain::Partner p;
            p.name = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("همبستگی %1").arg(i));
            auto id = partners.add(p);
            if (!id)
                return failed(id.error());
            committed(QStringLiteral("partner %1").arg(*id));
        } else {
            domain::LedgerEntry e;
            e.date = QDate(2026, 1, 1).addDays(i % 300);
            e.fromPartnerId = from;
            e.toPartnerId = to;
            e.kind = domain::ContributionKind::Translation;
            e.quantity = domain::Quantity{1000 + i, domain::Unit::words()};
            e.narrative = domain::BilingualText(QStringLiteral("es"), QStringLiteral("traducción %1").arg(i));
            e.status = (i % 2) ? domain::EntryStatus::Posted : domain::EntryStatus::Draft;
            auto id = ledger.add(e);
            if (!id)
                return failed(id.error());
            committed(QStringLiteral("entry %1").arg(*id));
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == QLatin1String("import") && args.size() == 3) {
        auto ws = store::Workspace::open(args.at(1), kOpen);
        if (!ws)
            return failed(ws.error());
        auto report = io::LedgerImport(*ws, {}).run(args.at(2));
        if (!report)
            return failed(report.error());
        committed(QStringLiteral("import %1").arg(report->imported));
        return 0;
    }
    if (mode == QLatin1String("saves") && args.size() == 4)
        return saves(args.at(1), args.at(2).toLongLong(), args.at(3).toLongLong());
    if (mode == QLatin1String("migrate") && args.size() == 2) {
        auto ws = store::Workspace::open(args.at(1), kOpen);
        if (!ws)
            return failed(ws.error());
        committed(QStringLiteral("migration %1").arg(ws->schemaVersion()));
        return 0;
    }
    if (mode == QLatin1String("backup") && args.size() == 3) {
        auto ws = store::Workspace::open(args.at(1), {.readOnly = true, .dailyBackup = false, .quickCheck = store::QuickCheck::Never});
        if (!ws)
            return failed(ws.error());
        if (auto s = store::copyDatabase(ws->database(), args.at(2)); !s)
            return failed(s.error());
        committed(QStringLiteral("backup"));
        return 0;
    }
    if (mode == QLatin1String("restore") && args.size() == 3) {
        if (auto s = store::restoreWorkspace(args.at(1), args.at(2)); !s)
            return failed(s.error());
        committed(QStringLiteral("restore"));
        return 0;
    }
    std::fprintf(stderr, "usage: crash_worker import FILE CSV | saves FILE FROM TO | migrate FILE | "
                         "backup FILE OUT | restore BACKUP FILE\n");
    return 2;
}
