// Envoy journeys through their store: from the Kanun to Colectiva with the questions carried, the
// voices to amplify, what returned and the risks weighed, linked to the hosting entry and a
// crossover; every bad journey is refused with its own sentence before anything is written.
#include "storefixture.h"

#include "store/crossoverstore.h"
#include "store/envoyjourneystore.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/search.h"
#include "store/translationqueue.h"
#include "store/workspacecheck.h"

using namespace trellis;
using rhythm::EnvoyJourney;

namespace {

struct JourneyFixture {
    test::WorkspaceFixture f;
    qint64 kanun = partner(QStringLiteral("کانون صنفی معلمان"), {QStringLiteral("fa")});
    qint64 colectiva = partner(QStringLiteral("Colectiva Tierra y Agua"), {QStringLiteral("es")});
    store::EnvoyJourneyStore journeys{f.ws};

    qint64 partner(const QString &name, const QStringList &languages)
    {
        domain::Partner p;
        p.name = domain::BilingualText(languages.first(), name);
        p.languages = languages;
        auto id = store::PartnerStore(f.ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 hosting()
    {
        domain::LedgerEntry e;
        e.date = QDate(2026, 6, 3);
        e.fromPartnerId = colectiva;
        e.toPartnerId = kanun;
        e.kind = domain::ContributionKind::Hosting;
        e.narrative = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Hospedaje de la enviada durante la asamblea"));
        auto id = store::LedgerStore(f.ws).add(e);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 crossover()
    {
        domain::NarrativeCrossover n;
        n.kind = domain::CrossoverKind::Slogan;
        n.originPartnerId = kanun;
        n.adoptingPartnerId = colectiva;
        n.origin = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("کلاس درس سنگر ماست"));
        n.reborn = domain::BilingualText(QStringLiteral("es"), QStringLiteral("El aula es nuestra trinchera"));
        n.rebornOn = QDate(2026, 6, 20);
        auto id = store::CrossoverStore(f.ws).add(n);
        REQUIRE(id.ok());
        return *id;
    }
    EnvoyJourney journey() const
    {
        EnvoyJourney j;
        j.envoy = QStringLiteral("مینا رحیمی");
        j.fromPartnerId = kanun;
        j.toPartnerId = colectiva;
        j.firstDay = QDate(2026, 6, 1);
        j.lastDay = QDate(2026, 6, 14);
        j.questions = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("چگونه مجمع مسکن تصمیم می‌گیرد؟"));
        j.voices = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("صدای معلمان بازنشسته"));
        j.returned = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Un método de asamblea por turnos"));
        j.carbon = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Un vuelo, compensado con el viaje de vuelta en tren"));
        j.visas = domain::BilingualText(QStringLiteral("fa"), QStringLiteral("ویزا سه هفته طول کشید"));
        j.surveillance = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Teléfonos limpios en la frontera"));
        return j;
    }
};

} // namespace

TEST_CASE("An envoy journey round-trips with its texts and its links to the ledger and crossovers", "[store][envoy]")
{
    JourneyFixture x;
    EnvoyJourney j = x.journey();
    const qint64 entry = x.hosting();
    const qint64 slogan = x.crossover();
    j.ledgerEntryIds = {entry};
    j.crossoverIds = {slogan};
    auto id = x.journeys.add(j);
    REQUIRE(id.ok());
    auto saved = x.journeys.get(*id);
    REQUIRE(saved.ok());
    CHECK(saved->stamp == j.stamp);
    CHECK(saved->envoy == QStringLiteral("مینا رحیمی"));
    CHECK(saved->fromPartnerId == x.kanun);
    CHECK(saved->toPartnerId == x.colectiva);
    CHECK(saved->firstDay == QDate(2026, 6, 1));
    CHECK(saved->lastDay == QDate(2026, 6, 14));
    for (auto field : {&EnvoyJourney::questions, &EnvoyJourney::voices, &EnvoyJourney::returned, &EnvoyJourney::carbon,
                       &EnvoyJourney::visas, &EnvoyJourney::surveillance})
        CHECK((*saved).*field == j.*field);
    CHECK(saved->ledgerEntryIds == QList<qint64>{entry});
    CHECK(saved->crossoverIds == QList<qint64>{slogan});
    CHECK(*x.journeys.ofPartner(x.colectiva) == QList<qint64>{*id});
    CHECK(store::checkWorkspace(x.f.ws)->problems.isEmpty());

    // A crossover that is deleted leaves the journey; the hosting entry it names is kept.
    REQUIRE(store::CrossoverStore(x.f.ws).remove(slogan).ok());
    CHECK(x.journeys.get(*id)->crossoverIds.isEmpty());
    CHECK_FALSE(store::LedgerStore(x.f.ws).removeDraft(entry).ok());
    CHECK(x.journeys.get(*id)->ledgerEntryIds == QList<qint64>{entry});

    EnvoyJourney edited = *x.journeys.get(*id);
    edited.envoy = QStringLiteral("  Mina Rahimi ");
    edited.returned = {};
    REQUIRE(x.journeys.update(edited).ok());
    CHECK(x.journeys.get(*id)->envoy == QStringLiteral("Mina Rahimi"));
    CHECK(x.journeys.get(*id)->returned.isEmpty());
    REQUIRE(x.journeys.remove(*id).ok());
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM envoy_journey_ledger_entry")) == 0);
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'envoy_journey'")) == 0);
    REQUIRE(store::LedgerStore(x.f.ws).removeDraft(entry).ok()); // no journey names it now
}

