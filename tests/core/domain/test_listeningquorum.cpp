// The listening quorum's gate: every ordered pair of a campaign's partners needs an acknowledged
// paraphrase in the paraphrasing partner's language, and the refusal names exactly who owes what.
#include "testsupport.h"

#include "domain/campaign.h"
#include "domain/listeningquorum.h"

#include <QHash>

using namespace trellis;
using namespace trellis::domain;
using Kind = QuorumBlocker::Kind;

namespace {

const QHash<qint64, QString> kNames = {
    {1, QStringLiteral("Kanun")}, {2, QStringLiteral("Ittihad")}, {3, QStringLiteral("Costureras")}};

QString nameOf(qint64 id) { return kNames.value(id); }

/// Three partners working in Persian, Arabic and Spanish; no paraphrase yet.
QuorumInput threePartners()
{
    QuorumInput in;
    in.partners = {{1, {QStringLiteral("fa"), QStringLiteral("en")}},
                   {2, {QStringLiteral("ar")}},
                   {3, {QStringLiteral("es-MX")}}};
    in.plannedExchanges = 1;
    return in;
}

QString languageOf(qint64 by) { return by == 1 ? QStringLiteral("fa") : by == 2 ? QStringLiteral("ar-EG") : QStringLiteral("es"); }

/// All six ordered pairs, acknowledged.
QuorumInput fullQuorum()
{
    QuorumInput in = threePartners();
    qint64 id = 0;
    for (qint64 by = 1; by <= 3; ++by)
        for (qint64 of = 1; of <= 3; ++of)
            if (of != by)
                in.paraphrases << QuorumParaphrase{++id, of, by, languageOf(by), ParaphraseState::Acknowledged};
    return in;
}

} // namespace

TEST_CASE("A campaign with three partners needs six acknowledged paraphrases", "[domain][campaign][quorum]")
{
    QuorumInput in = threePartners();
    const QList<QuorumBlocker> none = quorumBlockers(in);
    REQUIRE(none.size() == 6);
    for (const QuorumBlocker &b : none)
        CHECK(b.kind == Kind::MissingParaphrase);
    // In partner order: each partner's two paraphrases to write.
    CHECK(none.first() == QuorumBlocker{Kind::MissingParaphrase, 1, 2});
    CHECK(none.last() == QuorumBlocker{Kind::MissingParaphrase, 3, 2});

    CHECK(quorumBlockers(fullQuorum()).isEmpty());
    CHECK(activationBlockers(fullQuorum()).isEmpty());
}

TEST_CASE("Each missing paraphrase blocks activation and is named in the refusal", "[domain][campaign][quorum]")
{
    const QuorumInput full = fullQuorum();
    for (qsizetype drop = 0; drop < full.paraphrases.size(); ++drop) {
        QuorumInput in = full;
        const QuorumParaphrase missing = in.paraphrases.takeAt(drop);
        const QList<QuorumBlocker> blockers = activationBlockers(in);
        INFO("dropped paraphrase " << drop);
        REQUIRE(blockers == QList<QuorumBlocker>{{Kind::MissingParaphrase, missing.byPartnerId, missing.partnerId}});
        const QString refusal = describeRefusal(blockers, nameOf);
        CHECK(refusal.contains(QStringLiteral("%1 must paraphrase the goals of %2")
                                   .arg(nameOf(missing.byPartnerId), nameOf(missing.partnerId))));
        // Only that pair is named.
        CHECK(refusal.count(QStringLiteral("must paraphrase")) == 1);
    }
}

TEST_CASE("A sent-back, unanswered or revised paraphrase blocks, each with its own words", "[domain][campaign][quorum]")
{
    QuorumInput in = fullQuorum();
    in.paraphrases[0].state = ParaphraseState::SentBack;    // Kanun's paraphrase of Ittihad's goals
    in.paraphrases[3].state = ParaphraseState::Unanswered;  // Ittihad's of Costureras'
    in.paraphrases[5].state = ParaphraseState::GoalsChanged; // Costureras' of Ittihad's
    const QList<QuorumBlocker> blockers = activationBlockers(in);
    REQUIRE(blockers == QList<QuorumBlocker>{{Kind::SentBack, 1, 2},
                                             {Kind::AwaitingAcknowledgement, 2, 3},
                                             {Kind::GoalsChanged, 3, 2}});
    CHECK(describeBlocker(blockers[0], nameOf) == QStringLiteral("Ittihad sent back the paraphrase of its goals by Kanun"));
    CHECK(describeBlocker(blockers[1], nameOf)
          == QStringLiteral("Costureras has not yet acknowledged the paraphrase of its goals by Ittihad"));
    CHECK(describeBlocker(blockers[2], nameOf).startsWith(QStringLiteral("The goals of Ittihad changed since Costureras")));

    // A revised paraphrase waits for a new answer, like an unanswered one.
    in.paraphrases[0].state = ParaphraseState::Revised;
    CHECK(activationBlockers(in).first() == QuorumBlocker{Kind::AwaitingAcknowledgement, 1, 2});
    // A newer paraphrase of the same pair, acknowledged, clears the pair.
    in.paraphrases << QuorumParaphrase{100, 2, 1, QStringLiteral("fa"), ParaphraseState::Acknowledged};
    CHECK(activationBlockers(in).size() == 2);
}

