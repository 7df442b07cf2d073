// Ledger rows dated inside a pause their partners agreed: an import asks before recording them
// (saving nothing until told), a dry run counts them, and either answer is kept exactly, on the
// row-by-row path and the bulk one alike.
#include "ledgertestsupport.h"

#include "store/pausestore.h"
#include "store/workspacecheck.h"

using namespace trellis;
using test::ImportFixture;

namespace {

/// Colombo and Recife rest through July 2026, both having agreed; Colombo and the teachers only
/// proposed a rest over the same days (one side's consent is not a pause).
struct PauseFixture : ImportFixture {
    qint64 agreed = addPause(colombo, recife, true);
    qint64 proposed = addPause(colombo, teachers, false);

    qint64 addPause(qint64 a, qint64 b, bool bothAgreed)
    {
        rhythm::Pause p;
        p.partnerA = a;
        p.partnerB = b;
        p.firstDay = QDate(2026, 7, 1);
        p.lastDay = QDate(2026, 7, 31);
        p.reason = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Descanso después de la cosecha"));
        p.consentedByA = QDate(2026, 6, 10);
        if (bothAgreed)
            p.consentedByB = QDate(2026, 6, 12);
        REQUIRE(store::PauseStore(ws).add(p).ok());
        return p.stamp.id;
    }

    io::LedgerImportOptions with(io::InsidePauses answer, io::ImportPath path = io::ImportPath::Automatic)
    {
        io::LedgerImportOptions o;
        o.insidePauses = answer;
        o.path = path;
        return o;
    }
};

// Line 2 is before the pause, 3 and 4 inside it (either direction, its first and last day), 5 is
// the proposed pause's pair, 6 is after it, and 7 is an unknown partner (rejected, never asked).
const QByteArray kFile = "date,from,to,kind,quantity,unit\n"
                         "2026-06-30,Colombo Garment Workers,Rede Solidária Recife,materials,10,EUR\n"
                         "2026-07-01,Colombo Garment Workers,Rede Solidária Recife,materials,20,EUR\n"
                         "2026-07-31,Rede Solidária Recife,Colombo Garment Workers,time,3,hours\n"
                         "2026-07-15,Colombo Garment Workers,Союз учителей,time,4,hours\n"
                         "2026-08-01,Rede Solidária Recife,Colombo Garment Workers,time,5,hours\n"
                         "2026-07-15,Nobody We Know,Colombo Garment Workers,time,6,hours\n";

} // namespace

TEST_CASE("An import with rows inside an agreed pause asks first and saves nothing until told", "[io][import][pause]")
{
    PauseFixture f;
    const QString before = f.snapshot();
    QBuffer buffer;
    buffer.setData(kFile);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    io::LedgerImport import(f.ws, io::LedgerImportOptions{});
    auto refused = import.run(buffer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.startsWith(QStringLiteral("2 rows are dated inside a pause its partners agreed "
                                                            "(lines 3, 4); nothing was saved.")));
    CHECK(refused.error().message.contains(QStringLiteral("--inside-pauses leave-out")));
    CHECK(f.snapshot() == before);
    // What it read stays for the question: the lines and the pause they fall in.
    const io::LedgerImportReport &seen = import.lastReport();
    CHECK(seen.insidePauses == QList<io::PausedRow>{{3, f.agreed}, {4, f.agreed}});
    CHECK(seen.rowsRead == 6);
    CHECK(seen.rejected == 1);
    auto check = store::checkWorkspace(f.ws);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());
}

TEST_CASE("A dry run counts the rows inside agreed pauses without asking", "[io][import][pause]")
{
    PauseFixture f;
    const QString before = f.snapshot();
    io::LedgerImportOptions o;
    o.dryRun = true;
    const auto r = f.imported(f.importBytes(kFile, o));
    CHECK(r.imported == 5);
    CHECK(r.leftOut == 0);
    CHECK(r.insidePauses == QList<io::PausedRow>{{3, f.agreed}, {4, f.agreed}});
    CHECK(f.snapshot() == before);
}

