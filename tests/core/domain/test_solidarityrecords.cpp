// Cultural exchanges, shared risks and narrative crossovers: their rules, each bad input refused
// with a message that names what is wrong.
#include "testsupport.h"

#include "domain/solidarityrecords.h"

using namespace trellis;
using namespace trellis::domain;

TEST_CASE("Exchange and crossover kinds and statuses round-trip through their stored keys", "[domain][campaign]")
{
    for (auto k : {ExchangeKind::ArtTrade, ExchangeKind::StudySession, ExchangeKind::StorytellingNight,
                   ExchangeKind::SharedMeal, ExchangeKind::Song, ExchangeKind::Vigil, ExchangeKind::Other})
        CHECK(exchangeKindFromKey(exchangeKindKey(k)) == k);
    CHECK(exchangeKindKey(ExchangeKind::StorytellingNight) == QStringLiteral("storytelling_night"));
    CHECK(exchangeStatusFromKey(QStringLiteral("cancelled")) == ExchangeStatus::Cancelled);
    CHECK(crossoverKindFromKey(QStringLiteral("slogan")) == CrossoverKind::Slogan);
    CHECK_FALSE(crossoverKindFromKey(QStringLiteral("Slogan")).has_value());
    CHECK_FALSE(exchangeKindFromKey(QString()).has_value());
}

TEST_CASE("A cultural exchange needs its day and two partners", "[domain][campaign][bad-input]")
{
    CulturalExchange x;
    x.partnerIds = {1, 2};
    CHECK(x.normalise().error().message.contains(QStringLiteral("day")));
    x.heldOn = QDate(2027, 1, 15);
    x.partnerIds = {1};
    CHECK(x.normalise().error().message.contains(QStringLiteral("two partners")));
    x.partnerIds = {1, 1};
    CHECK(x.normalise().error().message.contains(QStringLiteral("only once")));
    x.partnerIds = {1, 2};
    x.exchanged = BilingualText(QStringLiteral("es"), QStringLiteral("Bordados a cambio de canciones"));
    CHECK(x.normalise().ok());
}

TEST_CASE("A shared risk is borne by at least two partners, each part in its words", "[domain][campaign][bad-input]")
{
    SharedRisk r;
    r.takenOn = QDate(2026, 9, 1);
    CHECK(r.normalise().error().message.contains(QStringLiteral("what was risked")));
    r.what = BilingualText(QStringLiteral("en"), QStringLiteral("Bail fund for the strike"));
    r.parts = {{1, BilingualText(QStringLiteral("en"), QStringLiteral("Raised the bail"))}};
    CHECK(r.normalise().error().message.contains(QStringLiteral("two partners")));
    r.parts << SharedRiskPart{2, BilingualText(QStringLiteral("fa"), QStringLiteral("میزبانی از خانواده‌ها"))};
    CHECK(r.normalise().ok());
    r.ledgerEntryIds = {7, 7};
    CHECK(r.normalise().error().message.startsWith(QStringLiteral("Ledger entries")));
}

TEST_CASE("A narrative crossover is reborn in another partner and another language", "[domain][campaign][bad-input]")
{
    NarrativeCrossover n;
    n.originPartnerId = 1;
    n.adoptingPartnerId = 1;
    n.origin = BilingualText(QStringLiteral("es"), QStringLiteral("Sin nosotras no se mueve el mundo"));
    n.reborn = BilingualText(QStringLiteral("ar"), QStringLiteral("بدوننا لا يتحرك العالم"));
    n.rebornOn = QDate(2026, 10, 1);
    CHECK(n.normalise().error().message.contains(QStringLiteral("not to itself")));
    n.adoptingPartnerId = 2;
    n.bornOn = QDate(2026, 11, 1);
    CHECK(n.normalise().error().message.contains(QStringLiteral("before it was born")));
    n.bornOn = QDate(2026, 3, 8);
    CHECK(n.normalise().ok());
    n.reborn = BilingualText(QStringLiteral("es"), QStringLiteral("Sin nosotras no se mueve nada"));
    CHECK(n.normalise().error().message.contains(QStringLiteral("another language")));
    n.reborn = BilingualText();
    CHECK(n.normalise().error().message.contains(QStringLiteral("both texts")));
}
