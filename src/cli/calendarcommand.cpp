// trellis-cli calendar: the alliance's rituals as an RFC 5545 iCalendar file that calendar apps
// import, and update rather than duplicate when it is imported again.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/recordcli.h"
#include "i18n/language.h"
#include "rhythm/icalendarwriter.h"
#include "store/ritualcalendar.h"
#include "store/workspace.h"
#include "util/clock.h"


namespace trellis::cli {
namespace {

const QString kCalendarCommand = QStringLiteral("calendar");
const QString kCalendarUsage = QStringLiteral("calendar FILE --out PATH.ics [--from YYYY-MM-DD --to YYYY-MM-DD] [--languages A,B] [--name NAME]");

int calendarUsage(const QString &why)
{
    err(QStringLiteral("trellis-cli calendar: %1\nusage: trellis-cli %2").arg(why, kCalendarUsage));
    return Usage;
}

} // namespace

int calendarCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("out"), QStringLiteral("from"), QStringLiteral("to"),
                                 QStringLiteral("languages"), QStringLiteral("name")}, {});
    if (!line.ok())
        return calendarUsage(line.error());
    if (!line.expectPositionals(1, 1, kCalendarUsage))
        return calendarUsage(line.error());
    const auto outPath = line.value(QStringLiteral("out"));
    if (!outPath || outPath->isEmpty())
        return calendarUsage(QStringLiteral("--out PATH.ics is required"));
    rhythm::CalendarExportOptions options;
    const auto from = line.value(QStringLiteral("from"));
    const auto to = line.value(QStringLiteral("to"));
    if (from.has_value() != to.has_value())
        return calendarUsage(QStringLiteral("--from and --to go together"));
    if (from) {
        const QDate first = QDate::fromString(*from, Qt::ISODate);
        const QDate last = QDate::fromString(*to, Qt::ISODate);
        if (!first.isValid() || !last.isValid())
            return calendarUsage(QStringLiteral("--from and --to are days written YYYY-MM-DD, like 2027-01-31"));
        if (last < first)
            return calendarUsage(QStringLiteral("--to %1 is before --from %2").arg(*to, *from));
        options.from = first;
        options.to = last;
    }
    auto ws = store::Workspace::open(line.positionals().first(), {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return failCommand(kCalendarCommand, ws.error());
    if (const auto languages = line.value(QStringLiteral("languages"))) {
        for (const QString &tag : languages->split(u',', Qt::SkipEmptyParts)) {
            auto canonical = i18n::canonicalLanguageTag(tag.trimmed());
            if (!canonical)
                return calendarUsage(canonical.error().message);
            options.languages << *canonical;
        }
        if (options.languages.size() != 2)
            return calendarUsage(QStringLiteral("--languages names the pair, two languages like fa,es"));
    } else {
        auto settings = ws->settings();
        if (!settings)
            return failCommand(kCalendarCommand, settings.error());
        options.languages = settings->workingLanguages.mid(0, 2);
    }
    options.calendarName = line.value(QStringLiteral("name")).value_or(QString());
    options.exportedAt = QDateTime::fromString(nowUtc(), Qt::ISODate).toUTC();
    auto written = store::exportRitualCalendar(*ws, options, *outPath);
    if (!written)
        return failCommand(kCalendarCommand, written.error());
    out(QStringLiteral("%1 of %2 rituals written to %3").arg(written->written).arg(written->rituals).arg(*outPath));
    return Success;
}

} // namespace trellis::cli
