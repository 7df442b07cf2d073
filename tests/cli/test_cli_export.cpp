// trellis-cli export ledger: hledger totals the journal exactly as `balance` does; CSV cells cannot
// inject formulas; a published chain head verifies with `check --head`.
#include "ledgercli.h"

#include "domain/unit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

using namespace trellis::test;

namespace {

/// "partner id/unit/side" -> exact minor units; zero totals are left out.
using Totals = QMap<QString, qint64>;

qint64 minorUnits(const QString &amount, const QString &unitKey)
{
    auto unit = trellis::domain::Unit::parse(unitKey);
    REQUIRE(unit.ok());
    auto q = trellis::domain::Quantity::fromPlainString(amount, *unit);
    INFO(amount.toStdString());
    REQUIRE(q.ok());
    return q->minorUnits;
}

void add(Totals &totals, const QString &key, qint64 value)
{
    totals[key] += value;
    if (totals[key] == 0)
        totals.remove(key);
}

/// hledger's own per-account, per-commodity totals of the journal.
Totals hledgerTotals(const QString &journal)
{
    auto r = runProgram(QStringLiteral("hledger"), {QStringLiteral("-f"), journal, QStringLiteral("balance"),
                                                    QStringLiteral("--flat"), QStringLiteral("--no-total"),
                                                    QStringLiteral("-O"), QStringLiteral("csv")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression row(QStringLiteral("^\"partners:p(\\d+)[^:]*:(pending:)?(given|received)\",\"(.*)\"$"));
    Totals totals;
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1)) {
        const auto m = row.match(line.trimmed());
        INFO(line.toStdString());
        REQUIRE(m.hasMatch());
        for (const QString &amount : m.captured(4).split(QStringLiteral(", "))) {
            const QString number = amount.section(u' ', 0, 0);
            QString commodity = amount.section(u' ', 1);
            if (commodity == QLatin1String("h"))
                commodity = QStringLiteral("hours");
            const bool received = m.captured(3) == QLatin1String("received");
            const qint64 value = minorUnits(number, commodity) * (received ? -1 : 1);
            add(totals, QStringLiteral("%1/%2/%3%4").arg(m.captured(1), commodity, m.captured(2), m.captured(3)), value);
        }
    }
    return totals;
}

/// The same totals from `trellis-cli balance --json`, every partner against all.
Totals balanceTotals(const QString &workspace)
{
    auto r = runCli({QStringLiteral("balance"), workspace, QStringLiteral("--json")});
    REQUIRE(r.exitCode == 0);
    Totals totals;
    const QJsonArray balances = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("balances")).toArray();
    REQUIRE(balances.size() >= 8);
    for (const QJsonValue &b : balances) {
        const QString id = QString::number(b[QStringLiteral("partner")][QStringLiteral("id")].toInteger());
        for (const QJsonValue &u : b[QStringLiteral("units")].toArray()) {
            const QString unit = u[QStringLiteral("unit")].toString();
            const auto value = [&](const QJsonValue &v) { return minorUnits(v.toString(), unit); };
            const QJsonValue funds = u[QStringLiteral("funds")];
            add(totals, QStringLiteral("%1/%2/given").arg(id, unit), value(u[QStringLiteral("given")]));
            add(totals, QStringLiteral("%1/%2/received").arg(id, unit), value(u[QStringLiteral("received")]));
            add(totals, QStringLiteral("%1/%2/pending:given").arg(id, unit),
                value(funds[QStringLiteral("proposed_given")]) - value(funds[QStringLiteral("disbursed_given")]));
            add(totals, QStringLiteral("%1/%2/pending:received").arg(id, unit),
                value(funds[QStringLiteral("proposed_received")]) - value(funds[QStringLiteral("disbursed_received")]));
        }
    }
    return totals;
}

} // namespace

TEST_CASE("hledger totals the exported journal exactly as trellis-cli balance does", "[cli][export][hledger]")
{
    ScratchDir dir;
    const QString ws = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), ws, QStringLiteral("--entries"), QStringLiteral("300")}).exitCode == 0);
    const QString journal = dir.path(QStringLiteral("ledger.journal"));
    auto exported = runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"),
                            QStringLiteral("hledger"), QStringLiteral("--out"), journal});
    REQUIRE(exported.exitCode == 0);
    const Totals fromHledger = hledgerTotals(journal);
    const Totals fromTrellis = balanceTotals(ws);
    CHECK(fromHledger.size() > 50);
    CHECK(fromHledger == fromTrellis);
    // Drafts stay out; every posted entry is one transaction.
    const QString posted = sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE status = 'posted'"));
    CHECK(exported.out.startsWith(QStringLiteral("%1 entries written to ").arg(posted)));
    auto stats = runProgram(QStringLiteral("hledger"), {QStringLiteral("-f"), journal, QStringLiteral("stats")});
    REQUIRE(stats.exitCode == 0);
    CHECK(stats.out.contains(QRegularExpression(QStringLiteral("Transactions\\s*:\\s*%1 ").arg(posted))));
}

