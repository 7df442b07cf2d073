// A synchronous ritual on each partner's clock, through ICU's zone data.
#include "rhythmtest.h"

#include "rhythm/localtimes.h"

using namespace trellis;
using namespace trellis::rhythm;
using trellis::test::errorOf;
using trellis::test::timed;
using trellis::test::valueOf;

TEST_CASE("A vigil at 18:00 in Madrid on partners' clocks, before and after Europe's clock change")
{
    const QStringList zones = {QStringLiteral("Asia/Tehran"), QStringLiteral("America/Sao_Paulo"), QStringLiteral("Pacific/Auckland"),
                               QStringLiteral("Europe/Madrid")};
    const auto vigils = valueOf(timed("2026-03-19", "18:00", "Europe/Madrid", "FREQ=WEEKLY;COUNT=3")
                                    .occurrences(QDate(2026, 3, 1), QDate(2026, 4, 30)));
    REQUIRE(vigils.size() == 3);

    // 2026-03-19 17:00 UTC: Tehran +03:30, São Paulo -03:00, Auckland +13:00 (its summer), Madrid +01:00.
    const auto before = valueOf(localStarts(vigils[0], zones));
    REQUIRE(before.size() == 4);
    CHECK(before[0].start.toString(u"yyyy-MM-dd HH:mm") == u"2026-03-19 20:30");
    CHECK(before[0].start.offsetFromUtc() == 3 * 3600 + 1800);
    CHECK(before[1].start.toString(u"yyyy-MM-dd HH:mm") == u"2026-03-19 14:00");
    CHECK(before[2].start.toString(u"yyyy-MM-dd HH:mm") == u"2026-03-20 06:00");
    CHECK(before[2].dayShift == 1);
    CHECK(before[3].start.toString(u"yyyy-MM-dd HH:mm") == u"2026-03-19 18:00");
    CHECK(before[3].dayShift == 0);

    // 2026-04-02, after Madrid's change: 16:00 UTC. Auckland keeps its summer time until 2026-04-05.
    const auto after = valueOf(localStarts(vigils[2], zones));
    CHECK(after[0].start.toString(u"HH:mm") == u"19:30");
    CHECK(after[1].start.toString(u"HH:mm") == u"13:00");
    CHECK(after[2].start.toString(u"yyyy-MM-dd HH:mm") == u"2026-04-03 05:00");
    CHECK(after[3].start.toString(u"HH:mm") == u"18:00");
    // Each local start is the same moment.
    for (const LocalStart &s : after)
        CHECK(s.start.toUTC() == vigils[2].startUtc);
}

TEST_CASE("A morning ritual in Auckland is the evening before in the Americas")
{
    const auto circle = valueOf(timed("2026-07-06", "08:00", "Pacific/Auckland", "FREQ=MONTHLY;COUNT=1")
                                    .occurrences(QDate(2026, 7, 1), QDate(2026, 7, 31)));
    REQUIRE(circle.size() == 1);
    const auto starts = valueOf(localStarts(circle[0], {QStringLiteral("America/Bogota")}));
    // 08:00 +12:00 is 20:00 UTC on 07-05; Bogotá keeps -05:00 all year.
    CHECK(starts[0].start.toString(u"yyyy-MM-dd HH:mm") == u"2026-07-05 15:00");
    CHECK(starts[0].dayShift == -1);
}

TEST_CASE("Local starts need a moment and known zones")
{
    CHECK(errorOf(localStarts(Occurrence{QDate(2026, 7, 6), {}}, {QStringLiteral("Asia/Tehran")})).contains(u"all-day"));
    const Occurrence moment{QDate(2026, 7, 6), QDateTime(QDate(2026, 7, 6), QTime(6, 0), Qt::UTC)};
    CHECK(errorOf(localStarts(moment, {QStringLiteral("Asia/Tehran"), QStringLiteral("Atlantis/Capital")})).contains(u"Atlantis/Capital"));
    CHECK(valueOf(localStarts(moment, {})).isEmpty());
}
