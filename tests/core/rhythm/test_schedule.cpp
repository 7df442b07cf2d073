// Expansion of rituals' schedules over a window, against dates written out by hand (and RFC 5545's examples).
#include "rhythmtest.h"

using namespace trellis;
using namespace trellis::rhythm;
using trellis::test::allDay;
using trellis::test::datesOf;
using trellis::test::errorOf;
using trellis::test::refusalOf;
using trellis::test::startsOf;
using trellis::test::timed;
using trellis::test::valueOf;

namespace {
QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}
} // namespace

TEST_CASE("Every three months on the last Thursday")
{
    const Schedule circle = allDay("2026-01-29", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH");
    CHECK(datesOf(circle, "2026-01-01", "2027-12-31")
          == list({"2026-01-29", "2026-04-30", "2026-07-30", "2026-10-29", "2027-01-28", "2027-04-29", "2027-07-29",
                   "2027-10-28"}));
    // A window in the middle sees only its own occurrences.
    CHECK(datesOf(circle, "2026-05-01", "2026-10-29") == list({"2026-07-30", "2026-10-29"}));
    CHECK(datesOf(circle, "2026-05-01", "2026-07-29").isEmpty());
}

TEST_CASE("Yearly rituals")
{
    CHECK(datesOf(allDay("2026-03-08", "FREQ=YEARLY"), "2020-01-01", "2028-12-31")
          == list({"2026-03-08", "2027-03-08", "2028-03-08"}));
    // The annual rupture rehearsal on the first Saturday of November.
    CHECK(datesOf(allDay("2026-11-07", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SA"), "2026-01-01", "2028-12-31")
          == list({"2026-11-07", "2027-11-06", "2028-11-04"}));
    // A congress every second year.
    CHECK(datesOf(allDay("2026-06-15", "FREQ=YEARLY;INTERVAL=2"), "2026-01-01", "2032-12-31")
          == list({"2026-06-15", "2028-06-15", "2030-06-15", "2032-06-15"}));
    // RFC 5545: the 20th Monday of the year.
    CHECK(datesOf(allDay("1997-05-19", "FREQ=YEARLY;BYDAY=20MO"), "1997-01-01", "1999-12-31")
          == list({"1997-05-19", "1998-05-18", "1999-05-17"}));
}

TEST_CASE("A rule with an end date stops on it")
{
    CHECK(datesOf(allDay("2026-10-01", "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261015"), "2026-01-01", "2026-12-31")
          == list({"2026-10-01", "2026-10-06", "2026-10-08", "2026-10-13", "2026-10-15"}));
    CHECK(datesOf(allDay("2026-01-29", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH;UNTIL=20261028"), "2026-01-01", "2027-12-31")
          == list({"2026-01-29", "2026-04-30", "2026-07-30"}));
}

TEST_CASE("COUNT counts from the first date, also before the window")
{
    const Schedule monthEnds = allDay("2026-01-31", "FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4");
    CHECK(datesOf(monthEnds, "2026-01-01", "2030-12-31") == list({"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"}));
    CHECK(datesOf(monthEnds, "2026-03-01", "2030-12-31") == list({"2026-03-31", "2026-04-30"}));
    // RFC 5545: the second-to-last Monday of the month, six times.
    CHECK(datesOf(allDay("1997-09-22", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO"), "1997-01-01", "1999-12-31")
          == list({"1997-09-22", "1997-10-20", "1997-11-17", "1997-12-22", "1998-01-19", "1998-02-16"}));
}

TEST_CASE("February 29 rules")
{
    // A yearly ritual first held on a leap day happens only in leap years (RFC 5545 skips invalid dates).
    CHECK(datesOf(allDay("2024-02-29", "FREQ=YEARLY;COUNT=3"), "2024-01-01", "2040-12-31")
          == list({"2024-02-29", "2028-02-29", "2032-02-29"}));
    // The last day of February every year.
    CHECK(datesOf(allDay("2024-02-29", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"), "2024-01-01", "2028-12-31")
          == list({"2024-02-29", "2025-02-28", "2026-02-28", "2027-02-28", "2028-02-29"}));
    // The 29th of every month: February has one only in leap years.
    CHECK(datesOf(allDay("2027-12-29", "FREQ=MONTHLY;BYMONTHDAY=29"), "2027-12-01", "2028-03-31")
          == list({"2027-12-29", "2028-01-29", "2028-02-29", "2028-03-29"}));
    CHECK(datesOf(allDay("2026-12-29", "FREQ=MONTHLY;BYMONTHDAY=29"), "2026-12-01", "2027-03-31")
          == list({"2026-12-29", "2027-01-29", "2027-03-29"}));
}

TEST_CASE("Monthly rules skip months without the day")
{
    CHECK(datesOf(allDay("2026-01-31", "FREQ=MONTHLY"), "2026-01-01", "2026-06-30")
          == list({"2026-01-31", "2026-03-31", "2026-05-31"}));
    // RFC 5545: every Friday the 13th.
    CHECK(datesOf(allDay("1998-02-13", "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13"), "1998-01-01", "2000-12-31")
          == list({"1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13"}));
}

TEST_CASE("Weekly rules with an interval depend on the week start")
{
    // RFC 5545's own example of WKST.
    CHECK(datesOf(allDay("1997-08-05", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO"), "1997-01-01", "1997-12-31")
          == list({"1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"}));
    CHECK(datesOf(allDay("1997-08-05", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU"), "1997-01-01", "1997-12-31")
          == list({"1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"}));
    // Weekly without BYDAY keeps the first date's weekday; BYMONTH limits the weeks.
    CHECK(datesOf(allDay("2026-12-23", "FREQ=WEEKLY;BYMONTH=12,1"), "2026-12-01", "2027-02-28")
          == list({"2026-12-23", "2026-12-30", "2027-01-06", "2027-01-13", "2027-01-20", "2027-01-27"}));
}

TEST_CASE("A one-off ritual has its one date")
{
    Schedule once;
    once.firstDate = QDate(2026, 12, 5);
    CHECK(datesOf(once, "2026-12-01", "2026-12-31") == list({"2026-12-05"}));
    CHECK(datesOf(once, "2026-12-06", "2026-12-31").isEmpty());
}

TEST_CASE("Timed rituals start at the organizer's wall-clock time across daylight saving")
{
    // Madrid moves to summer time on 2026-03-29: 18:00 is 17:00 UTC before, 16:00 UTC after.
    const Schedule vigil = timed("2026-03-19", "18:00", "Europe/Madrid", "FREQ=WEEKLY;UNTIL=20260402T160000Z");
    CHECK(startsOf(vigil, "2026-01-01", "2026-12-31") == list({"2026-03-19T17:00Z", "2026-03-26T17:00Z", "2026-04-02T16:00Z"}));
    const Schedule earlier = timed("2026-03-19", "18:00", "Europe/Madrid", "FREQ=WEEKLY;UNTIL=20260402T155959Z");
    CHECK(startsOf(earlier, "2026-01-01", "2026-12-31") == list({"2026-03-19T17:00Z", "2026-03-26T17:00Z"}));
    // Tehran keeps +03:30 all year since 2022.
    CHECK(startsOf(timed("2026-06-01", "20:00", "Asia/Tehran", "FREQ=MONTHLY;COUNT=2"), "2026-01-01", "2026-12-31")
          == list({"2026-06-01T16:30Z", "2026-07-01T16:30Z"}));
}

TEST_CASE("Times skipped or repeated by a clock change are read as RFC 5545 says")
{
    // New York skips 02:00-03:00 on 2026-03-08: 02:30 counts with the offset before the gap (-05:00).
    CHECK(startsOf(timed("2026-03-08", "02:30", "America/New_York", "FREQ=YEARLY;COUNT=1"), "2026-01-01", "2026-12-31")
          == list({"2026-03-08T07:30Z"}));
    // 01:30 happens twice on 2026-11-01: the first, still at -04:00, is meant.
    CHECK(startsOf(timed("2026-11-01", "01:30", "America/New_York", "FREQ=YEARLY;COUNT=1"), "2026-01-01", "2026-12-31")
          == list({"2026-11-01T05:30Z"}));
}

TEST_CASE("ruleEndingOn gives the right kind of UNTIL")
{
    const Schedule circle = allDay("2026-01-29", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH;COUNT=10");
    const RecurrenceRule ended = valueOf(circle.ruleEndingOn(QDate(2026, 12, 31)));
    CHECK(ended.toRrule() == u"FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH;UNTIL=20261231");
    const Schedule vigil = timed("2026-03-19", "18:00", "Europe/Madrid", "FREQ=WEEKLY");
    CHECK(valueOf(vigil.ruleEndingOn(QDate(2026, 4, 2))).toRrule() == u"FREQ=WEEKLY;UNTIL=20260402T215959Z");
    CHECK(errorOf(vigil.ruleEndingOn(QDate(2026, 3, 1))).contains(u"on or after the ritual's first date"));
    Schedule once;
    once.firstDate = QDate(2026, 12, 5);
    CHECK(errorOf(once.ruleEndingOn(QDate(2027, 1, 1))).contains(u"happens once"));
}

TEST_CASE("Schedules that calendars would read differently are refused")
{
    // 2026-01-30 is a Friday, not the last Thursday.
    CHECK(refusalOf(allDay("2026-01-30", "FREQ=MONTHLY;BYDAY=-1TH").validate()).contains(u"2026-01-30 is not one of the dates the rule"));
    CHECK(errorOf(allDay("2026-01-30", "FREQ=YEARLY;UNTIL=20260101").occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)))
              .contains(u"before the ritual's first date"));
    CHECK(errorOf(allDay("2026-01-30", "FREQ=YEARLY;UNTIL=20270101T000000Z").occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)))
              .contains(u"all-day ritual's rule ends on a date"));
    CHECK(errorOf(timed("2026-01-30", "18:00", "Europe/Madrid", "FREQ=YEARLY;UNTIL=20270101").occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)))
              .contains(u"ends at a UTC moment"));
    CHECK(errorOf(timed("2026-01-30", "18:00", "Europe/Madrid", "FREQ=YEARLY;UNTIL=20260130T165959Z").occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)))
              .contains(u"before the ritual first starts"));
    CHECK(errorOf(timed("2026-01-30", "18:00", "Mars/Olympus_Mons", "FREQ=YEARLY").occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)))
              .contains(u"\"Mars/Olympus_Mons\" is not a time zone"));
    CHECK(errorOf(timed("2026-01-30", "18:00", "", "FREQ=YEARLY").occurrences(QDate(2026, 1, 1), QDate(2026, 12, 31)))
              .contains(u"needs its organizer's time zone"));
}

TEST_CASE("Windows that are empty, reversed or too long are refused")
{
    const Schedule yearly = allDay("2026-03-08", "FREQ=YEARLY");
    CHECK(errorOf(yearly.occurrences(QDate(2026, 12, 31), QDate(2026, 1, 1))).contains(u"on or before its end"));
    CHECK(errorOf(yearly.occurrences(QDate(), QDate(2026, 1, 1))).contains(u"on or before its end"));
    CHECK(errorOf(yearly.occurrences(QDate(2000, 1, 1), QDate(2300, 1, 1))).contains(u"200 years"));
}
