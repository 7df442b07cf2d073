// trellis-cli import ledger, approve and balance on real files: counts, exit codes, consent states.
#include "ledgercli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace trellis::test;

namespace {

const QByteArray kAlliance =
    "date,from,to,kind,quantity,unit,narrative,language\n"
    "2026-07-01,Colombo Garment Workers,Rede Solidária Recife,funds,250.00,EUR,Strike fund,en\n"
    "2026-07-02,Rede Solidária Recife,Colombo Garment Workers,time,6.5,hours,Legal clinic,en\n"
    "2026-07-03,Colombo Garment Workers,Rede Solidária Recife,time,2,hours,Night watch,en\n"
    "2026-07-04,Rede Solidária Recife,Colombo Garment Workers,moral leadership,,,Statement of support,en\n"
    "2026-07-05,Союз учителей,Colombo Garment Workers,funds,99,USD,Printing,en\n";

/// A workspace whose ledger is kAlliance: partners 1 Colombo, 2 Recife, 3 the teachers' union.
QString alliance(const ScratchDir &dir)
{
    const QString ws = newWorkspace(dir);
    const QString csv = writeFile(dir, QStringLiteral("alliance.csv"), kAlliance);
    auto r = runCli({QStringLiteral("import"), QStringLiteral("ledger"), ws, csv, QStringLiteral("--create-partners")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return ws;
}

QStringList importArgs(const QString &ws, const QString &csv, QStringList more = {})
{
    return QStringList{QStringLiteral("import"), QStringLiteral("ledger"), ws, csv} + more;
}

} // namespace

TEST_CASE("import ledger prints its counts and exits 0 when every row landed", "[cli][import]")
{
    ScratchDir dir;
    const QString ws = newWorkspace(dir);
    const QString csv = writeFile(dir, QStringLiteral("a.csv"), kAlliance);
    auto r = runCli(importArgs(ws, csv, {QStringLiteral("--create-partners")}));
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("rows read: 5\nimported: 5\nrejected: 0\nduplicates skipped: 0\npartners created: 3\n"));
    CHECK(sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_chain")) == QStringLiteral("5"));
    auto again = runCli(importArgs(ws, csv, {QStringLiteral("--json")}));
    CHECK(again.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(again.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("rows_read")).toInteger() == 5);
    CHECK(counts.value(QStringLiteral("imported")).toInteger() == 0);
    CHECK(counts.value(QStringLiteral("duplicates_skipped")).toInteger() == 5);
    CHECK(counts.value(QStringLiteral("rejected")).toInteger() == 0);
    CHECK(counts.value(QStringLiteral("dry_run")).toBool() == false);
    CHECK(sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("5"));
    auto check = runCli({QStringLiteral("check"), ws});
    CHECK(check.exitCode == 0);
}

TEST_CASE("import ledger exits 3 when rows were rejected, and writes them to the rejects file", "[cli][import][bad-input]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    const QString rejects = dir.path(QStringLiteral("rejects.csv"));
    auto r = runCli(importArgs(ws, testData(QStringLiteral("ledger/ugly.csv")), {QStringLiteral("--rejects"), rejects}));
    CHECK(r.exitCode == 3);
    CHECK(r.out.contains(QStringLiteral("rows read: 14\nimported: 2\nrejected: 12 (listed in ")));
    const QByteArray written = readFile(rejects);
    CHECK(written.startsWith("line,reason,raw\r\n"));
    CHECK(written.contains("3,\"from: unknown partner \"\"Nobody Collective\"\" (add the partner first, or import with "
                           "--create-partners)\",\"2026-04-02,Nobody Collective,Rede Solidária Recife,time,2,hours,unknown giver,en\"\r\n"));
    CHECK(written.contains("\r\n8,date: The date is not a real day: month 2 of 2026 has 28 days.,\"2026-02-30,"));
    CHECK(written.contains("\r\n9,not valid UTF-8,\"2026-04-07,Colombo Garment Workers,Rede Solid\xEF\xBF\xBDria Recife,"));
    // Without --rejects the reasons go to stderr, by line.
    auto dry = runCli(importArgs(ws, testData(QStringLiteral("ledger/ugly.csv")), {QStringLiteral("--dry-run")}));
    CHECK(dry.exitCode == 3);
    CHECK(dry.err.contains(QStringLiteral("line 10: 7 fields where 8 are expected (as in the header row)\n")));
}

TEST_CASE("import ledger --dry-run writes nothing", "[cli][import]")
{
    ScratchDir dir;
    const QString ws = newWorkspace(dir);
    const QString csv = writeFile(dir, QStringLiteral("a.csv"), kAlliance);
    auto r = runCli(importArgs(ws, csv, {QStringLiteral("--create-partners"), QStringLiteral("--dry-run")}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("imported: 5 (dry run: nothing saved)")));
    CHECK(r.out.contains(QStringLiteral("partners created: 3")));
    CHECK(sqlite(ws, QStringLiteral("SELECT (SELECT count(*) FROM ledger_entry) + (SELECT count(*) FROM partner) + "
                                    "(SELECT count(*) FROM ledger_import_key)")) == QStringLiteral("0"));
}

TEST_CASE("import ledger reads European files with --decimal comma and --date-format", "[cli][import]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    auto r = runCli(importArgs(ws, testData(QStringLiteral("ledger/european.csv")),
                               {QStringLiteral("--decimal"), QStringLiteral("comma"), QStringLiteral("--date-format"),
                                QStringLiteral("dd/MM/yyyy"), QStringLiteral("--json")}));
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("\"imported\":3")));
    CHECK(sqlite(ws, QStringLiteral("SELECT quantity FROM ledger_entry WHERE occurred_on = '2026-01-05'")) == QStringLiteral("123450"));
    auto mapped = runCli(importArgs(ws, testData(QStringLiteral("ledger/mapped.csv")),
                                    {QStringLiteral("--map"), QStringLiteral("date=Fecha,from=De,to=Para,kind=Tipo,quantity=Cantidad,"
                                                                             "unit=Unidad,narrative=Descripción,language=Idioma")}));
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.out.contains(QStringLiteral("imported: 2")));
}

