// Facilitation rules: the phase order and going back, vote limits, the phase timer on an injected clock.
#include <catch2/catch.hpp>

#include "domain/facilitation.h"
#include "domain/phasetimer.h"

using namespace trellis::domain;

TEST_CASE("Phases run from check-in to close and can be walked back", "[domain][facilitation]")
{
    REQUIRE(retroPhases().size() == 8);
    CHECK(retroPhases().first() == RetroPhase::CheckIn);
    CHECK(retroPhases().last() == RetroPhase::Close);
    CHECK(nextPhase(RetroPhase::CheckIn) == RetroPhase::Write);
    CHECK(nextPhase(RetroPhase::Vote) == RetroPhase::Discuss);
    CHECK_FALSE(nextPhase(RetroPhase::Close).has_value());
    CHECK(previousPhase(RetroPhase::Write) == RetroPhase::CheckIn);
    CHECK(previousPhase(RetroPhase::Close) == RetroPhase::Actions);
    CHECK_FALSE(previousPhase(RetroPhase::CheckIn).has_value());
    for (RetroPhase phase : retroPhases())
        CHECK(retroPhaseFromKey(retroPhaseKey(phase)) == phase);
    CHECK(retroPhaseFromKey(QStringLiteral("checkin")) == RetroPhase::CheckIn);
    CHECK_FALSE(retroPhaseFromKey(QStringLiteral("brainstorm")).has_value());
    CHECK_FALSE(retroPhaseFromKey(QString()).has_value());
}

TEST_CASE("Vote rules refuse a vote over either limit with the limit in words", "[domain][facilitation]")
{
    const VoteRules rules; // 3 each, at most 2 on one answer
    CHECK(rules.check().ok());
    CHECK(checkVote(rules, 0, 0).ok());
    CHECK(checkVote(rules, 2, 1).ok());
    auto allUsed = checkVote(rules, 3, 0);
    REQUIRE_FALSE(allUsed.ok());
    CHECK(allUsed.error().message.contains(QStringLiteral("all 3")));
    auto perAnswer = checkVote(rules, 2, 2);
    REQUIRE_FALSE(perAnswer.ok());
    CHECK(perAnswer.error().message.contains(QStringLiteral("at most 2")));

    CHECK_FALSE(VoteRules{0, 1}.check().ok());
    CHECK_FALSE(VoteRules{3, 4}.check().ok());
    CHECK_FALSE(VoteRules{3, 0}.check().ok());
    CHECK_FALSE(VoteRules{kMaxVotes + 1, 1}.check().ok());
    CHECK(VoteRules{5, 5}.check().ok());
}

TEST_CASE("Action outcomes round-trip through their stored keys", "[domain][facilitation]")
{
    for (auto o : {ActionOutcome::Done, ActionOutcome::CarriedOver, ActionOutcome::Dropped})
        CHECK(actionOutcomeFromKey(actionOutcomeKey(o)) == o);
    CHECK_FALSE(actionOutcomeFromKey(QStringLiteral("forgotten")).has_value());
}

namespace {
/// A clock the test moves by hand.
struct ManualClock {
    qint64 now = 1'000'000;
    MonotonicClock clock() { return [this] { return now; }; }
};
} // namespace

TEST_CASE("A phase timer counts down only while running", "[domain][timer]")
{
    ManualClock t;
    PhaseTimer timer(t.clock());
    timer.reset(5 * 60'000);
    CHECK_FALSE(timer.isRunning());
    t.now += 10'000;
    CHECK(timer.remainingMs() == 300'000); // not started: the clock does not count
    timer.start();
    t.now += 48'000;
    CHECK(timer.remainingMs() == 252'000);
    CHECK(timer.shownSeconds() == 252);
    t.now += 500;
    CHECK(timer.shownSeconds() == 252); // 251.5 s left still shows 4:12
    CHECK(timer.msUntilShownChange() == 500);

    timer.pause();
    t.now += 120'000;
    CHECK(timer.remainingMs() == 251'500);
    CHECK(timer.msUntilShownChange() == -1); // nothing to repaint while paused
    timer.toggle();
    CHECK(timer.isRunning());
    t.now += 1'500;
    CHECK(timer.remainingMs() == 250'000);
    timer.toggle();
    CHECK_FALSE(timer.isRunning());
}

TEST_CASE("A phase timer extends by a minute, also paused", "[domain][timer]")
{
    ManualClock t;
    PhaseTimer timer(t.clock());
    timer.reset(60'000);
    timer.extend();
    CHECK(timer.remainingMs() == 120'000);
    CHECK(timer.totalMs() == 120'000);
    timer.start();
    t.now += 30'000;
    timer.extend();
    CHECK(timer.remainingMs() == 150'000);
    t.now += 10'000;
    CHECK(timer.remainingMs() == 140'000);
    timer.extend(0);
    timer.extend(-5'000);
    CHECK(timer.remainingMs() == 140'000);
}

TEST_CASE("A phase timer stops at zero, counts the overrun and restarts on +1 min", "[domain][timer]")
{
    ManualClock t;
    PhaseTimer timer(t.clock());
    timer.reset(2'000);
    timer.start();
    t.now += 1'999;
    CHECK_FALSE(timer.isAtZero());
    CHECK(timer.shownSeconds() == 1);
    t.now += 1;
    CHECK(timer.isAtZero());
    CHECK(timer.remainingMs() == 0);
    CHECK(timer.overrunMs() == 0);
    t.now += 7'000;
    CHECK(timer.remainingMs() == 0); // never below zero
    CHECK(timer.overrunMs() == 7'000);
    CHECK(timer.msUntilShownChange() == -1);
    // Past zero, +1 min is one minute from now, not from the deadline.
    timer.extend();
    CHECK_FALSE(timer.isAtZero());
    CHECK(timer.remainingMs() == 60'000);
    CHECK(timer.overrunMs() == 0);
    t.now += 60'000;
    CHECK(timer.isAtZero());

    timer.reset(0);
    CHECK_FALSE(timer.isAtZero()); // an unset timer has not "reached" zero
    timer.reset(-3);
    CHECK(timer.totalMs() == 0);
}

TEST_CASE("The three questions read in each language of the pair, or not at all", "[domain][facilitation]")
{
    CHECK(retroQuestionIn(RetroQuestion::Extractive, QStringLiteral("es")) == QStringLiteral("¿Qué se sintió extractivo?"));
    CHECK(retroQuestionIn(RetroQuestion::SharedRisk, QStringLiteral("pt-BR"))->contains(QStringLiteral("aliança")));
    CHECK(retroQuestionIn(RetroQuestion::Transformative, QStringLiteral("zh-Hans")).has_value());
    CHECK(retroQuestionIn(RetroQuestion::Extractive, QStringLiteral("fa-IR")).has_value());
    CHECK(retroQuestionIn(RetroQuestion::Extractive, QStringLiteral("he")) != retroQuestionIn(RetroQuestion::Extractive, QStringLiteral("ar")));
    CHECK_FALSE(retroQuestionIn(RetroQuestion::Extractive, QStringLiteral("sw")).has_value()); // never English instead
}
