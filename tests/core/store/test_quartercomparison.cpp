// Compare quarters: answers per question and tag, votes and actions of a span of quarters, from the file.
#include "storefixture.h"

#include "store/facilitationstore.h"
#include "store/quartercomparison.h"
#include "store/retrostore.h"
#include "store/statement.h"

using namespace trellis;
using namespace trellis::domain;

namespace {

i18n::Quarter q(int year, int quarter) { return i18n::Quarter{year, quarter}; }

RetroAnswer answer(RetroQuestion question, const QString &text, const QStringList &tags = {}, int votes = 0)
{
    RetroAnswer a;
    a.question = question;
    a.text = BilingualText(QStringLiteral("es"), text);
    a.tags = tags;
    a.votes = votes;
    return a;
}

} // namespace

TEST_CASE("Compare quarters counts answers per question and tag, votes and the fate of actions", "[store][facilitation][compare]")
{
    test::WorkspaceFixture f;
    const qint64 tehran = f.addPartner(QStringLiteral("کارگران تهران"), QStringLiteral("fa"));
    const qint64 madrid = f.addPartner(QStringLiteral("Cooperativa Madrid"), QStringLiteral("es"));
    store::FacilitationStore run(f.ws);

    auto empty = store::retroQuarterRange(f.ws);
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->has_value());

    // 2026-Q2: typed in afterwards, with the votes counted on paper (3), one action done, one open.
    Retro spring;
    spring.heldOn = QDate(2026, 5, 5);
    spring.quarter = QStringLiteral("2026-Q2");
    spring.languageA = QStringLiteral("fa");
    spring.languageB = QStringLiteral("es");
    spring.participantIds = {tehran, madrid};
    spring.answers = {answer(RetroQuestion::Extractive, QStringLiteral("Traducir siempre nosotras"), {QStringLiteral("translation")}, 3),
                      answer(RetroQuestion::Transformative, QStringLiteral("El fondo común"), {QStringLiteral("funds")})};
    RetroAction open;
    open.partnerId = madrid;
    open.text = BilingualText(QStringLiteral("es"), QStringLiteral("Turnar la traducción"));
    RetroAction finished = open;
    finished.text = BilingualText(QStringLiteral("es"), QStringLiteral("Abrir la cuenta"));
    finished.done = true;
    spring.actions = {open, finished};
    auto springId = store::RetroStore(f.ws).add(spring);
    REQUIRE(springId.ok());

    // 2026-Q3: run live; translation comes back through a theme's tags, with two votes.
    Retro summer = spring;
    summer.heldOn = QDate(2026, 8, 5);
    summer.quarter = QStringLiteral("2026-Q3");
    summer.answers.clear();
    summer.actions.clear();
    auto summerId = store::RetroStore(f.ws).add(summer);
    REQUIRE(summerId.ok());
    RetroAnswer again = answer(RetroQuestion::Extractive, QStringLiteral("Otra vez traducimos solas"));
    again.authorPartnerId = madrid;
    auto againId = run.addAnswer(*summerId, again);
    RetroAnswer risk = answer(RetroQuestion::SharedRisk, QStringLiteral("La huelga"));
    auto riskId = run.addAnswer(*summerId, risk);
    REQUIRE((againId.ok() && riskId.ok()));
    auto theme = run.addTheme(*summerId, {}, {QStringLiteral("translation"), QStringLiteral("care")});
    REQUIRE(theme.ok());
    REQUIRE(run.setAnswerTheme(*againId, *theme).ok());
    REQUIRE(run.castVote(*againId, tehran).ok());
    REQUIRE(run.castVote(*againId, madrid).ok());
    auto openId = f.ws.database().prepare(QStringLiteral("SELECT id FROM retro_action WHERE retro_id = ? AND done = 0"));
    REQUIRE(openId.ok());
    openId->bind(1, *springId);
    REQUIRE(*openId->step());
    REQUIRE(run.reviewAction(*summerId, openId->int64(0), ActionOutcome::CarriedOver, {}).ok());
    RetroAction fresh;
    fresh.partnerId = tehran;
    fresh.text = BilingualText(QStringLiteral("fa"), QStringLiteral("نوشتن گزارش"));
    REQUIRE(run.addAction(*summerId, fresh).ok());

    auto range = store::retroQuarterRange(f.ws);
    REQUIRE(range.ok());
    REQUIRE(range->has_value());
    CHECK((*range)->first == q(2026, 2));
    CHECK((*range)->second == q(2026, 3));

    auto c = store::compareQuarters(f.ws, q(2026, 2), q(2026, 4));
    REQUIRE(c.ok());
    REQUIRE(c->quarters.size() == 3);
    const store::QuarterTally &q2 = c->quarters.at(0);
    const store::QuarterTally &q3 = c->quarters.at(1);
    const store::QuarterTally &q4 = c->quarters.at(2);
    CHECK(q2.quarter == QStringLiteral("2026-Q2"));
    CHECK(q4.quarter == QStringLiteral("2026-Q4"));
    CHECK(q2.retros == 1);
    CHECK(q4.retros == 0);
    CHECK(q4.answers() == 0);
    CHECK(q2.answersPerQuestion == std::array<int, 3>{1, 1, 0});
    CHECK(q3.answersPerQuestion == std::array<int, 3>{1, 0, 1});

    // Translation came back (two quarters) and is listed first; the rest by answers, then name.
    CHECK(c->tags == QStringList{QStringLiteral("translation"), QStringLiteral("care"), QStringLiteral("funds")});
    CHECK(c->quartersWith(QStringLiteral("translation")) == 2);
    CHECK(c->keepsComingBack(QStringLiteral("translation")));
    CHECK_FALSE(c->keepsComingBack(QStringLiteral("funds")));
    CHECK(q2.answersPerTag.value(QStringLiteral("translation")) == 1);
    CHECK(q3.answersPerTag.value(QStringLiteral("care")) == 1);
    CHECK(q3.answersPerTag.value(QStringLiteral("funds")) == 0);

    // Votes: the paper count of Q2, the live votes of Q3, also per tag.
    CHECK(q2.votes == 3);
    CHECK(q3.votes == 2);
    CHECK(q2.votesPerTag.value(QStringLiteral("translation")) == 3);
    CHECK(q3.votesPerTag.value(QStringLiteral("translation")) == 2);

    // Actions: Q2's open one was carried over at Q3's check-in; the copy counts in Q3 as carried in.
    CHECK(q2.actions == 2);
    CHECK(q2.actionsDone == 1);
    CHECK(q2.actionsCarriedOver == 1);
    CHECK(q2.actionsOpen() == 0);
    CHECK(q3.actions == 2);
    CHECK(q3.actionsCarriedIn == 1);
    CHECK(q3.actionsOpen() == 2);

    // Reviewed again as dropped, the Q2 action counts as dropped.
    REQUIRE(run.reviewAction(*summerId, openId->int64(0), ActionOutcome::Dropped, {}).ok());
    c = store::compareQuarters(f.ws, q(2026, 2), q(2026, 3));
    REQUIRE(c.ok());
    CHECK(c->quarters.at(0).actionsDropped == 1);
    CHECK(c->quarters.at(0).actionsCarriedOver == 0);
    CHECK(c->quarters.at(1).actions == 1);
    CHECK(c->languageA == QStringLiteral("fa"));
    CHECK(c->languageB == QStringLiteral("es"));
}

TEST_CASE("Compare quarters refuses a span that runs backwards or is longer than ten years", "[store][facilitation][compare]")
{
    test::WorkspaceFixture f;
    auto backwards = store::compareQuarters(f.ws, q(2026, 3), q(2026, 2));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
    CHECK(backwards.error().message.contains(QStringLiteral("2026-Q2")));
    auto tooLong = store::compareQuarters(f.ws, q(2016, 1), q(2026, 1));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("41")));
    auto longest = store::compareQuarters(f.ws, q(2016, 2), q(2026, 1));
    REQUIRE(longest.ok());
    CHECK(longest->quarters.size() == store::kMaxComparedQuarters);
    CHECK(longest->quarters.first().quarter == QStringLiteral("2016-Q2"));
    CHECK(longest->quarters.last().quarter == QStringLiteral("2026-Q1"));
    CHECK(longest->tags.isEmpty());
    // Across a year's end.
    auto span = store::quarterSpan(q(2025, 4), q(2026, 1));
    REQUIRE(span.ok());
    CHECK(*span == QList<i18n::Quarter>{q(2025, 4), q(2026, 1)});
}