TEST_CASE("import ledger refuses bad arguments with exit 2 and bad files with exit 1", "[cli][import][bad-input]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    const QString csv = testData(QStringLiteral("ledger/clean.csv"));
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("ledgers"), ws, csv}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), QStringLiteral("ledger"), ws}).exitCode == 2);
    auto decimal = runCli(importArgs(ws, csv, {QStringLiteral("--decimal"), QStringLiteral("dot")}));
    CHECK(decimal.exitCode == 2);
    CHECK(decimal.err.contains(QStringLiteral("--decimal takes comma (1.234,50) or point (1,234.50), not \"dot\"")));
    auto map = runCli(importArgs(ws, csv, {QStringLiteral("--map"), QStringLiteral("when=Fecha")}));
    CHECK(map.exitCode == 2);
    CHECK(map.err.contains(QStringLiteral("--map: \"when\" is not a field")));
    CHECK(runCli(importArgs(ws, csv, {QStringLiteral("--frobnicate")})).exitCode == 2);
    auto header = runCli(importArgs(ws, testData(QStringLiteral("ledger/no_to_column.csv"))));
    CHECK(header.exitCode == 1);
    CHECK(header.err.contains(QStringLiteral("The header row has no column for: to.")));
    auto missing = runCli(importArgs(ws, dir.path(QStringLiteral("nope.csv"))));
    CHECK(missing.exitCode == 1);
    CHECK(sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("5"));
}

