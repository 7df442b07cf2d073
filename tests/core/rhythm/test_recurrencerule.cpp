// RRULE text parsed, checked and written back: the subset rituals need, and clear refusals.
#include "rhythmtest.h"

#include "rhythm/recurrencerule.h"

using namespace trellis;
using namespace trellis::rhythm;
using trellis::test::errorOf;
using trellis::test::valueOf;

namespace {
QString canonical(const char *text) { return valueOf(RecurrenceRule::parse(QString::fromUtf8(text))).toRrule(); }
QString refusal(const char *text) { return errorOf(RecurrenceRule::parse(QString::fromUtf8(text))); }
} // namespace

TEST_CASE("A quarterly rule on the last Thursday parses into its parts")
{
    const RecurrenceRule rule = valueOf(RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH")));
    CHECK(rule.frequency == Frequency::Monthly);
    CHECK(rule.interval == 3);
    REQUIRE(rule.byDay.size() == 1);
    CHECK(rule.byDay[0] == WeekdayNumber{-1, 4});
    CHECK_FALSE(rule.hasEnd());
}

TEST_CASE("Rules are written back in canonical form")
{
    CHECK(canonical("rrule:freq=monthly;byday=-1th;interval=3") == u"FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH");
    CHECK(canonical("FREQ=YEARLY;INTERVAL=1;BYDAY=+1SA;BYMONTH=11") == u"FREQ=YEARLY;BYMONTH=11;BYDAY=1SA");
    CHECK(canonical(" FREQ=WEEKLY;WKST=SU;BYDAY=TU,SU,TU;COUNT=4 ") == u"FREQ=WEEKLY;BYDAY=TU,SU;WKST=SU;COUNT=4");
    CHECK(canonical("FREQ=MONTHLY;BYMONTHDAY=1,-1;UNTIL=20271231") == u"FREQ=MONTHLY;BYMONTHDAY=1,-1;UNTIL=20271231");
    CHECK(canonical("FREQ=WEEKLY;UNTIL=20270101T170000Z") == u"FREQ=WEEKLY;UNTIL=20270101T170000Z");
}

TEST_CASE("Parsing the canonical form gives the same rule back")
{
    for (const char *text : {"FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;COUNT=5",
                             "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU;UNTIL=20271231T225959Z"}) {
        const RecurrenceRule rule = valueOf(RecurrenceRule::parse(QString::fromLatin1(text)));
        CHECK(rule.toRrule() == QString::fromLatin1(text));
        CHECK(valueOf(RecurrenceRule::parse(rule.toRrule())) == rule);
    }
}

TEST_CASE("UNTIL is either a date or a UTC moment")
{
    const RecurrenceRule byDate = valueOf(RecurrenceRule::parse(QStringLiteral("FREQ=YEARLY;UNTIL=20300301")));
    CHECK(byDate.untilDate == QDate(2030, 3, 1));
    CHECK_FALSE(byDate.untilUtc);
    const RecurrenceRule byMoment = valueOf(RecurrenceRule::parse(QStringLiteral("FREQ=YEARLY;UNTIL=20300301T093000Z")));
    REQUIRE(byMoment.untilUtc);
    CHECK(*byMoment.untilUtc == QDateTime(QDate(2030, 3, 1), QTime(9, 30), Qt::UTC));
    CHECK(refusal("FREQ=YEARLY;UNTIL=20300301T093000").contains(u"must be a UTC time ending in Z"));
    CHECK(refusal("FREQ=YEARLY;UNTIL=20300230").contains(u"not a date of the calendar"));
    CHECK(refusal("FREQ=YEARLY;UNTIL=20300301T250000Z").contains(u"not a moment"));
    CHECK(refusal("FREQ=YEARLY;UNTIL=next year").contains(u"UNTIL must be a date"));
}

TEST_CASE("Rules outside the subset are refused with the part named")
{
    CHECK(refusal("") .contains(u"empty"));
    CHECK(refusal("INTERVAL=2").contains(u"needs FREQ"));
    CHECK(refusal("FREQ=DAILY").contains(u"FREQ=DAILY is not a ritual's rhythm"));
    CHECK(refusal("FREQ=FORTNIGHTLY").contains(u"FREQ must be WEEKLY, MONTHLY or YEARLY"));
    CHECK(refusal("FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU").contains(u"does not support BYSETPOS"));
    CHECK(refusal("FREQ=MONTHLY;COLOUR=RED").contains(u"\"COLOUR\" is not a part"));
    CHECK(refusal("FREQ=MONTHLY;FREQ=YEARLY").contains(u"FREQ appears twice"));
    CHECK(refusal("FREQ=MONTHLY;;BYDAY=MO").contains(u"is not a rule part"));
    CHECK(refusal("FREQ=MONTHLY;BYDAY=").contains(u"is not a rule part"));
}

TEST_CASE("Numbers out of range are refused")
{
    CHECK(refusal("FREQ=MONTHLY;INTERVAL=0").contains(u"INTERVAL must be a whole number from 1 to 1000"));
    CHECK(refusal("FREQ=MONTHLY;INTERVAL=-3").contains(u"INTERVAL must be"));
    CHECK(refusal("FREQ=MONTHLY;INTERVAL=3.5").contains(u"INTERVAL must be"));
    CHECK(refusal("FREQ=MONTHLY;COUNT=0").contains(u"COUNT must be"));
    CHECK(refusal("FREQ=MONTHLY;BYMONTHDAY=0").contains(u"BYMONTHDAY takes numbers from 1 to 31 or from -31 to -1"));
    CHECK(refusal("FREQ=MONTHLY;BYMONTHDAY=32").contains(u"\"32\""));
    CHECK(refusal("FREQ=MONTHLY;BYMONTHDAY=-32").contains(u"\"-32\""));
    CHECK(refusal("FREQ=YEARLY;BYMONTH=13").contains(u"BYMONTH takes numbers from 1 to 12"));
    CHECK(refusal("FREQ=YEARLY;BYMONTH=-1").contains(u"BYMONTH takes numbers"));
    CHECK(refusal("FREQ=MONTHLY;BYDAY=TH,XX").contains(u"\"XX\""));
    CHECK(refusal("FREQ=MONTHLY;BYDAY=0TH").contains(u"BYDAY's number"));
    CHECK(refusal("FREQ=MONTHLY;WKST=XY").contains(u"WKST must be"));
}

TEST_CASE("Parts that contradict each other are refused")
{
    CHECK(refusal("FREQ=MONTHLY;COUNT=3;UNTIL=20271231").contains(u"not both"));
    CHECK(refusal("FREQ=WEEKLY;BYDAY=-1FR").contains(u"only a MONTHLY or YEARLY rule"));
    CHECK(refusal("FREQ=WEEKLY;BYMONTHDAY=1").contains(u"cannot be used with FREQ=WEEKLY"));
    CHECK(refusal("FREQ=MONTHLY;BYDAY=6MO").contains(u"a month has at most 5"));
    CHECK(refusal("FREQ=YEARLY;BYMONTH=3;BYDAY=-6MO").contains(u"a month has at most 5"));
    CHECK(valueOf(RecurrenceRule::parse(QStringLiteral("FREQ=YEARLY;BYDAY=20MO"))).byDay[0] == WeekdayNumber{20, 1});
    CHECK(refusal("FREQ=YEARLY;BYDAY=54MO").contains(u"BYDAY's number"));
}
