// The bulk import path against the row-by-row one: the same file, rejects and duplicates included,
// gives the same workspace (rows, chain, fingerprints, search results, schema), and a bulk load that
// is abandoned leaves the file exactly as it was, search triggers and list indexes included.
#include "ledgertestsupport.h"

#include "io/ledgercsvexport.h"
#include "store/bulkload.h"
#include "store/demoalliance.h"
#include "store/ledgerchain.h"
#include "store/ledgerstore.h"
#include "store/search.h"
#include "store/transaction.h"
#include "store/workspacecheck.h"

#include <algorithm>

using namespace trellis;

namespace {

/// The demo ledger as a CSV file (its reversals are rejected on import), with bad rows of every
/// kind after it.
QByteArray demoCsv(const test::ScratchDir &dir, qint64 entries)
{
    const QString path = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(store::writeDemoAlliance(path, entries).ok());
    auto demo = store::Workspace::open(path, {.readOnly = true, .dailyBackup = false});
    REQUIRE(demo.ok());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(io::exportLedgerCsv(*demo, buffer).ok());
    QByteArray csv = buffer.data();
    csv += "2026-02-30,Colombo Garment Workers,Rede Solidária Recife,time,2,hours,No such day,en,posted,,\n"
           "2026-03-01,Colombo Garment Workers,Colombo Garment Workers,time,2,hours,To itself,en,posted,,\n"
           "2026-03-01,Colombo Garment Workers,Rede Solidária Recife,sleeping,2,hours,No such kind,en,posted,,\n"
           "2026-03-01,Colombo Garment Workers,Rede Solidária Recife,funds,-5,EUR,Negative,en,posted,,\n"
           "2026-03-01,Colombo Garment Workers,Rede Solidária Recife,time,2,parsecs,No such unit,en,posted,,\n"
           "2026-03-01,Colombo Garment Workers\n"
           "2026-03-02,Colombo Garment Workers,Rede Solidária Recife,time,2,hours,\"Late, but fine\",en,posted,,\n";
    return csv;
}

/// Imports the first rows of csv (so that the whole file then meets duplicates), then all of it
/// by the path given; returns the second import's report.
io::LedgerImportReport importTwice(test::ImportFixture &f, const QByteArray &csv, io::ImportPath path)
{
    const qsizetype firstRows = csv.indexOf('\n', csv.size() / 50);
    io::LedgerImportOptions first;
    first.createPartners = true;
    first.path = io::ImportPath::RowByRow;
    f.imported(f.importBytes(csv.left(firstRows + 1), first));
    io::LedgerImportOptions options;
    options.createPartners = true;
    options.path = path;
    return f.imported(f.importBytes(csv, options));
}

QStringList rows(store::Workspace &ws, const QString &query)
{
    auto select = ws.database().prepare(query);
    REQUIRE(select.ok());
    QStringList out;
    while (true) {
        auto row = select->step();
        REQUIRE(row.ok());
        if (!*row)
            return out;
        QStringList cells;
        for (int i = 0; i < select->columnCount(); ++i)
            cells << select->text(i);
        out << cells.join(u'|');
    }
}

/// Everything an import writes, apart from uuids and clock times (which differ from run to run),
/// plus what search answers and the schema itself.
QStringList contents(store::Workspace &ws)
{
    QStringList out;
    out << rows(ws, QStringLiteral("SELECT id, name_latin, kind, name_text_id FROM partner ORDER BY id"));
    out << rows(ws, QStringLiteral("SELECT id, occurred_on, from_partner_id, to_partner_id, kind, quantity, unit, "
                                   "narrative_text_id, status, reverses_id, author FROM ledger_entry ORDER BY id"));
    out << rows(ws, QStringLiteral("SELECT id, owner_kind, field, original_lang, sensitive, locked FROM bitext ORDER BY id"));
    out << rows(ws, QStringLiteral("SELECT id, text_id, lang, body, status, search_key FROM bitext_version ORDER BY id"));
    out << rows(ws, QStringLiteral("SELECT c.position, c.entry_id FROM ledger_chain c ORDER BY c.position"));
    out << rows(ws, QStringLiteral("SELECT fingerprint, entry_id FROM ledger_import_key ORDER BY fingerprint"));
    out << rows(ws, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"));
    for (const QString &query : {QStringLiteral("strike fund"), QStringLiteral("huelga"), QStringLiteral("اعتصاب"),
                                 QStringLiteral("إضراب"), QStringLiteral("工友互"), QStringLiteral("курьер"),
                                 QStringLiteral("late but"), QStringLiteral("ertim")}) {
        auto hits = store::search(ws, query, 200);
        REQUIRE(hits.ok());
        out << QStringLiteral("search %1: %2 hits").arg(query).arg(hits->size());
        for (const store::SearchHit &hit : *hits)
            out << QStringLiteral("  %1 %2 %3 %4 %5").arg(hit.recordKind).arg(hit.recordId).arg(hit.field, hit.language, hit.text);
    }
    return out;
}

QStringList rejections(const io::LedgerImportReport &report)
{
    QStringList out;
    for (const io::ImportRejection &r : report.rejections)
        out << QStringLiteral("%1 %2 %3").arg(r.line).arg(r.reason, QString::fromUtf8(r.raw));
    return out;
}

} // namespace

TEST_CASE("The bulk and the row-by-row import give the same workspace from the same file, rejects included",
          "[io][import][bulk]")
{
    test::ScratchDir dir;
    const QByteArray csv = demoCsv(dir, 6000);
    test::ImportFixture rowByRow, bulk, automatic;
    const auto byRow = importTwice(rowByRow, csv, io::ImportPath::RowByRow);
    const auto inBulk = importTwice(bulk, csv, io::ImportPath::Bulk);
    const auto chosen = importTwice(automatic, csv, io::ImportPath::Automatic);

    // The file has what the comparison needs: thousands of rows, rejects of several kinds, duplicates.
    CHECK(byRow.rowsRead == 6007);
    CHECK(byRow.imported > io::kBulkImportRows);
    CHECK(byRow.rejected >= 6);
    CHECK(byRow.duplicates > 50);
    CHECK(byRow.partnersCreated == 0); // created by the first, smaller import
    for (const auto *report : {&inBulk, &chosen}) {
        CHECK(report->rowsRead == byRow.rowsRead);
        CHECK(report->imported == byRow.imported);
        CHECK(report->rejected == byRow.rejected);
        CHECK(report->duplicates == byRow.duplicates);
        CHECK(rejections(*report) == rejections(byRow));
    }

    const QStringList expected = contents(rowByRow.ws);
    CHECK(std::count_if(expected.cbegin(), expected.cend(),
                        [](const QString &line) { return line.startsWith(QStringLiteral("search ")); }) == 8);
    CHECK_FALSE(expected.contains(QStringLiteral("search strike fund: 0 hits")));
    CHECK_FALSE(expected.contains(QStringLiteral("search اعتصاب: 0 hits")));
    CHECK_FALSE(expected.contains(QStringLiteral("search late but: 0 hits")));
    for (auto *f : {&bulk, &automatic}) {
        const QStringList got = contents(f->ws);
        REQUIRE(got.size() == expected.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            INFO("line " << i);
            CHECK(got[i] == expected[i]);
        }
    }
    // Each chain is intact and covers the same entries in the same order (compared above); its head
    // differs only because each entry's uuid and posting time are its own.
    for (auto *f : {&rowByRow, &bulk, &automatic}) {
        auto check = store::checkWorkspace(f->ws);
        REQUIRE(check.ok());
        INFO(check->problems.join(u'\n').toStdString());
        CHECK(check->healthy());
        CHECK(check->chainLength == rowByRow.sql(QStringLiteral("SELECT count(*) FROM ledger_chain")).toLongLong());
    }
}

TEST_CASE("After a bulk import, new entries reach search through the triggers again", "[io][import][bulk]")
{
    test::ScratchDir dir;
    const QByteArray csv = demoCsv(dir, 300);
    test::ImportFixture f;
    io::LedgerImportOptions options;
    options.createPartners = true;
    options.path = io::ImportPath::Bulk;
    f.imported(f.importBytes(csv, options));
    domain::LedgerEntry e;
    e.date = QDate(2026, 5, 1);
    e.fromPartnerId = f.colombo;
    e.toPartnerId = f.recife;
    e.kind = domain::ContributionKind::Hosting;
    e.narrative = domain::BilingualText(QStringLiteral("en"), QStringLiteral("Quokkasong evening after the bulk"));
    auto id = store::LedgerStore(f.ws).add(e);
    REQUIRE(id.ok());
    auto hits = store::search(f.ws, QStringLiteral("quokkasong"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordId == *id);
    auto check = store::checkWorkspace(f.ws);
    REQUIRE(check.ok());
    CHECK(check->healthy());
}

TEST_CASE("A bulk import abandoned half-way leaves the file as it was, triggers and indexes included",
          "[io][import][bulk][bad-input]")
{
    test::ScratchDir dir;
    const QByteArray csv = demoCsv(dir, 3000);
    test::ImportFixture f;
    const QStringList before = contents(f.ws);
    io::LedgerImportOptions options;
    options.createPartners = true;
    options.path = io::ImportPath::Bulk;
    options.keepGoing = [](qint64 rowsRead) { return rowsRead < 2500; }; // after a batch was written
    auto stopped = f.importBytes(csv, options);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("nothing was saved")));
    CHECK(contents(f.ws) == before);
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'text_search_insert'")) == QStringLiteral("1"));
    CHECK(f.sql(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'ledger_entry_kind'")) == QStringLiteral("1"));
}

TEST_CASE("A bulk load runs only inside its caller's transaction", "[store][bulk][bad-input]")
{
    test::WorkspaceFixture f;
    auto outside = store::BulkLoad::begin(f.ws.database());
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message.contains(QStringLiteral("transaction")));
    auto tx = store::Transaction::begin(f.ws.database());
    REQUIRE(tx.ok());
    auto inside = store::BulkLoad::begin(f.ws.database(), 1000);
    REQUIRE(inside.ok());
    CHECK(inside->rebuildsIndexes()); // an empty ledger: any load is larger
    REQUIRE(inside->finish().ok());
    REQUIRE(tx->commit().ok());
}