TEST_CASE("import ledger asks before recording rows inside an agreed pause, and keeps either answer", "[cli][import][pause]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    // The demo's Colectiva and Kanun rest from 21 December 2026 to 17 January 2027.
    auto nameOf = [&ws](const QString &side) {
        return sqlite(ws, QStringLiteral("SELECT v.body FROM pause p JOIN partner t ON t.id = p.%1 JOIN bitext_version v "
                                         "ON v.text_id = t.name_text_id AND v.status = 'original'").arg(side));
    };
    const QString a = nameOf(QStringLiteral("partner_a_id")), b = nameOf(QStringLiteral("partner_b_id"));
    const QString csv = writeFile(dir, QStringLiteral("rest.csv"),
                                  QStringLiteral("date,from,to,kind,quantity,unit\n"
                                                 "2026-12-20,%1,%2,time,1,hours\n"
                                                 "2026-12-21,%1,%2,time,2,hours\n"
                                                 "2027-01-17,%2,%1,time,3,hours\n")
                                      .arg(a, b)
                                      .toUtf8());
    const QString before = sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry"));
    auto asked = runCli(importArgs(ws, csv));
    CHECK(asked.exitCode == 1);
    CHECK(asked.err.contains(QStringLiteral("2 rows are dated inside a pause its partners agreed (lines 3, 4); nothing "
                                            "was saved. Import again with --inside-pauses import to record them anyway, "
                                            "or with --inside-pauses leave-out to leave them out.")));
    CHECK(sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == before);
    auto dry = runCli(importArgs(ws, csv, {QStringLiteral("--dry-run")}));
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("inside agreed pauses: 2 (a real import asks; see --inside-pauses)")));
    auto left = runCli(importArgs(ws, csv, {QStringLiteral("--inside-pauses"), QStringLiteral("leave-out"), QStringLiteral("--json")}));
    CHECK(left.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(left.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("imported")).toInteger() == 1);
    CHECK(counts.value(QStringLiteral("left_out")).toInteger() == 2);
    CHECK(counts.value(QStringLiteral("inside_pauses")).toInteger() == 2);
    CHECK(left.err.contains(QStringLiteral("line 3: left out: dated inside agreed pause ")));
    auto recorded = runCli(importArgs(ws, csv, {QStringLiteral("--inside-pauses"), QStringLiteral("import")}));
    CHECK(recorded.exitCode == 0);
    CHECK(recorded.out.contains(QStringLiteral("imported: 2\n")));
    CHECK(recorded.out.contains(QStringLiteral("duplicates skipped: 1\n")));
    CHECK(recorded.out.contains(QStringLiteral("inside agreed pauses: 2 (imported)")));
    CHECK(sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry")).toInt() == before.toInt() + 3);
    auto bad = runCli(importArgs(ws, csv, {QStringLiteral("--inside-pauses"), QStringLiteral("maybe")}));
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--inside-pauses takes ask, import or leave-out, not \"maybe\"")));
    CHECK(runCli({QStringLiteral("check"), ws}).exitCode == 0);
}