TEST_CASE("A campaign with no exchange planned cannot become active, though its quorum is met", "[domain][campaign][quorum]")
{
    QuorumInput in = fullQuorum();
    in.plannedExchanges = 0;
    CHECK(quorumBlockers(in).isEmpty());
    const QList<QuorumBlocker> blockers = activationBlockers(in);
    REQUIRE(blockers == QList<QuorumBlocker>{{Kind::NoExchangePlanned}});
    CHECK(describeRefusal(blockers, nameOf).contains(QStringLiteral("No cultural exchange is planned")));
}

TEST_CASE("A campaign of fewer than two partners is no joint project", "[domain][campaign][quorum]")
{
    QuorumInput in = threePartners();
    in.partners.resize(1);
    CHECK(quorumBlockers(in) == QList<QuorumBlocker>{{Kind::TooFewPartners}});
    in.partners.clear();
    in.plannedExchanges = 0;
    CHECK(activationBlockers(in) == QList<QuorumBlocker>{{Kind::TooFewPartners}, {Kind::NoExchangePlanned}});
}

TEST_CASE("A paraphrase in a language the partner does not use is refused and does not count", "[domain][campaign][quorum]")
{
    const QStringList ittihad{QStringLiteral("ar")};
    CHECK(checkParaphraseLanguage(ittihad, QStringLiteral("ar"), QStringLiteral("Ittihad"), QStringLiteral("en")).ok());
    CHECK(checkParaphraseLanguage(ittihad, QStringLiteral("ar-EG"), QStringLiteral("Ittihad"), QStringLiteral("en")).ok());
    auto refused = checkParaphraseLanguage(ittihad, QStringLiteral("fr"), QStringLiteral("Ittihad"), QStringLiteral("en"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("Ittihad works in Arabic, not in French")));
    auto noLanguages = checkParaphraseLanguage({}, QStringLiteral("fr"), QStringLiteral("Kanun"), QStringLiteral("en"));
    REQUIRE_FALSE(noLanguages.ok());
    CHECK(noLanguages.error().message.startsWith(QStringLiteral("Kanun lists no language")));
    // A script is another written language; a region is the same one.
    CHECK_FALSE(speaksLanguage({QStringLiteral("zh-Hans")}, QStringLiteral("zh-Hant")));
    CHECK(speaksLanguage({QStringLiteral("pt-BR")}, QStringLiteral("pt")));
    CHECK_FALSE(speaksLanguage({QStringLiteral("es")}, QStringLiteral("en")));

    // An acknowledged paraphrase in French by Ittihad does not count for the pair.
    QuorumInput in = fullQuorum();
    in.paraphrases[2].language = QStringLiteral("fr"); // Ittihad's paraphrase of Kanun's goals
    REQUIRE(activationBlockers(in) == QList<QuorumBlocker>{{Kind::WrongLanguage, 2, 1}});
    CHECK(describeBlocker(activationBlockers(in).first(), nameOf)
          == QStringLiteral("Ittihad must paraphrase the goals of Kanun in a language Ittihad works in"));
}

TEST_CASE("Campaign status follows proposed, quorum met, active, paused, closed", "[domain][campaign]")
{
    using S = CampaignStatus;
    CHECK(campaignStatusMayFollow(S::Proposed, S::QuorumMet));
    CHECK(campaignStatusMayFollow(S::QuorumMet, S::Active));
    CHECK(campaignStatusMayFollow(S::Active, S::Paused));
    CHECK(campaignStatusMayFollow(S::Paused, S::Active));
    CHECK(campaignStatusMayFollow(S::Paused, S::Closed));
    CHECK_FALSE(campaignStatusMayFollow(S::Proposed, S::Paused));
    CHECK_FALSE(campaignStatusMayFollow(S::Closed, S::Active));
    CHECK_FALSE(campaignStatusMayFollow(S::Active, S::Proposed));
    for (auto s : {S::Proposed, S::QuorumMet, S::Active, S::Paused, S::Closed})
        CHECK(campaignStatusFromKey(campaignStatusKey(s)) == s);
    CHECK_FALSE(campaignStatusFromKey(QStringLiteral("running")).has_value());
    CHECK(campaignStatusNeedsQuorum(S::Active));
    CHECK_FALSE(campaignStatusNeedsQuorum(S::Paused));

    Campaign c;
    CHECK_FALSE(c.normalise().ok());
    c.title = BilingualText(QStringLiteral("es"), QStringLiteral("Salario vital"));
    c.startsOn = QDate(2027, 3, 1);
    c.endsOn = QDate(2027, 2, 1);
    CHECK(c.normalise().error().message.contains(QStringLiteral("end before it starts")));
    c.endsOn = QDate(2027, 6, 1);
    c.partners = {{1, QDate(2027, 1, 1)}, {1, QDate(2027, 1, 2)}};
    CHECK(c.normalise().error().message.contains(QStringLiteral("only once")));
    c.partners = {{1, QDate(2027, 1, 1)}, {2, QDate()}};
    CHECK(c.normalise().error().message.contains(QStringLiteral("day it joined")));
    c.partners = {{1, QDate(2027, 1, 1)}, {2, QDate(2027, 1, 5)}};
    CHECK(c.normalise().ok());
}

TEST_CASE("A partner that lists no languages paraphrases in the languages of its name and goals", "[domain][campaign][quorum]")
{
    Partner p;
    p.name = BilingualText(QStringLiteral("fa"), QStringLiteral("کانون"));
    p.goals = BilingualText(QStringLiteral("en"), QStringLiteral("Fair pay"));
    CHECK(ownLanguages(p) == QStringList{QStringLiteral("fa"), QStringLiteral("en")});
    p.languages = {QStringLiteral("fa")};
    CHECK(ownLanguages(p) == QStringList{QStringLiteral("fa")});
}
