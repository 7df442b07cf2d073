// The month a locale's calendar shows around a day: Persian, Buddhist, Gregorian, Islamic.
#include "i18ntest.h"

#include "i18n/calendarmonth.h"

using namespace trellis;
using namespace trellis::i18n;
using trellis::test::errorOf;
using trellis::test::valueOf;

TEST_CASE("A Persian-locale month view shows Azar 1405 around 2026-11-26")
{
    const CalendarMonth azar = valueOf(calendarMonthOf(QDate(2026, 11, 26), QStringLiteral("fa-IR")));
    CHECK(azar.calendar == u"persian");
    CHECK(azar.year == 1405);
    CHECK(azar.month == 9);
    CHECK(azar.firstDay == QDate(2026, 11, 22)); // 1 Azar 1405
    CHECK(azar.lastDay == QDate(2026, 12, 21));  // 30 Azar 1405: months 7 to 11 have 30 days
    CHECK(azar.label == QString::fromUtf8("۱۴۰۵ آذر")); // CLDR 42's Persian yMMMM puts the year first
    // The months either side, and the year's first month, which starts at Nowruz.
    CHECK(valueOf(calendarMonthOf(azar.firstDay.addDays(-1), QStringLiteral("fa-IR"))).month == 8);
    const CalendarMonth dey = valueOf(calendarMonthOf(azar.lastDay.addDays(1), QStringLiteral("fa-IR")));
    CHECK(dey.month == 10);
    CHECK(dey.firstDay == QDate(2026, 12, 22));
    const CalendarMonth farvardin = valueOf(calendarMonthOf(QDate(2026, 3, 21), QStringLiteral("fa-IR")));
    CHECK(farvardin.firstDay == QDate(2026, 3, 21));
    CHECK(farvardin.lastDay == QDate(2026, 4, 20)); // 31 days
}

TEST_CASE("Gregorian and Buddhist months are the Gregorian month")
{
    const CalendarMonth november = valueOf(calendarMonthOf(QDate(2026, 11, 26), QStringLiteral("en")));
    CHECK(november.calendar == u"gregorian");
    CHECK(november.firstDay == QDate(2026, 11, 1));
    CHECK(november.lastDay == QDate(2026, 11, 30));
    CHECK(november.label == u"November 2026");
    const CalendarMonth february = valueOf(calendarMonthOf(QDate(2028, 2, 10), QStringLiteral("es")));
    CHECK(february.lastDay == QDate(2028, 2, 29));
    const CalendarMonth thai = valueOf(calendarMonthOf(QDate(2026, 11, 26), QStringLiteral("th-TH")));
    CHECK(thai.calendar == u"buddhist");
    CHECK(thai.year == 2569);
    CHECK(thai.firstDay == QDate(2026, 11, 1));
}

TEST_CASE("An Islamic month spans 29 or 30 days across two Gregorian months")
{
    const CalendarMonth month = valueOf(calendarMonthOf(QDate(2026, 11, 26), QStringLiteral("ar-SA")));
    CHECK(month.calendar.startsWith(u"islamic"));
    CHECK(month.firstDay <= QDate(2026, 11, 26));
    CHECK(month.lastDay >= QDate(2026, 11, 26));
    const qint64 length = month.firstDay.daysTo(month.lastDay) + 1;
    CHECK((length == 29 || length == 30));
    CHECK(month.firstDay.month() != month.lastDay.month());
}

TEST_CASE("Month views refuse bad dates and tags")
{
    CHECK(errorOf(calendarMonthOf(QDate(), QStringLiteral("fa-IR"))).contains(u"between the years 1 and 9999"));
    CHECK(errorOf(calendarMonthOf(QDate(10000, 1, 1), QStringLiteral("fa-IR"))).contains(u"between the years 1 and 9999"));
    CHECK_FALSE(calendarMonthOf(QDate(2026, 1, 1), QStringLiteral("not a tag!")).ok());
}
