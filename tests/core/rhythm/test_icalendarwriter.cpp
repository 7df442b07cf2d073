// The iCalendar export: its structure, stable UIDs and bytes, and a reading by Python's icalendar.
#include "rhythmtest.h"

#include "rhythm/icalendartext.h"
#include "rhythm/icalendarwriter.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace trellis;
using namespace trellis::rhythm;
using trellis::test::allDay;
using trellis::test::timed;
using trellis::test::valueOf;

namespace {

const QDateTime kExportedAt(QDate(2026, 12, 2), QTime(23, 30), Qt::UTC);

domain::BilingualText pairText(const char *fa, const char *es, domain::TranslationStatus esStatus = domain::TranslationStatus::Human)
{
    domain::BilingualText text(QStringLiteral("fa"), QString::fromUtf8(fa));
    if (es)
        text.setTranslation(QStringLiteral("es"), domain::Translation{QString::fromUtf8(es), esStatus, {}, {}});
    return text;
}

/// The demo rhythm: a quarterly retro (all day), a weekly vigil in Madrid until a UTC moment,
/// a monthly call from Tehran, and a one-off congress.
QList<Ritual> demoRituals()
{
    Ritual retro;
    retro.stamp.uuid = QStringLiteral("6F1C2A9E-3B7D-4E0A-9C55-1A2B3C4D5E01");
    retro.kind = RitualKind::QuarterlyRetro;
    retro.title = pairText("بازنگری فصلی", "Retro trimestral");
    retro.description = pairText("چه چیزی نگه داشت، چه چیزی شکست؛ و چه کسی خسته است؟\nاستراحت، نه رها کردن.",
                                 "Qué sostuvo, qué se rompió; ¿y quién está cansada?\nDescanso, no abandono.");
    retro.schedule = allDay("2026-01-29", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH");
    retro.stamp.updatedAt = QStringLiteral("2026-11-20T10:15:00Z");

    Ritual vigil;
    vigil.stamp.uuid = QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e02");
    vigil.kind = RitualKind::ListeningCircle;
    vigil.title = pairText("حلقه‌ی شنیدن", "Círculo de escucha");
    vigil.description = pairText("وقفه‌ی هم‌زمان در سراسر منطقه‌های زمانی", "Vigilias sincronizadas entre husos horarios",
                                 domain::TranslationStatus::Machine);
    // UNTIL as ruleEndingOn writes it: the end of 2026-04-16 in Madrid. (An UNTIL equal to the last
    // start, 16:00Z, is right too, but recurring_ical_events 2.0.1 compares it an hour off after the
    // change to summer time and drops that last vigil.)
    vigil.schedule = timed("2026-03-19", "18:00", "Europe/Madrid", "FREQ=WEEKLY;UNTIL=20260416T215959Z");
    vigil.schedule.durationMinutes = 90;

    Ritual call;
    call.stamp.uuid = QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e03");
    call.kind = RitualKind::CustodianRotation;
    call.title = pairText("تحویل بایگانی", nullptr);
    call.schedule = timed("2026-06-01", "20:00", "Asia/Tehran", "FREQ=MONTHLY;BYMONTHDAY=1;COUNT=6");

    Ritual congress;
    congress.stamp.uuid = QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e04");
    congress.kind = RitualKind::Congress;
    congress.title = pairText("شورای سخنگویان", "Consejo de portavoces");
    congress.schedule.firstDate = QDate(2026, 9, 12);
    return {retro, vigil, call, congress};
}

CalendarExportOptions pairOptions()
{
    CalendarExportOptions options;
    options.languages = {QStringLiteral("fa"), QStringLiteral("es")};
    options.calendarName = QStringLiteral("Trellis, rhythm; test");
    options.exportedAt = kExportedAt;
    return options;
}

QString unfolded(const QByteArray &ics) { return QString::fromUtf8(unfoldIcs(ics)); }

/// The content lines of one VEVENT, found by its UID.
QStringList eventOf(const QString &ics, const QString &uid)
{
    const QStringList lines = ics.split(QStringLiteral("\r\n"));
    const qsizetype at = lines.indexOf(QStringLiteral("UID:") + uid);
    REQUIRE(at > 0);
    QStringList event;
    for (qsizetype i = at - 1; i < lines.size() && lines[i] != u"END:VEVENT"; ++i)
        event << lines[i];
    return event;
}

} // namespace

TEST_CASE("The calendar has its header, one VEVENT per ritual and one VTIMEZONE per zone")
{
    const QByteArray ics = valueOf(writeICalendar(demoRituals(), pairOptions()));
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Trellis//Ritual calendar//EN\r\nCALSCALE:GREGORIAN\r\n"));
    CHECK(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    CHECK_FALSE(QRegularExpression(QStringLiteral("[^\\r]\\n")).match(QString::fromUtf8(ics)).hasMatch());
    for (const QByteArray &line : ics.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    const QString text = unfolded(ics);
    CHECK(text.count(QStringLiteral("BEGIN:VEVENT")) == 4);
    CHECK(text.count(QStringLiteral("BEGIN:VTIMEZONE")) == 2);
    CHECK(text.contains(QStringLiteral("\r\nTZID:Europe/Madrid\r\n")));
    CHECK(text.contains(QStringLiteral("\r\nTZID:Asia/Tehran\r\n")));
    CHECK(text.contains(QStringLiteral("\r\nNAME:Trellis\\, rhythm\\; test\r\n")));
    CHECK(text.indexOf(QStringLiteral("END:VTIMEZONE")) < text.indexOf(QStringLiteral("BEGIN:VEVENT")));
}

TEST_CASE("All-day rituals are dates, timed ones carry their organizer's TZID")
{
    const QString text = unfolded(valueOf(writeICalendar(demoRituals(), pairOptions())));
    const QStringList retro = eventOf(text, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e01"));
    CHECK(retro.contains(QStringLiteral("DTSTART;VALUE=DATE:20260129")));
    CHECK(retro.contains(QStringLiteral("DTEND;VALUE=DATE:20260130")));
    CHECK(retro.contains(QStringLiteral("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH")));
    CHECK(retro.contains(QStringLiteral("DTSTAMP:20261120T101500Z")));
    CHECK(retro.contains(QStringLiteral("CATEGORIES:quarterly-retro")));

    const QStringList vigil = eventOf(text, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e02"));
    CHECK(vigil.contains(QStringLiteral("DTSTART;TZID=Europe/Madrid:20260319T180000")));
    CHECK(vigil.contains(QStringLiteral("DURATION:PT1H30M")));
    CHECK(vigil.contains(QStringLiteral("RRULE:FREQ=WEEKLY;UNTIL=20260416T215959Z")));
    CHECK(vigil.contains(QStringLiteral("DTSTAMP:20261202T233000Z"))); // never saved: the export's time

    const QStringList congress = eventOf(text, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e04"));
    CHECK(congress.contains(QStringLiteral("DTSTART;VALUE=DATE:20260912")));
    CHECK(std::none_of(congress.begin(), congress.end(), [](const QString &l) { return l.startsWith(u"RRULE"); }));
    // No floating times: outside a VTIMEZONE every DTSTART is a date or has a TZID.
    bool inZone = false;
    int eventStarts = 0;
    for (const QString &line : text.split(QStringLiteral("\r\n"))) {
        if (line == u"BEGIN:VTIMEZONE" || line == u"END:VTIMEZONE")
            inZone = line.startsWith(u"BEGIN");
        if (!inZone && line.startsWith(u"DTSTART")) {
            ++eventStarts;
            CHECK((line.startsWith(u"DTSTART;VALUE=DATE:") || line.startsWith(u"DTSTART;TZID=")));
        }
    }
    CHECK(eventStarts == 4);
}

TEST_CASE("Summary and description carry both languages of the pair, escaped")
{
    const QString text = unfolded(valueOf(writeICalendar(demoRituals(), pairOptions())));
    const QStringList retro = eventOf(text, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e01"));
    CHECK(retro.contains(QString::fromUtf8("SUMMARY:بازنگری فصلی / Retro trimestral")));
    CHECK(retro.contains(QString::fromUtf8("DESCRIPTION:[fa] چه چیزی نگه داشت، چه چیزی شکست؛ و چه کسی خسته است؟\\nاستراحت، نه رها کردن."
                                           "\\n\\n[es] Qué sostuvo\\, qué se rompió\\; ¿y quién está cansada?\\nDescanso\\, no abandono.")));
    const QStringList vigil = eventOf(text, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e02"));
    CHECK(std::any_of(vigil.begin(), vigil.end(), [](const QString &l) { return l.contains(u"\\n\\n[es\\, machine] Vigilias"); }));
    // A title with no Spanish is written in Persian alone, marked as such, never filled from another language.
    const QStringList call = eventOf(text, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e03"));
    CHECK(call.contains(QString::fromUtf8("SUMMARY;LANGUAGE=fa:تحویل بایگانی")));
    CHECK(std::none_of(call.begin(), call.end(), [](const QString &l) { return l.startsWith(u"DESCRIPTION"); }));
}

TEST_CASE("Re-exporting gives the same UIDs and the same bytes")
{
    QList<Ritual> rituals = demoRituals();
    for (Ritual &ritual : rituals)
        ritual.stamp.updatedAt = QStringLiteral("2026-11-30T08:00:00Z");
    const QByteArray first = valueOf(writeICalendar(rituals, pairOptions()));
    CalendarExportOptions later = pairOptions();
    later.exportedAt = kExportedAt.addDays(40);
    std::reverse(rituals.begin(), rituals.end());
    CHECK(valueOf(writeICalendar(rituals, later)) == first);
    // A changed ritual keeps its UID and gets a new DTSTAMP.
    rituals[0].title = pairText("شورای سخنگویان (تغییر)", "Consejo (cambio)");
    rituals[0].stamp.updatedAt = QStringLiteral("2026-12-01T09:00:00Z");
    const QString changed = unfolded(valueOf(writeICalendar(rituals, later)));
    const QStringList event = eventOf(changed, QStringLiteral("6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e04"));
    CHECK(event.contains(QStringLiteral("DTSTAMP:20261201T090000Z")));
    CHECK(changed.count(QStringLiteral("UID:")) == 4);
}

TEST_CASE("A window leaves out rituals with no occurrence in it")
{
    CalendarExportOptions options = pairOptions();
    options.from = QDate(2026, 8, 1);
    options.to = QDate(2026, 9, 30);
    const QString text = unfolded(valueOf(writeICalendar(demoRituals(), options)));
    CHECK(text.contains(QStringLiteral("UID:6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e03"))); // monthly call, Aug and Sep
    CHECK(text.contains(QStringLiteral("UID:6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e04"))); // the congress on 09-12
    CHECK_FALSE(text.contains(QStringLiteral("UID:6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e02"))); // the vigils ended in April
    CHECK_FALSE(text.contains(QStringLiteral("TZID:Europe/Madrid")));
    options.to.reset();
    CHECK(writeICalendar(demoRituals(), options).error().message.contains(u"both a start and an end"));
}

TEST_CASE("Rituals that cannot be exported are refused by name")
{
    QList<Ritual> rituals = demoRituals();
    rituals[1].schedule.timeZone = QStringLiteral("Mars/Olympus_Mons");
    auto refused = writeICalendar(rituals, pairOptions());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"6f1c2a9e-3b7d-4e0a-9c55-1a2b3c4d5e02"));
    CHECK(refused.error().message.contains(u"Mars/Olympus_Mons"));

    rituals = demoRituals();
    rituals[2].stamp.uuid = rituals[0].stamp.uuid.toUpper();
    refused = writeICalendar(rituals, pairOptions());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);

    rituals = demoRituals();
    rituals[3].stamp.uuid.clear();
    CHECK(writeICalendar(rituals, pairOptions()).error().message.contains(u"without an identifier"));
}

TEST_CASE("Python's icalendar reads the export without errors and expands it to our occurrences")
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        FAIL("python3 is missing; scripts/deps.sh installs it");
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("rituals.ics"));
    const QList<Ritual> rituals = demoRituals();
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(valueOf(writeICalendar(rituals, pairOptions())));
    file.close();

    const QDate from(2026, 1, 1);
    const QDate to(2027, 12, 31);
    QStringList ours;
    for (const Ritual &ritual : rituals)
        for (const Occurrence &o : valueOf(ritual.schedule.occurrences(from, to)))
            ours << ritualUid(ritual) + u' '
                        + (o.startUtc.isValid() ? o.startUtc.toString(u"yyyy-MM-dd'T'HH:mm'Z'") : o.date.toString(Qt::ISODate));
    ours.sort();
    REQUIRE(ours.size() == 8 + 5 + 6 + 1);

    const auto result = test::runProgram(QStringLiteral("/usr/bin/python3"),
                                         {QStringLiteral(TRELLIS_CHECK_ICS), path, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.trimmed().split(u'\n') == ours);
}