TEST_CASE("A bad envoy journey is refused with its own sentence and nothing saved is lost", "[store][envoy]")
{
    JourneyFixture x;
    EnvoyJourney kept = x.journey();
    REQUIRE(x.journeys.add(kept).ok());
    auto refused = [&](EnvoyJourney j) {
        auto id = x.journeys.add(j);
        REQUIRE_FALSE(id.ok());
        return id.error().message;
    };
    EnvoyJourney j = x.journey();
    j.envoy = QStringLiteral("   ");
    CHECK(refused(j) == QStringLiteral("Name the envoy who travels"));
    j.envoy = QString(201, u'a');
    CHECK(refused(j) == QStringLiteral("The envoy's name is longer than 200 characters"));
    j = x.journey();
    j.toPartnerId = x.kanun;
    CHECK(refused(j) == QStringLiteral("An envoy travels to another partner, not from a partner to itself"));
    j.toPartnerId = 0;
    CHECK(refused(j) == QStringLiteral("An envoy journey goes from one partner to another: name both"));
    j = x.journey();
    j.lastDay = QDate(2026, 5, 30);
    CHECK(refused(j) == QStringLiteral("The journey ends (2026-05-30) before it begins (2026-06-01)"));
    j.lastDay = j.firstDay.addDays(EnvoyJourney::kMaxDays);
    CHECK(refused(j) == QStringLiteral("An envoy journey lasts a year at most; record a longer stay as two journeys"));
    j = x.journey();
    j.firstDay = QDate();
    CHECK(refused(j) == QStringLiteral("An envoy journey needs its first and last day"));
    j = x.journey();
    j.questions = {};
    CHECK(refused(j) == QStringLiteral("Write the questions the envoy carries: they are why the journey is made"));
    j = x.journey();
    j.toPartnerId = 999;
    CHECK(refused(j) == QStringLiteral("A partner of the journey is not a partner of this workspace"));
    j = x.journey();
    j.ledgerEntryIds = {31337};
    CHECK(refused(j) == QStringLiteral("Ledger entry 31337 does not exist"));
    j = x.journey();
    j.crossoverIds = {77, 77};
    CHECK(refused(j) == QStringLiteral("Crossovers: a record is linked only once"));

    CHECK(*x.journeys.ids() == QList<qint64>{kept.stamp.id});
    CHECK(x.journeys.get(kept.stamp.id)->questions == kept.questions);
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'envoy_journey'")) == 6);
}

TEST_CASE("A journey is found by three letters in two scripts and its texts wait in the translation queue", "[store][envoy]")
{
    JourneyFixture x;
    EnvoyJourney j = x.journey();
    REQUIRE(x.journeys.add(j).ok());
    for (const QString &key : {QStringLiteral("مسک"), QStringLiteral("asamblea por")}) {
        auto hits = store::search(x.f.ws, key);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().recordKind == QStringLiteral("envoy_journey"));
        CHECK(hits->first().recordId == j.stamp.id);
    }
    auto queue = store::translationQueue(x.f.ws.database(), {.targetLanguage = QStringLiteral("es"),
                                                             .kinds = {QStringLiteral("envoy_journey")}});
    REQUIRE(queue.ok());
    QStringList fields;
    for (const auto &item : *queue)
        fields << item.field;
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("questions"), QStringLiteral("visas"), QStringLiteral("voices")});
}
