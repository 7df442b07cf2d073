// The calendar's judgements: done/due/missed per occurrence, the custodians' rotation, agreed pauses.
#include "rhythmtest.h"

#include "rhythm/custodianrotation.h"
#include "rhythm/occurrencestate.h"
#include "rhythm/pause.h"

using namespace trellis;
using namespace trellis::rhythm;
using trellis::test::allDay;
using trellis::test::refusalOf;
using trellis::test::valueOf;

namespace {

QList<OccurrenceState> statesOf(const QList<OccurrenceStatus> &statuses)
{
    QList<OccurrenceState> states;
    for (const OccurrenceStatus &s : statuses)
        states << s.state;
    return states;
}

CustodianRotation threeWayRotation()
{
    CustodianRotation rotation;
    rotation.order = {QStringLiteral("mesa"), QStringLiteral("kaveh"), QStringLiteral("ana")};
    rotation.terms = {{QStringLiteral("mesa"), QDate(2026, 1, 29)}, {QStringLiteral("kaveh"), QDate(2026, 4, 30)}};
    return rotation;
}

Pause agreedPause()
{
    Pause pause;
    pause.partnerA = 3;
    pause.partnerB = 7;
    pause.firstDay = QDate(2026, 7, 1);
    pause.lastDay = QDate(2026, 8, 31);
    pause.reason = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Descanso tras la cosecha"));
    pause.consentedByA = QDate(2026, 6, 10);
    pause.consentedByB = QDate(2026, 6, 12);
    return pause;
}

} // namespace