TEST_CASE("Answered 'import', the rows inside the pause are recorded with the rest", "[io][import][pause]")
{
    PauseFixture f;
    const auto r = f.imported(f.importBytes(kFile, f.with(io::InsidePauses::Import)));
    CHECK(r.imported == 5);
    CHECK(r.leftOut == 0);
    CHECK(r.insidePauses.size() == 2);
    CHECK(f.sql(QStringLiteral("SELECT group_concat(occurred_on, ',') FROM (SELECT occurred_on FROM ledger_entry ORDER "
                               "BY occurred_on)"))
          == QStringLiteral("2026-06-30,2026-07-01,2026-07-15,2026-07-31,2026-08-01"));
    // Imported once, they are duplicates the next time, never asked about again.
    const auto again = f.imported(f.importBytes(kFile));
    CHECK(again.duplicates == 5);
    CHECK(again.insidePauses.isEmpty());
}

TEST_CASE("Answered 'leave out', the rows inside the pause stay out and can be imported later", "[io][import][pause]")
{
    PauseFixture f;
    const auto r = f.imported(f.importBytes(kFile, f.with(io::InsidePauses::LeaveOut)));
    CHECK(r.rowsRead == 6);
    CHECK(r.imported == 3);
    CHECK(r.rejected == 1);
    CHECK(r.leftOut == 2);
    CHECK(r.rowsRead == r.imported + r.rejected + r.duplicates + r.leftOut);
    CHECK(r.insidePauses == QList<io::PausedRow>{{3, f.agreed}, {4, f.agreed}});
    CHECK(f.sql(QStringLiteral("SELECT group_concat(occurred_on, ',') FROM (SELECT occurred_on FROM ledger_entry ORDER "
                               "BY occurred_on)"))
          == QStringLiteral("2026-06-30,2026-07-15,2026-08-01"));
    // Left out is not imported: the same file answered 'import' adds just those two.
    const auto later = f.imported(f.importBytes(kFile, f.with(io::InsidePauses::Import)));
    CHECK(later.imported == 2);
    CHECK(later.duplicates == 3);
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("5"));
    auto check = store::checkWorkspace(f.ws);
    REQUIRE(check.ok());
    CHECK(check->problems.isEmpty());
}

TEST_CASE("Two equal rows inside a pause are both left out, and both land when imported later", "[io][import][pause]")
{
    PauseFixture f;
    const QByteArray twice = "date,from,to,kind,quantity,unit\n"
                             "2026-07-02,Colombo Garment Workers,Rede Solidária Recife,materials,50,EUR\n"
                             "2026-07-02,Colombo Garment Workers,Rede Solidária Recife,materials,50,EUR\n";
    CHECK(f.imported(f.importBytes(twice, f.with(io::InsidePauses::LeaveOut))).leftOut == 2);
    const auto later = f.imported(f.importBytes(twice, f.with(io::InsidePauses::Import)));
    CHECK(later.imported == 2);
    CHECK(later.duplicates == 0);
}

TEST_CASE("The bulk path leaves out and asks exactly as the row-by-row path does", "[io][import][pause][bulk]")
{
    auto outcome = [](io::ImportPath path, io::InsidePauses answer) -> QString {
        PauseFixture f;
        auto r = f.importBytes(kFile, f.with(answer, path));
        QString text = r.ok() ? QStringLiteral("%1 imported, %2 left out").arg(r->imported).arg(r->leftOut)
                              : r.error().message;
        return text + u'|' + f.entries().join(u';');
    };
    for (auto answer : {io::InsidePauses::Ask, io::InsidePauses::Import, io::InsidePauses::LeaveOut}) {
        CAPTURE(int(answer));
        CHECK(outcome(io::ImportPath::Bulk, answer) == outcome(io::ImportPath::RowByRow, answer));
    }
}