TEST_CASE("approve records each side's word and prints where consent stands", "[cli][approve][consent]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    auto approve = [&](QStringList args) {
        return runCli(QStringList{QStringLiteral("approve"), ws} + args);
    };
    auto first = approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("colombo garment workers"),
                          QStringLiteral("--by"), QStringLiteral("Ana (treasurer)"), QStringLiteral("--note"), QStringLiteral("as agreed")});
    CHECK(first.exitCode == 0);
    CHECK(first.out.startsWith(QStringLiteral("entry 1: funds 250.00 EUR from Colombo Garment Workers to Rede Solidária Recife\n")));
    CHECK(first.out.contains(QStringLiteral("  Colombo Garment Workers (giving): approved by Ana (treasurer) at ")));
    CHECK(first.out.contains(QStringLiteral("  Rede Solidária Recife (receiving): not approved yet\n")));
    CHECK(first.out.endsWith(QStringLiteral("consent: proposed (awaiting Rede Solidária Recife)\n")));

    auto both = approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("2"), QStringLiteral("--by"), QStringLiteral("João")});
    CHECK(both.exitCode == 0);
    CHECK(both.out.endsWith(QStringLiteral("consent: disbursed (both sides approve)\n")));
    auto balance = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--with"), QStringLiteral("2")});
    CHECK(balance.out.contains(QStringLiteral("  EUR: given 250.00, received 0.00, net 250.00, asymmetry 1.0000\n")));

    auto withdrawn = approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("Rede Solidaria Recife"),
                              QStringLiteral("--by"), QStringLiteral("João"), QStringLiteral("--withdraw")});
    CHECK(withdrawn.exitCode == 0);
    CHECK(withdrawn.out.contains(QStringLiteral("  Rede Solidária Recife (receiving): approval withdrawn by João at ")));
    CHECK(withdrawn.out.endsWith(QStringLiteral("consent: proposed (awaiting Rede Solidária Recife)\n")));
    CHECK(sqlite(ws, QStringLiteral("SELECT group_concat(partner_id || action || ':' || note, ' ') FROM funds_approval"))
          == QStringLiteral("1approve:as agreed 2approve: 2withdraw:"));
}

TEST_CASE("approve refuses what consent cannot mean", "[cli][approve][bad-input]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    auto approve = [&](QStringList args) { return runCli(QStringList{QStringLiteral("approve"), ws} + args); };
    auto time = approve({QStringLiteral("2"), QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("Ana")});
    CHECK(time.exitCode == 1);
    CHECK(time.err.contains(QStringLiteral("Only funds entries need mutual consent")));
    auto outsider = approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("Союз учителей"), QStringLiteral("--by"), QStringLiteral("Ivan")});
    CHECK(outsider.exitCode == 1);
    CHECK(outsider.err.contains(QStringLiteral("Only the two partners of a funds entry can approve it")));
    auto unknown = approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("Nobody"), QStringLiteral("--by"), QStringLiteral("X")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("--partner: unknown partner \"Nobody\"")));
    auto ghost = approve({QStringLiteral("99"), QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("X")});
    CHECK(ghost.exitCode == 1);
    CHECK(ghost.err.contains(QStringLiteral("Ledger entry 99 does not exist")));
    CHECK(approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("1")}).exitCode == 2);
    CHECK(approve({QStringLiteral("one"), QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("X")}).exitCode == 2);
    auto blank = approve({QStringLiteral("1"), QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--by"), QStringLiteral("  ")});
    CHECK(blank.exitCode == 1);
    CHECK(sqlite(ws, QStringLiteral("SELECT count(*) FROM funds_approval")) == QStringLiteral("0"));
}

TEST_CASE("balance prints exact figures per unit, by period, as text or JSON", "[cli][balance]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    auto text = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("Colombo Garment Workers"),
                        QStringLiteral("--with"), QStringLiteral("rede solidaria recife"), QStringLiteral("--period"), QStringLiteral("2026-Q3")});
    CHECK(text.exitCode == 0);
    CHECK(text.out == QStringLiteral(
        "Colombo Garment Workers (1) with Rede Solidária Recife (2), 2026-07-01..2026-09-30:\n"
        "  EUR: given 0.00, received 0.00, net 0.00, asymmetry none\n"
        "    funds proposed: given 250.00, received 0.00; disbursed: given 0.00, received 0.00\n"
        "  hours: given 2.00, received 6.50, net -4.50, asymmetry 0.5294\n"
        "  narrative-only contributions: 1\n"
        "    2026-07-04 Rede Solidária Recife to Colombo Garment Workers, moral_leadership [en]: Statement of support\n"));
    auto json = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray balances = doc.value(QStringLiteral("balances")).toArray();
    REQUIRE(balances.size() == 1);
    const QJsonObject b = balances.first().toObject();
    CHECK(b.value(QStringLiteral("with")).isNull());
    const QJsonArray units = b.value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == 3);
    const QJsonObject usd = units.at(1).toObject();
    CHECK(usd.value(QStringLiteral("unit")).toString() == QStringLiteral("USD"));
    CHECK(usd.value(QStringLiteral("given")).toString() == QStringLiteral("0.00"));
    CHECK(usd.value(QStringLiteral("received")).toString() == QStringLiteral("0.00"));
    CHECK(usd.value(QStringLiteral("funds")).toObject().value(QStringLiteral("proposed_received")).toString() == QStringLiteral("99.00"));
    CHECK(units.at(2).toObject().value(QStringLiteral("net")).toString() == QStringLiteral("-4.50"));
    CHECK(b.value(QStringLiteral("narrative_only")).toObject().value(QStringLiteral("count")).toInt() == 1);
    auto empty = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--period"), QStringLiteral("2025")});
    CHECK(empty.out.contains(QStringLiteral("  no counted contributions\n  narrative-only contributions: 0\n")));
    auto everyone = runCli({QStringLiteral("balance"), ws});
    CHECK(everyone.out.count(QStringLiteral("with all partners")) == 3);
}

