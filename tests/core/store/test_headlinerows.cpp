// The rows the lists of exchanges, shared risks and crossovers show: newest first, each headline
// in the list's language when translated, else in its original and marked missing.
#include "storefixture.h"

#include "store/crossoverstore.h"
#include "store/exchangestore.h"
#include "store/headlinerows.h"
#include "store/search.h"
#include "store/workspacequery.h"
#include "store/sharedriskstore.h"

using namespace trellis;
using namespace trellis::domain;

TEST_CASE("Exchange, risk and crossover rows come newest first with their headlines in the list's language", "[store][list]")
{
    test::WorkspaceFixture f;
    const qint64 nasij = f.addPartner(QStringLiteral("اتحاد عمال النسيج"), QStringLiteral("ar"));
    const qint64 costureras = f.addPartner(QStringLiteral("Colectiva Costureras"), QStringLiteral("es"));
    const qint64 kanun = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));

    store::ExchangeStore exchanges(f.ws);
    CulturalExchange song;
    song.kind = ExchangeKind::Song;
    song.heldOn = QDate(2026, 5, 1);
    song.status = ExchangeStatus::Held;
    song.partnerIds = {nasij, costureras, kanun};
    song.exchanged = BilingualText(QStringLiteral("ar"), QStringLiteral("أغاني العمل"));
    song.exchanged.setTranslation(QStringLiteral("es"), {QStringLiteral("Cantos de trabajo"), TranslationStatus::Human,
                                                        QStringLiteral("Ana"), {}});
    REQUIRE(exchanges.add(song).ok());
    CulturalExchange meal;
    meal.kind = ExchangeKind::SharedMeal;
    meal.heldOn = QDate(2026, 6, 12);
    meal.partnerIds = {nasij, kanun};
    meal.exchanged = BilingualText(QStringLiteral("fa"), QStringLiteral("سفرهٔ مشترک"));
    REQUIRE(exchanges.add(meal).ok());
    CulturalExchange unwritten;
    unwritten.kind = ExchangeKind::Vigil;
    unwritten.heldOn = QDate(2026, 1, 8);
    unwritten.partnerIds = {nasij, costureras};
    REQUIRE(exchanges.add(unwritten).ok());

    auto rows = store::exchangeRows(f.ws, QStringLiteral("es"));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).id == meal.stamp.id);
    CHECK(rows->at(0).headline == QStringLiteral("سفرهٔ مشترک"));
    CHECK(rows->at(0).headlineLanguage == QStringLiteral("fa"));
    CHECK(rows->at(0).status == TranslationStatus::Missing);
    CHECK(rows->at(0).kind == QStringLiteral("shared_meal"));
    CHECK(rows->at(0).state == QStringLiteral("planned"));
    CHECK(rows->at(0).count == 2);
    CHECK(rows->at(1).headline == QStringLiteral("Cantos de trabajo"));
    CHECK(rows->at(1).status == TranslationStatus::Human);
    CHECK(rows->at(1).state == QStringLiteral("held"));
    CHECK(rows->at(1).count == 3);
    // Nothing was written about what the vigil exchanged: nothing is missing either.
    CHECK(rows->at(2).headline.isEmpty());
    CHECK(rows->at(2).status == TranslationStatus::Original);
    CHECK(store::exchangeRows(f.ws, QStringLiteral("ar"))->at(1).status == TranslationStatus::Original);

    SharedRisk strike;
    strike.takenOn = QDate(2026, 7, 3);
    strike.what = BilingualText(QStringLiteral("es"), QStringLiteral("Huelga simultánea en tres talleres"));
    strike.parts = {{costureras, BilingualText(QStringLiteral("es"), QStringLiteral("Perder la paga de una semana"))},
                    {kanun, BilingualText(QStringLiteral("fa"), QStringLiteral("پذیرفتن خطر اخراج"))},
                    {nasij, {}}};
    REQUIRE(store::SharedRiskStore(f.ws).add(strike).ok());
    auto risks = store::sharedRiskRows(f.ws, QStringLiteral("ar"));
    REQUIRE(risks.ok());
    REQUIRE(risks->size() == 1);
    CHECK(risks->at(0).date == QDate(2026, 7, 3));
    CHECK(risks->at(0).headline == QStringLiteral("Huelga simultánea en tres talleres"));
    CHECK(risks->at(0).status == TranslationStatus::Missing);
    CHECK(risks->at(0).count == 3);

    NarrativeCrossover slogan;
    slogan.kind = CrossoverKind::Slogan;
    slogan.originPartnerId = costureras;
    slogan.adoptingPartnerId = nasij;
    slogan.origin = BilingualText(QStringLiteral("es"), QStringLiteral("Ni una puntada sin salario"));
    slogan.reborn = BilingualText(QStringLiteral("ar"), QStringLiteral("لا غرزة بلا أجر"));
    slogan.rebornOn = QDate(2026, 9, 9);
    REQUIRE(store::CrossoverStore(f.ws).add(slogan).ok());
    auto crossovers = store::crossoverRows(f.ws, QStringLiteral("ar"));
    REQUIRE(crossovers.ok());
    REQUIRE(crossovers->size() == 1);
    CHECK(crossovers->at(0).headline == QStringLiteral("لا غرزة بلا أجر"));
    CHECK(crossovers->at(0).status == TranslationStatus::Original);
    CHECK(crossovers->at(0).kind == QStringLiteral("slogan"));
    CHECK(crossovers->at(0).partnerIds == QList<qint64>{costureras, nasij});

    // Each kind is found by three letters of its texts, in its own script, and a part's text
    // opens the risk around it.
    auto found = [&f](const QString &query, const QString &kind) {
        auto hits = store::search(f.ws, query);
        REQUIRE(hits.ok());
        for (const store::SearchHit &h : std::as_const(*hits))
            if (h.recordKind == kind)
                return h;
        FAIL("no " << kind.toStdString() << " hit for " << query.toStdString());
        return store::SearchHit{};
    };
    CHECK(found(QStringLiteral("سفر"), QStringLiteral("cultural_exchange")).recordId == meal.stamp.id);
    CHECK(found(QStringLiteral("Huelga"), QStringLiteral("shared_risk")).recordId == strike.stamp.id);
    CHECK(found(QStringLiteral("غرزة"), QStringLiteral("narrative_crossover")).recordId == slogan.stamp.id);
    const store::SearchHit part = found(QStringLiteral("اخراج"), QStringLiteral("shared_risk_part"));
    auto opens = store::owningRecord(f.ws, part.recordKind, part.recordId);
    REQUIRE(opens.ok());
    CHECK(opens->kind == QStringLiteral("shared_risk"));
    CHECK(opens->id == strike.stamp.id);
}
