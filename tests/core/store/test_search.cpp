// Cross-script search through the store: transliteration, accents, substrings, hostile queries.
#include "storefixture.h"

#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/search.h"

#include <algorithm>

using namespace trellis;
using namespace trellis::domain;

namespace {
struct SearchFixture : test::WorkspaceFixture {
    qint64 sergei = addPartner(QStringLiteral("Сергей Иванов"), QStringLiteral("ru"));
    qint64 saoPaulo = addPartner(QStringLiteral("Rede São Paulo"), QStringLiteral("pt-BR"));
    qint64 muller = addPartner(QStringLiteral("Gewerkschaft Müller"), QStringLiteral("de"));
    qint64 zhou = addPartner(QStringLiteral("周工友中心"), QStringLiteral("zh-Hans"));
    qint64 tehran = addPartner(QStringLiteral("کانون معلمان تهران"), QStringLiteral("fa"));

    QStringList found(const QString &query)
    {
        auto hits = store::search(ws, query);
        REQUIRE(hits.ok());
        QStringList texts;
        for (const auto &hit : *hits)
            texts << hit.text;
        return texts;
    }
};
} // namespace

TEST_CASE("Latin spellings find names written in other scripts", "[store][search]")
{
    SearchFixture f;
    CHECK(f.found(QStringLiteral("sergei")) == QStringList{QStringLiteral("Сергей Иванов")});
    CHECK(f.found(QStringLiteral("Sergey")) == QStringList{QStringLiteral("Сергей Иванов")});
    CHECK(f.found(QStringLiteral("Сергей")) == QStringList{QStringLiteral("Сергей Иванов")});
    CHECK(f.found(QStringLiteral("sao paulo")) == QStringList{QStringLiteral("Rede São Paulo")});
    CHECK(f.found(QStringLiteral("muller")) == QStringList{QStringLiteral("Gewerkschaft Müller")});
    CHECK(f.found(QStringLiteral("zhou")) == QStringList{QStringLiteral("周工友中心")});
    // Persian is written without short vowels: its own script finds it, and so does its Latin name.
    CHECK(f.found(QStringLiteral("تهران")) == QStringList{QStringLiteral("کانون معلمان تهران")});
    domain::Partner p = *store::PartnerStore(f.ws).get(f.tehran);
    p.nameLatin = QStringLiteral("Kanun-e Moalleman-e Tehran");
    REQUIRE(store::PartnerStore(f.ws).update(p).ok());
    auto hits = store::search(f.ws, QStringLiteral("tehran"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordId == f.tehran);
    CHECK(hits->first().field == QStringLiteral("latin"));
}

TEST_CASE("Any three letters of a name find it, and the hit names its record", "[store][search]")
{
    SearchFixture f;
    CHECK(f.found(QStringLiteral("erge")) == QStringList{QStringLiteral("Сергей Иванов")});
    CHECK(f.found(QStringLiteral("ewerk")) == QStringList{QStringLiteral("Gewerkschaft Müller")});
    auto hits = store::search(f.ws, QStringLiteral("paulo"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordKind == QStringLiteral("partner"));
    CHECK(hits->first().recordId == f.saoPaulo);
    CHECK(hits->first().field == QStringLiteral("name"));
    CHECK(hits->first().language == QStringLiteral("pt-BR"));
    // Two letters: the substring scan.
    CHECK(f.found(QStringLiteral("iv")) == QStringList{QStringLiteral("Сергей Иванов")});
}

TEST_CASE("Hostile queries search literally and never reach FTS syntax", "[store][search][bad-input]")
{
    SearchFixture f;
    for (const char *q : {"\"", "sergei\"", "*", "NEAR(a b)", "-sergei", "a OR b", "(", "name:x", "^ser", "'; DROP TABLE partner; --",
                          "%", "_", "\\"}) {
        auto hits = store::search(f.ws, QString::fromUtf8(q));
        INFO(q);
        CHECK(hits.ok());
    }
    CHECK(f.found(QStringLiteral("%")).isEmpty());
    CHECK(f.found(QString()).isEmpty());
    CHECK(*store::PartnerStore(f.ws).count() == 5);
}

TEST_CASE("Contact notes are never searched, ledger narratives are", "[store][search]")
{
    SearchFixture f;
    Partner p = *store::PartnerStore(f.ws).get(f.saoPaulo);
    p.contactNotes = BilingualText(QStringLiteral("en"), QStringLiteral("safehouse on Rua Quinze"));
    REQUIRE(store::PartnerStore(f.ws).update(p).ok());
    CHECK(f.found(QStringLiteral("safehouse")).isEmpty());

    LedgerEntry e;
    e.date = QDate(2026, 2, 2);
    e.fromPartnerId = f.sergei;
    e.toPartnerId = f.tehran;
    e.kind = ContributionKind::Translation;
    e.quantity = Quantity{1200, Unit::words()};
    e.narrative = BilingualText(QStringLiteral("es"), QStringLiteral("Traducción del comunicado"));
    REQUIRE(store::LedgerStore(f.ws).add(e).ok());
    auto hits = store::search(f.ws, QStringLiteral("traduccion"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordKind == QStringLiteral("ledger_entry"));
    CHECK(hits->first().recordId == e.stamp.id);
}

namespace {
/// Whether the hits of query name the record id.
bool finds(store::Workspace &ws, const QString &query, qint64 id)
{
    auto hits = store::search(ws, query);
    REQUIRE(hits.ok());
    return std::any_of(hits->cbegin(), hits->cend(), [id](const store::SearchHit &h) { return h.recordId == id; });
}
} // namespace

TEST_CASE("Common romanizations find Arabic, Persian and Hebrew names written without short vowels", "[store][search]")
{
    test::WorkspaceFixture f;
    const qint64 textile = f.addPartner(QStringLiteral("اتحاد عمال النسيج"), QStringLiteral("ar"));
    const qint64 mahalla = f.addPartner(QStringLiteral("عمال غزل المحلة"), QStringLiteral("ar"));
    const qint64 teachers = f.addPartner(QStringLiteral("کانون صنفی معلمان تهران"), QStringLiteral("fa"));
    const qint64 haifa = f.addPartner(QStringLiteral("קואליציית חיפה"), QStringLiteral("he"));
    const QList<QPair<QString, qint64>> romanized = {
        {QStringLiteral("ittihad"), textile},  {QStringLiteral("ettehad"), textile},
        {QStringLiteral("itihad"), textile},   {QStringLiteral("nasij"), textile},
        {QStringLiteral("Ittihad Ummal al-Nasij"), textile},
        {QStringLiteral("mahalla"), mahalla},  {QStringLiteral("tehran"), teachers},
        {QStringLiteral("kanun"), teachers},   {QStringLiteral("moallem"), teachers},
        {QStringLiteral("Kanoon Tehran"), teachers},
        {QStringLiteral("haifa"), haifa},      {QStringLiteral("koalitziyat"), haifa},
    };
    for (const auto &[query, id] : romanized) {
        INFO(query.toStdString());
        CHECK(finds(f.ws, query, id));
    }
    // Each romanization finds its own name only.
    CHECK_FALSE(finds(f.ws, QStringLiteral("tehran"), textile));
    CHECK_FALSE(finds(f.ws, QStringLiteral("nasij"), teachers));
    CHECK_FALSE(finds(f.ws, QStringLiteral("haifa"), mahalla));
}

TEST_CASE("A consonant-skeleton match ranks below exact and trigram matches and does not over-match", "[store][search]")
{
    test::WorkspaceFixture f;
    const qint64 persian = f.addPartner(QStringLiteral("کانون صنفی معلمان تهران"), QStringLiteral("fa"));
    const qint64 latin = f.addPartner(QStringLiteral("Tehran Bus Workers"), QStringLiteral("en"));
    // t, h, r and n in this order, but not one word that starts "t(e)hr(a)n".
    const qint64 decoy = f.addPartner(QStringLiteral("انجمن تحریر نان"), QStringLiteral("fa"));
    auto hits = store::search(f.ws, QStringLiteral("tehran"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 2);
    CHECK(hits->at(0).recordId == latin);
    CHECK(hits->at(1).recordId == persian);
    CHECK(hits->at(0).rank < hits->at(1).rank);
    CHECK_FALSE(finds(f.ws, QStringLiteral("tehran"), decoy));
    // The decoy is still found by its own words.
    CHECK(finds(f.ws, QStringLiteral("tahrir"), decoy));
}