TEST_CASE("balance --totals prints every partner's figures with no narrative-only list", "[cli][balance]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    auto full = runCli({QStringLiteral("balance"), ws});
    auto totals = runCli({QStringLiteral("balance"), ws, QStringLiteral("--totals")});
    REQUIRE(full.exitCode == 0);
    REQUIRE(totals.exitCode == 0);
    CHECK(totals.out.count(QStringLiteral("with all partners")) == 3);
    CHECK_FALSE(totals.out.contains(QStringLiteral("narrative-only")));
    // The same report less the narrative lines.
    QStringList expected;
    bool inNarratives = false;
    for (const QString &l : full.out.split(u'\n')) {
        if (l.startsWith(QStringLiteral("  narrative-only contributions"))) {
            inNarratives = true;
            continue;
        }
        if (inNarratives && l.startsWith(QStringLiteral("    ")))
            continue;
        inNarratives = false;
        expected << l;
    }
    CHECK(totals.out == expected.join(u'\n'));
    CHECK(totals.out.contains(QStringLiteral("  hours: given ")));
    auto json = runCli({QStringLiteral("balance"), ws, QStringLiteral("--totals"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray balances = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("balances")).toArray();
    REQUIRE(balances.size() == 3);
    for (const QJsonValue &b : balances) {
        CHECK_FALSE(b.toObject().contains(QStringLiteral("narrative_only")));
        CHECK_FALSE(b.toObject().value(QStringLiteral("units")).toArray().isEmpty());
    }
    auto one = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--totals")});
    CHECK(one.exitCode == 0);
    CHECK_FALSE(one.out.contains(QStringLiteral("narrative-only")));
    CHECK(one.out.contains(QStringLiteral("  hours: given ")));
}

TEST_CASE("balance refuses bad arguments", "[cli][balance][bad-input]")
{
    ScratchDir dir;
    const QString ws = alliance(dir);
    auto period = runCli({QStringLiteral("balance"), ws, QStringLiteral("--period"), QStringLiteral("2026-Q5")});
    CHECK(period.exitCode == 2);
    CHECK(period.err.contains(QStringLiteral("--period: \"2026-Q5\" is not a period")));
    CHECK(runCli({QStringLiteral("balance"), ws, QStringLiteral("--with"), QStringLiteral("1")}).exitCode == 2);
    auto self = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("1"), QStringLiteral("--with"), QStringLiteral("1")});
    CHECK(self.exitCode == 1);
    auto unknown = runCli({QStringLiteral("balance"), ws, QStringLiteral("--partner"), QStringLiteral("Nobody")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown partner \"Nobody\"")));
    CHECK(runCli({QStringLiteral("balance"), dir.path(QStringLiteral("absent.trellis"))}).exitCode == 1);
}