TEST_CASE("A published chain head verifies with check --head, also after the ledger grew", "[cli][export][chain]")
{
    ScratchDir dir;
    const QString ws = newWorkspace(dir);
    const QString csv = testData(QStringLiteral("ledger/clean.csv"));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("ledger"), ws, csv, QStringLiteral("--create-partners")}).exitCode == 0);
    const QString out = dir.path(QStringLiteral("ledger.csv"));
    auto exported = runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--out"), out});
    REQUIRE(exported.exitCode == 0);
    const QString head = QString::fromLatin1(readFile(out + QStringLiteral(".chain-head"))).trimmed();
    CHECK(head.size() == 64);
    CHECK(exported.out.contains(QStringLiteral("ledger chain head: ") + head));
    const QString journal = dir.path(QStringLiteral("ledger.journal"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("hledger"),
                    QStringLiteral("--out"), journal}).exitCode == 0);
    CHECK(readFile(journal).contains(QStringLiteral("; trellis ledger chain head: %1\n").arg(head).toUtf8()));
    CHECK(runCli({QStringLiteral("check"), ws, QStringLiteral("--head"), head}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("ledger"), ws, testData(QStringLiteral("ledger/mapped.csv")),
                    QStringLiteral("--map"), QStringLiteral("date=Fecha,from=De,to=Para,kind=Tipo,quantity=Cantidad,unit=Unidad")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), ws, QStringLiteral("--head"), head}).exitCode == 0);
    const QString forged = QString(head).replace(0, 1, head.startsWith(u'0') ? u'1' : u'0');
    auto bad = runCli({QStringLiteral("check"), ws, QStringLiteral("--head"), forged});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains(QStringLiteral("is not in this ledger")));
}

TEST_CASE("export ledger --format csv neutralises every cell that could start a formula", "[cli][export][bad-input]")
{
    ScratchDir dir;
    const QString ws = newWorkspace(dir);
    const QString csv = writeFile(dir, QStringLiteral("evil.csv"),
        "date,from,to,kind,quantity,unit,narrative\n"
        "2026-01-01,=SUM(A1:A9),+Plus Collective,time,1,hours,=cmd|' /C calc'!A0\n"
        "2026-01-02,-Minus Union,@At Network,time,1,hours,+1+1\n"
        "2026-01-03,+Plus Collective,=SUM(A1:A9),time,1,hours,-2+3\n"
        "2026-01-04,@At Network,-Minus Union,time,1,hours,@SUM(1)\n"
        "2026-01-05,@At Network,-Minus Union,time,1,hours,\"\tTabbed\"\n"
        "2026-01-06,@At Network,-Minus Union,time,1,hours,\"\rCarriage\"\n");
    auto imported = runCli({QStringLiteral("import"), QStringLiteral("ledger"), ws, csv, QStringLiteral("--create-partners")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString out = dir.path(QStringLiteral("out.csv"));
    REQUIRE(runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), out}).exitCode == 0);
    const QByteArray written = readFile(out);
    const QList<QByteArray> lines = written.split('\n');
    CHECK(lines.first() == "date,from,to,kind,quantity,unit,narrative,language,status,reverses,uuid\r");
    CHECK(written.contains("\r\n2026-01-01,'=SUM(A1:A9),'+Plus Collective,time,1.00,hours,'=cmd|' /C calc'!A0,en,posted,,"));
    CHECK(written.contains("\r\n2026-01-02,'-Minus Union,'@At Network,time,1.00,hours,'+1+1,en,posted,,"));
    CHECK(written.contains("\r\n2026-01-03,'+Plus Collective,'=SUM(A1:A9),time,1.00,hours,'-2+3,en,posted,,"));
    CHECK(written.contains("\r\n2026-01-04,'@At Network,'-Minus Union,time,1.00,hours,'@SUM(1),en,posted,,"));
    CHECK(written.contains("\r\n2026-01-05,'@At Network,'-Minus Union,time,1.00,hours,'\tTabbed,en,posted,,"));
    CHECK(written.contains("\r\n2026-01-06,'@At Network,'-Minus Union,time,1.00,hours,\"'\rCarriage\",en,posted,,"));
    // No cell of the file starts a formula.
    static const QRegularExpression formulaStart(QStringLiteral("(^|,)[=+\\-@\\t\\r]"));
    for (const QByteArray &line : lines.mid(1, 6))
        CHECK_FALSE(QString::fromUtf8(line.chopped(line.endsWith('\r') ? 1 : 0)).contains(formulaStart));
}

TEST_CASE("export ledger CSV keeps reversals, drafts and negative quantities exact", "[cli][export]")
{
    ScratchDir dir;
    const QString ws = dir.path(QStringLiteral("d.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), ws, QStringLiteral("--entries"), QStringLiteral("200")}).exitCode == 0);
    const QString out = dir.path(QStringLiteral("out.csv"));
    auto r = runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--out"), out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("200 entries written to ")));
    const QString written = QString::fromUtf8(readFile(out));
    CHECK(written.count(QStringLiteral(",draft,")) == sqlite(ws, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE status = 'draft'")).toInt());
    const QString reversal = sqlite(ws, QStringLiteral(
        "SELECT r.occurred_on || ',' || r.quantity || ',' || r.unit || ',' || o.uuid FROM ledger_entry r "
        "JOIN ledger_entry o ON o.id = r.reverses_id WHERE r.unit = 'words' LIMIT 1"));
    if (!reversal.isEmpty()) {
        const QStringList parts = reversal.split(u',');
        CHECK(written.contains(QStringLiteral(",%1,words,").arg(parts[1])));
        CHECK(written.contains(QStringLiteral(",posted,%1,").arg(parts[3])));
    }
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("xlsx"),
                  QStringLiteral("--out"), out}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("csv")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("partners"), ws}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("ledger"), ws, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--out"), dir.path(QStringLiteral("no/such/dir/out.csv"))}).exitCode == 1);
}
