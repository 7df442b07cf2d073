// trellis-cli calendar: the demo's rituals as an iCalendar file that Python's icalendar reads
// without errors and recurring_ical_events expands; exporting again gives the same bytes and UIDs;
// bad arguments are refused with the usage and no file.
#include "ledgercli.h"

#include <QFile>
#include <QRegularExpression>

using namespace trellis::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("calendar writes the demo's rituals as iCalendar that calendar apps read, the same on every export", "[cli][calendar]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    const QString ics = dir.path(QStringLiteral("rituals.ics"));
    const auto run = runCli({QStringLiteral("calendar"), ws, QStringLiteral("--out"), ics, QStringLiteral("--languages"),
                             QStringLiteral("fa,es"), QStringLiteral("--name"), QStringLiteral("Alianza")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("5 of 5 rituals written to %1").arg(ics));
    const QByteArray first = readAll(ics);
    CHECK(first.count("BEGIN:VEVENT") == 5);
    CHECK(first.contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH\r\n"));
    CHECK(first.contains("DTSTART;TZID=Asia/Tehran:20260326T173000\r\n"));
    CHECK(first.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Tehran\r\n"));
    CHECK(first.contains("X-WR-CALNAME:Alianza\r\n"));
    // Both languages of the pair where the title has them, in the pair's order (fa, es); long
    // lines are folded, so they are read unfolded.
    QByteArray unfolded = first;
    unfolded.replace("\r\n ", "");
    CHECK(unfolded.contains(QStringLiteral("SUMMARY:بازنگری فصلی همبستگی / Retro de solidaridad trimestral\r\n").toUtf8()));

    // Python's icalendar reads it with no errors, and recurring_ical_events expands the series.
    const auto checked = runProgram(QStringLiteral("/usr/bin/python3"),
                                    {QStringLiteral(TRELLIS_CHECK_ICS), ics, QStringLiteral("2026-01-01"), QStringLiteral("2026-12-31")});
    INFO(checked.err.toStdString());
    REQUIRE(checked.exitCode == 0);
    const QStringList occurrences = checked.out.trimmed().split(u'\n');
    // 4 quarterly retros, 12 listening circles, 1 rehearsal, 1 fire drill, the first hand-over.
    CHECK(occurrences.size() == 4 + 12 + 1 + 1 + 1);
    CHECK(occurrences.filter(QStringLiteral("2026-03-26T14:00Z")).size() == 1); // 17:30 in Tehran

    // Again: identical bytes, so calendar apps update the same events.
    REQUIRE(runCli({QStringLiteral("calendar"), ws, QStringLiteral("--out"), ics, QStringLiteral("--languages"),
                    QStringLiteral("fa,es"), QStringLiteral("--name"), QStringLiteral("Alianza")}).exitCode == 0);
    CHECK(readAll(ics) == first);

    // A window keeps the rituals with an occurrence in it, each with its whole rule.
    const auto window = runCli({QStringLiteral("calendar"), ws, QStringLiteral("--out"), ics, QStringLiteral("--from"),
                                QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31")});
    REQUIRE(window.exitCode == 0);
    CHECK(window.out.trimmed() == QStringLiteral("2 of 5 rituals written to %1").arg(ics)); // the circle and the drill
}

TEST_CASE("calendar refuses bad arguments with the usage and writes nothing", "[cli][calendar][bad-input]")
{
    ScratchDir dir;
    const QString ws = demoWorkspace(dir);
    const QString ics = dir.path(QStringLiteral("never.ics"));
    const QList<std::pair<QStringList, QString>> bad = {
        {{}, QStringLiteral("--out PATH.ics is required")},
        {{QStringLiteral("--out"), ics, QStringLiteral("--from"), QStringLiteral("2026-01-01")}, QStringLiteral("--from and --to go together")},
        {{QStringLiteral("--out"), ics, QStringLiteral("--from"), QStringLiteral("2026-13-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31")},
         QStringLiteral("--from and --to are days written YYYY-MM-DD")},
        {{QStringLiteral("--out"), ics, QStringLiteral("--from"), QStringLiteral("2026-12-31"), QStringLiteral("--to"), QStringLiteral("2026-01-01")},
         QStringLiteral("--to 2026-01-01 is before --from 2026-12-31")},
        {{QStringLiteral("--out"), ics, QStringLiteral("--languages"), QStringLiteral("fa,es,ar")}, QStringLiteral("--languages names the pair")},
    };
    for (const auto &[arguments, message] : bad) {
        INFO(arguments.join(u' ').toStdString());
        const auto run = runCli(QStringList{QStringLiteral("calendar"), ws} + arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(message));
        CHECK(run.err.contains(QStringLiteral("usage: trellis-cli calendar FILE --out")));
    }
    CHECK_FALSE(QFile::exists(ics));
    const auto missing = runCli({QStringLiteral("calendar"), dir.path(QStringLiteral("nowhere.trellis")), QStringLiteral("--out"), ics});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(ics));
}