TEST_CASE("Each occurrence is done, due, missed or upcoming")
{
    const Schedule retro = allDay("2026-01-29", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH");
    const auto occurrences = valueOf(retro.occurrences(QDate(2026, 1, 1), QDate(2027, 1, 31)));
    REQUIRE(occurrences.size() == 5); // 01-29, 04-30, 07-30, 10-29, 2027-01-28
    const QList<Fulfilment> held = {{QDate(2026, 1, 29), QStringLiteral("retro"), 11}, {QDate(2026, 7, 30), QStringLiteral("retro"), 12}};
    const auto states = occurrenceStates(occurrences, held, QDate(2026, 11, 5), 14);
    CHECK(statesOf(states) == QList<OccurrenceState>{OccurrenceState::Done, OccurrenceState::Missed, OccurrenceState::Done,
                                                      OccurrenceState::Due, OccurrenceState::Upcoming});
    REQUIRE(states[2].fulfilment);
    CHECK(states[2].fulfilment->recordId == 12);
    CHECK_FALSE(states[1].fulfilment);
    // The grace days are inclusive: 14 days after 10-29 it is still due, 15 days after it is missed.
    CHECK(occurrenceStates(occurrences, held, QDate(2026, 11, 12), 14)[3].state == OccurrenceState::Due);
    CHECK(occurrenceStates(occurrences, held, QDate(2026, 11, 13), 14)[3].state == OccurrenceState::Missed);
    // On its own day an occurrence is due, even with no grace days; a negative grace counts as none.
    CHECK(occurrenceStates(occurrences, {}, QDate(2026, 10, 29), 0)[3].state == OccurrenceState::Due);
    CHECK(occurrenceStates(occurrences, {}, QDate(2026, 10, 30), -5)[3].state == OccurrenceState::Missed);
}

TEST_CASE("Fulfilments on dates the rule does not give are found")
{
    const Schedule retro = allDay("2026-01-29", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH");
    const QList<Fulfilment> held = {{QDate(2026, 1, 29), QStringLiteral("retro"), 11},
                                    {QDate(2026, 5, 1), QStringLiteral("retro"), 12},
                                    {QDate(2025, 12, 31), QStringLiteral("retro"), 13},
                                    {QDate(2027, 4, 29), QStringLiteral("retro"), 14}};
    const auto stray = valueOf(strayFulfilments(retro, held, QDate(2026, 12, 31)));
    REQUIRE(stray.size() == 2);
    CHECK(stray[0].recordId == 13); // before the first date
    CHECK(stray[1].recordId == 12); // not a last Thursday
    CHECK(valueOf(strayFulfilments(retro, {}, QDate(2026, 12, 31))).isEmpty());
}

TEST_CASE("The next custodian follows the rotation's order")
{
    CustodianRotation rotation = threeWayRotation();
    REQUIRE(rotation.validate().ok());
    CHECK(rotation.nextCustodian() == QStringLiteral("ana"));
    rotation.terms.append({QStringLiteral("ana"), QDate(2026, 7, 30)});
    CHECK(rotation.nextCustodian() == QStringLiteral("mesa")); // round again
    // A stand-in outside the order does not break the turn.
    rotation.terms.append({QStringLiteral("guest"), QDate(2026, 10, 29)});
    CHECK(rotation.nextCustodian() == QStringLiteral("mesa"));
    CHECK(CustodianRotation{{QStringLiteral("mesa")}, {}}.nextCustodian() == QStringLiteral("mesa"));
    CHECK_FALSE(CustodianRotation{}.nextCustodian());
    REQUIRE(rotation.holderOn(QDate(2026, 5, 1)));
    CHECK(rotation.holderOn(QDate(2026, 5, 1))->custodian == u"kaveh");
    CHECK(rotation.holderOn(QDate(2026, 4, 30))->custodian == u"kaveh");
    CHECK_FALSE(rotation.holderOn(QDate(2026, 1, 28)));
}

TEST_CASE("Holding the archive twice in a row is flagged")
{
    const CustodianRotation rotation = threeWayRotation();
    const auto repeated = rotation.repeatedTerm({QStringLiteral("kaveh"), QDate(2026, 7, 30)});
    REQUIRE(repeated);
    CHECK(*repeated == CustodianTerm{QStringLiteral("kaveh"), QDate(2026, 4, 30)});
    CHECK_FALSE(rotation.repeatedTerm({QStringLiteral("ana"), QDate(2026, 7, 30)}));
    CHECK_FALSE(rotation.repeatedTerm({QStringLiteral("mesa"), QDate(2026, 7, 30)})); // not in a row: kaveh between
    // A hand-over written into the past is judged against the next term too.
    const auto before = rotation.repeatedTerm({QStringLiteral("kaveh"), QDate(2026, 3, 1)});
    REQUIRE(before);
    CHECK(before->handedOverOn == QDate(2026, 4, 30));
}

TEST_CASE("A rotation with repeats, gaps or hand-overs out of order is refused")
{
    CustodianRotation rotation = threeWayRotation();
    rotation.order.append(QStringLiteral("mesa"));
    CHECK(refusalOf(rotation.validate()).contains(u"twice in the rotation"));
    rotation = threeWayRotation();
    rotation.order.append(QStringLiteral("  "));
    CHECK(refusalOf(rotation.validate()).contains(u"empty place"));
    rotation = threeWayRotation();
    rotation.terms.append({QStringLiteral("ana"), QDate(2026, 4, 30)});
    CHECK(refusalOf(rotation.validate()).contains(u"date order"));
    rotation = threeWayRotation();
    rotation.terms.append({QString(), QDate(2026, 7, 30)});
    CHECK(refusalOf(rotation.validate()).contains(u"needs a custodian and a date"));
}

TEST_CASE("A ledger date inside an agreed pause between the two partners is found")
{
    const QList<Pause> pauses = {agreedPause()};
    CHECK(agreedPauseOn(pauses, 3, 7, QDate(2026, 7, 1)));
    CHECK(agreedPauseOn(pauses, 7, 3, QDate(2026, 8, 31))); // either direction of the entry
    CHECK_FALSE(agreedPauseOn(pauses, 3, 7, QDate(2026, 6, 30)));
    CHECK_FALSE(agreedPauseOn(pauses, 3, 7, QDate(2026, 9, 1)));
    CHECK_FALSE(agreedPauseOn(pauses, 3, 8, QDate(2026, 7, 15))); // another pair
    Pause oneSided = agreedPause();
    oneSided.consentedByB = QDate();
    CHECK_FALSE(oneSided.isAgreed());
    CHECK_FALSE(agreedPauseOn({oneSided}, 3, 7, QDate(2026, 7, 15))); // a one-sided silence is not a pause
}

TEST_CASE("Pauses without two partners or with reversed dates are refused")
{
    Pause pause = agreedPause();
    REQUIRE(pause.validate().ok());
    pause.partnerB = pause.partnerA;
    CHECK(refusalOf(pause.validate()).contains(u"two different partners"));
    pause = agreedPause();
    pause.partnerA = 0;
    CHECK(refusalOf(pause.validate()).contains(u"between two partners"));
    pause = agreedPause();
    pause.lastDay = QDate(2026, 6, 30);
    CHECK(refusalOf(pause.validate()).contains(u"ends (2026-06-30) before it begins (2026-07-01)"));
    pause = agreedPause();
    pause.firstDay = QDate();
    CHECK(refusalOf(pause.validate()).contains(u"first and last day"));
    pause = agreedPause();
    pause.reason = domain::BilingualText(QStringLiteral("not a language!"), QStringLiteral("x"));
    CHECK(refusalOf(pause.validate()).startsWith(u"reason: "));
}
