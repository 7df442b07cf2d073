// Narrative crossovers through their store: born in one partner's language and reborn in another's,
// listed per pair over time and counted per pair of partners.
#include "storefixture.h"

#include "domain/campaign.h"
#include "domain/partner.h"
#include "store/campaignstore.h"
#include "store/crossoverstore.h"
#include "store/partnerstore.h"
#include "store/statement.h"
#include "store/workspacecheck.h"

using namespace trellis;
using namespace trellis::domain;
using store::PairDirection;

namespace {

struct CrossoverFixture {
    test::WorkspaceFixture f;
    store::CrossoverStore crossovers{f.ws};
    qint64 tierra = partner(QStringLiteral("Colectiva Tierra y Agua"), {QStringLiteral("es"), QStringLiteral("en")});
    qint64 mahalla = partner(QStringLiteral("اتحاد عمال النسيج"), {QStringLiteral("ar-EG"), QStringLiteral("en")});
    qint64 shenzhen = partner(QStringLiteral("深圳工友互助中心"), {QStringLiteral("zh-Hans")});

    qint64 partner(const QString &name, const QStringList &languages)
    {
        Partner p;
        p.name = BilingualText(languages.first(), name);
        p.languages = languages;
        auto id = store::PartnerStore(f.ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
    NarrativeCrossover slogan() const
    {
        NarrativeCrossover n;
        n.kind = CrossoverKind::Slogan;
        n.originPartnerId = tierra;
        n.adoptingPartnerId = mahalla;
        n.origin = BilingualText(QStringLiteral("es"), QStringLiteral("Sin nosotras no se mueve el mundo"));
        n.origin.setTranslation(QStringLiteral("en"), {QStringLiteral("Without us the world does not move"),
                                                       TranslationStatus::Human, QStringLiteral("Sam"), {}});
        n.reborn = BilingualText(QStringLiteral("ar"), QStringLiteral("بدوننا لا يتحرك العالم"));
        n.bornOn = QDate(2026, 3, 8);
        n.rebornOn = QDate(2026, 5, 1);
        n.seenAt = BilingualText(QStringLiteral("ar"), QStringLiteral("لافتة في مسيرة عيد العمال في المحلة"));
        return n;
    }
    qint64 add(NarrativeCrossover n)
    {
        auto id = crossovers.add(n);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    qint64 count(const QString &sql) { return f.count(sql); }
};

} // namespace

TEST_CASE("A crossover round-trips with both texts, its days and where it was seen", "[store][crossover]")
{
    CrossoverFixture fx;
    Campaign c;
    c.title = BilingualText(QStringLiteral("es"), QStringLiteral("Salario vital"));
    auto campaign = store::CampaignStore(fx.f.ws).add(c);
    REQUIRE(campaign.ok());
    NarrativeCrossover n = fx.slogan();
    n.campaignIds = {*campaign};
    auto added = fx.crossovers.add(n);
    REQUIRE(added.ok());
    const qint64 id = *added;
    auto back = fx.crossovers.get(id);
    REQUIRE(back.ok());
    CHECK(back->stamp == n.stamp);
    CHECK(back->kind == CrossoverKind::Slogan);
    CHECK(back->originPartnerId == fx.tierra);
    CHECK(back->adoptingPartnerId == fx.mahalla);
    CHECK(back->origin == n.origin);
    CHECK(back->reborn == n.reborn);
    CHECK(back->seenAt == n.seenAt);
    CHECK(back->bornOn == QDate(2026, 3, 8));
    CHECK(back->rebornOn == QDate(2026, 5, 1));
    CHECK(back->campaignIds == QList<qint64>{*campaign});

    NarrativeCrossover edited = *back;
    edited.kind = CrossoverKind::Metaphor;
    edited.bornOn = QDate();
    edited.seenAt = BilingualText();
    edited.campaignIds.clear();
    REQUIRE(fx.crossovers.update(edited).ok());
    back = fx.crossovers.get(id);
    CHECK(back->kind == CrossoverKind::Metaphor);
    CHECK_FALSE(back->bornOn.isValid());
    CHECK(back->seenAt.isEmpty());
    CHECK(back->campaignIds.isEmpty());
    CHECK(back->stamp.createdAt == n.stamp.createdAt);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'narrative_crossover'")) == 2);
}

TEST_CASE("Bad crossovers are refused with their reason and nothing is saved", "[store][crossover][bad-input]")
{
    CrossoverFixture fx;
    auto refused = [&](NarrativeCrossover n, const QString &message) {
        auto id = fx.crossovers.add(n);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message == message);
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM narrative_crossover")) == 0);
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'narrative_crossover'")) == 0);
    };
    NarrativeCrossover n = fx.slogan();
    n.adoptingPartnerId = fx.tierra;
    refused(n, QStringLiteral("A crossover goes from one partner to another, not to itself"));
    n = fx.slogan();
    n.bornOn = QDate(2026, 6, 1);
    refused(n, QStringLiteral("A crossover cannot be reborn before it was born"));
    n = fx.slogan();
    n.rebornOn = QDate(2026, 13, 1);
    refused(n, QStringLiteral("A crossover needs the day it was reborn"));
    n = fx.slogan();
    n.reborn = BilingualText(QStringLiteral("es"), QStringLiteral("Sin nosotras no se mueve nada"));
    refused(n, QStringLiteral("A crossover is reborn in another language: both texts are in es"));
    n = fx.slogan();
    n.origin = BilingualText();
    refused(n, QStringLiteral("A crossover needs both texts: as it was born and as it was reborn"));
    n = fx.slogan();
    n.adoptingPartnerId = 0;
    refused(n, QStringLiteral("A crossover needs the partner it was born in and the one that adopted it"));
    n = fx.slogan();
    n.adoptingPartnerId = 4242;
    refused(n, QStringLiteral("Partner 4242 does not exist"));
    n = fx.slogan();
    n.campaignIds = {88};
    refused(n, QStringLiteral("Campaign 88 does not exist"));

    // Each text in its own partner's language: Arabic is not a language of the Colectiva.
    n = fx.slogan();
    n.origin = BilingualText(QStringLiteral("fa"), QStringLiteral("بدون ما دنیا نمی‌چرخد"));
    auto wrongOrigin = fx.crossovers.add(n);
    REQUIRE_FALSE(wrongOrigin.ok());
    CHECK(wrongOrigin.error().message.startsWith(QStringLiteral("A crossover as born is written in the origin partner's language: "
                                                                "Colectiva Tierra y Agua works in")));
    n = fx.slogan();
    n.reborn = BilingualText(QStringLiteral("zh-Hans"), QStringLiteral("没有我们，世界就不会转动"));
    auto wrongReborn = fx.crossovers.add(n);
    REQUIRE_FALSE(wrongReborn.ok());
    CHECK(wrongReborn.error().message.startsWith(QStringLiteral("A crossover as reborn is written in the adopting partner's language")));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM narrative_crossover")) == 0);
    // A regional form of a partner's language is its language: "ar" for a partner working in "ar-EG".
    n = fx.slogan();
    CHECK(fx.crossovers.add(n).ok());
}

TEST_CASE("Crossovers are listed over time, per ordered and unordered pair, and counted per pair", "[store][crossover]")
{
    CrossoverFixture fx;
    const qint64 first = fx.add(fx.slogan());
    NarrativeCrossover back;
    back.kind = CrossoverKind::Joke;
    back.originPartnerId = fx.mahalla;
    back.adoptingPartnerId = fx.tierra;
    back.origin = BilingualText(QStringLiteral("ar-EG"), QStringLiteral("المكوك لا يتعب، صاحب المصنع هو اللي بيتعب"));
    back.reborn = BilingualText(QStringLiteral("es"), QStringLiteral("La lanzadera no se cansa; el patrón sí"));
    back.rebornOn = QDate(2026, 4, 2);
    const qint64 returned = fx.add(back);
    NarrativeCrossover strategy;
    strategy.kind = CrossoverKind::Strategy;
    strategy.originPartnerId = fx.shenzhen;
    strategy.adoptingPartnerId = fx.tierra;
    strategy.origin = BilingualText(QStringLiteral("zh-Hans"), QStringLiteral("工友互助热线"));
    strategy.reborn = BilingualText(QStringLiteral("es"), QStringLiteral("Línea de apoyo mutuo entre compañeras"));
    strategy.rebornOn = QDate(2026, 9, 1);
    const qint64 hotline = fx.add(strategy);
    NarrativeCrossover again = fx.slogan();
    again.kind = CrossoverKind::Phrase;
    again.bornOn = QDate();
    again.rebornOn = QDate(2026, 10, 12);
    const qint64 latest = fx.add(again);

    auto all = fx.crossovers.list();
    REQUIRE(all.ok());
    QList<qint64> ids;
    for (const auto &s : *all)
        ids << s.id;
    CHECK(ids == QList<qint64>{returned, first, hotline, latest});
    CHECK(all->at(1).origin == QStringLiteral("Sin nosotras no se mueve el mundo"));
    CHECK(all->at(1).rebornLanguage == QStringLiteral("ar"));
    CHECK_FALSE(all->at(3).bornOn.isValid());

    auto oneWay = fx.crossovers.between(fx.tierra, fx.mahalla, PairDirection::OneWay);
    REQUIRE(oneWay.ok());
    REQUIRE(oneWay->size() == 2);
    CHECK(oneWay->at(0).id == first);
    CHECK(oneWay->at(1).id == latest);
    auto bothWays = fx.crossovers.between(fx.mahalla, fx.tierra, PairDirection::BothWays);
    REQUIRE(bothWays->size() == 3);
    CHECK(bothWays->at(0).id == returned);
    CHECK(fx.crossovers.between(fx.mahalla, fx.shenzhen, PairDirection::BothWays)->isEmpty());
    CHECK(fx.crossovers.between(fx.tierra, fx.tierra, PairDirection::BothWays).error().message
          == QStringLiteral("A pair is two different partners"));

    auto counts = fx.crossovers.countsPerPair();
    REQUIRE(counts.ok());
    REQUIRE(counts->size() == 2);
    const store::CrossoverPairCount &top = counts->at(0);
    CHECK(top.partnerA == fx.tierra);
    CHECK(top.partnerB == fx.mahalla);
    CHECK(top.aToB == 2);
    CHECK(top.bToA == 1);
    CHECK(top.total() == 3);
    CHECK(top.firstRebornOn == QDate(2026, 4, 2));
    CHECK(top.lastRebornOn == QDate(2026, 10, 12));
    CHECK(counts->at(1).partnerA == fx.tierra);
    CHECK(counts->at(1).partnerB == fx.shenzhen);
    CHECK(counts->at(1).bToA == 1);

    REQUIRE(fx.crossovers.remove(first).ok());
    CHECK(fx.crossovers.countsPerPair()->at(0).aToB == 1);
    CHECK(fx.crossovers.remove(first).error().message == QStringLiteral("Crossover %1 does not exist").arg(first));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'narrative_crossover'")) == 7);
}

TEST_CASE("check finds a crossover in a language its partner does not work in, or reborn in its own", "[store][crossover][check]")
{
    CrossoverFixture fx;
    const qint64 id = fx.add(fx.slogan());
    auto clean = store::checkWorkspace(fx.f.ws);
    REQUIRE(clean.ok());
    CHECK(clean->problems.isEmpty());
    // What the store refuses, written behind its back.
    REQUIRE(fx.f.ws.database().exec(QStringLiteral("UPDATE partner SET languages = 'zh-Hans' WHERE id = %1").arg(fx.mahalla)).ok());
    auto report = store::checkWorkspace(fx.f.ws);
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList{QStringLiteral("crossover %1 was reborn in a language its partner does not work in").arg(id)});
    REQUIRE(fx.f.ws.database().exec(QStringLiteral("UPDATE partner SET languages = 'ar en' WHERE id = %1;"
                                                   "UPDATE partner SET languages = 'fa' WHERE id = %2").arg(fx.mahalla).arg(fx.tierra)).ok());
    report = store::checkWorkspace(fx.f.ws);
    CHECK(report->problems == QStringList{QStringLiteral("crossover %1 was born in a language its partner does not work in").arg(id)});
    REQUIRE(fx.f.ws.database().exec(QStringLiteral("UPDATE partner SET languages = 'es-MX' WHERE id = %1;"
                                                   "UPDATE bitext SET original_lang = 'es' WHERE owner_kind = 'narrative_crossover';"
                                                   "UPDATE bitext_version SET lang = 'es' WHERE status = 'original' AND text_id IN "
                                                   "(SELECT id FROM bitext WHERE owner_kind = 'narrative_crossover');"
                                                   "UPDATE partner SET languages = 'ar es' WHERE id = %2").arg(fx.tierra).arg(fx.mahalla)).ok());
    report = store::checkWorkspace(fx.f.ws);
    CHECK(report->problems == QStringList{QStringLiteral("crossover %1 is reborn in the language it was born in").arg(id)});
}
