// Campaigns through their store: the gate names who still has to paraphrase whom, answers to
// paraphrases are appended, and a partner joining an active campaign pauses nothing.
#include "storefixture.h"

#include "store/campaignstore.h"
#include "store/search.h"
#include "store/workspacequery.h"
#include "store/exchangestore.h"
#include "store/partnerstore.h"
#include <QHash>

using namespace trellis;
using namespace trellis::domain;

namespace {

struct CampaignFixture {
    test::WorkspaceFixture f;
    store::CampaignStore campaigns{f.ws};
    qint64 kanun = 0, ittihad = 0, costureras = 0;
    CampaignFixture()
    {
        kanun = partner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
        ittihad = partner(QStringLiteral("اتحاد عمال النسيج"), QStringLiteral("ar"));
        costureras = partner(QStringLiteral("Colectiva Costureras"), QStringLiteral("es"));
    }
    qint64 partner(const QString &name, const QString &language)
    {
        Partner p;
        p.name = BilingualText(language, name);
        p.languages = {language};
        auto id = store::PartnerStore(f.ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 campaign(const QList<qint64> &partners)
    {
        Campaign c;
        c.title = BilingualText(QStringLiteral("es"), QStringLiteral("Salario vital en la cadena textil"));
        c.aims = BilingualText(QStringLiteral("en"), QStringLiteral("A living wage along the garment chain"));
        c.startsOn = QDate(2027, 2, 1);
        for (qint64 p : partners)
            c.partners << CampaignPartner{p, QDate(2027, 1, 10)};
        auto id = campaigns.add(c);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    qint64 paraphrase(qint64 of, qint64 by)
    {
        static const QHash<QString, QString> text = {{QStringLiteral("fa"), QStringLiteral("شما دستمزد منصفانه می‌خواهید")},
                                                     {QStringLiteral("ar"), QStringLiteral("تريدون أجراً عادلاً")},
                                                     {QStringLiteral("es"), QStringLiteral("Queréis un salario justo")}};
        auto author = store::PartnerStore(f.ws).get(by);
        REQUIRE(author.ok());
        GoalParaphrase p;
        p.partnerId = of;
        p.byPartnerId = by;
        p.text = BilingualText(author->languages.first(), text.value(author->languages.first()));
        auto id = store::PartnerStore(f.ws).addParaphrase(p);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 planExchange(qint64 campaignId)
    {
        CulturalExchange x;
        x.kind = ExchangeKind::SharedMeal;
        x.heldOn = QDate(2027, 2, 14);
        x.partnerIds = {kanun, ittihad};
        x.campaignIds = {campaignId};
        x.exchanged = BilingualText(QStringLiteral("fa"), QStringLiteral("سفرهٔ مشترک و آوازهای کار"));
        auto id = store::ExchangeStore(f.ws).add(x);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("A campaign round-trips with its partners and starts as proposed", "[store][campaign]")
{
    CampaignFixture fx;
    const qint64 id = fx.campaign({fx.kanun, fx.ittihad});
    auto back = fx.campaigns.get(id);
    REQUIRE(back.ok());
    CHECK(back->status == CampaignStatus::Proposed);
    CHECK(back->title.original() == QStringLiteral("Salario vital en la cadena textil"));
    CHECK(back->aims.originalLanguage() == QStringLiteral("en"));
    CHECK(back->partners.size() == 2);
    CHECK(back->startsOn == QDate(2027, 2, 1));
    back->partners << CampaignPartner{fx.costureras, QDate(2027, 1, 20)};
    back->status = CampaignStatus::Active; // a plain save never moves the status
    REQUIRE(fx.campaigns.update(*back).ok());
    auto again = fx.campaigns.get(id);
    REQUIRE(again.ok());
    CHECK(again->partners.size() == 3);
    CHECK(again->status == CampaignStatus::Proposed);
    auto list = fx.campaigns.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().partners == 3);
    CHECK_FALSE(list->first().quorumComplete);
}

TEST_CASE("A campaign is found by three letters of its title, and the hit names the campaign", "[store][campaign][search]")
{
    CampaignFixture fx;
    const qint64 id = fx.campaign({fx.kanun, fx.ittihad});
    auto hits = store::search(fx.f.ws, QStringLiteral("vit"));
    REQUIRE(hits.ok());
    bool found = false;
    for (const store::SearchHit &h : *hits)
        found = found || (h.recordKind == QStringLiteral("campaign") && h.recordId == id && h.field == QStringLiteral("title"));
    CHECK(found);
}

TEST_CASE("Activation is refused with each missing paraphrase named, until all six are acknowledged", "[store][campaign][quorum]")
{
    CampaignFixture fx;
    const qint64 id = fx.campaign({fx.kanun, fx.ittihad, fx.costureras});
    fx.planExchange(id);
    auto refused = fx.campaigns.setStatus(id, CampaignStatus::Active);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.count(QStringLiteral("must paraphrase")) == 6);
    CHECK(refused.error().message.contains(QStringLiteral("کانون صنفی must paraphrase the goals of اتحاد عمال النسيج")));

    QList<qint64> ids;
    for (const auto &[of, by] : {std::pair{fx.ittihad, fx.kanun}, {fx.costureras, fx.kanun}, {fx.kanun, fx.ittihad},
                                 {fx.costureras, fx.ittihad}, {fx.kanun, fx.costureras}, {fx.ittihad, fx.costureras}}) {
        ids << fx.paraphrase(of, by);
        REQUIRE(fx.campaigns.acknowledge(ids.back(), QStringLiteral("Noor")).ok());
    }
    // Costureras sends back Ittihad's paraphrase of its goals: only that pair is named.
    REQUIRE(fx.campaigns.sendBack(ids[3], QStringLiteral("Lucía"),
                                  BilingualText(QStringLiteral("es"), QStringLiteral("No es solo el salario: también el tiempo")))
                .ok());
    refused = fx.campaigns.setStatus(id, CampaignStatus::Active);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("Colectiva Costureras sent back the paraphrase of its goals by اتحاد عمال النسيج")));
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("must paraphrase")));
    auto campaign = fx.campaigns.get(id);
    REQUIRE(campaign.ok());
    CHECK(campaign->status == CampaignStatus::Proposed); // nothing changed

    REQUIRE(fx.campaigns.acknowledge(ids[3], QStringLiteral("Lucía")).ok());
    REQUIRE(fx.campaigns.setStatus(id, CampaignStatus::QuorumMet).ok());
    REQUIRE(fx.campaigns.setStatus(id, CampaignStatus::Active).ok());
    auto history = fx.campaigns.history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK_FALSE(history->first().from.has_value());
    CHECK(history->last().to == CampaignStatus::Active);

    // The send-back and its note stay in the paraphrase's history.
    auto answers = fx.campaigns.paraphraseHistory(ids[3]);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 3);
    CHECK(answers->at(1).action == ParaphraseState::SentBack);
    CHECK(answers->at(1).note.original() == QStringLiteral("No es solo el salario: también el tiempo"));
    CHECK(answers->at(2).action == ParaphraseState::Acknowledged);
}

TEST_CASE("A partner joining an active campaign pauses nothing, but the quorum shows incomplete", "[store][campaign][quorum]")
{
    CampaignFixture fx;
    const qint64 id = fx.campaign({fx.kanun, fx.ittihad});
    fx.planExchange(id);
    REQUIRE(fx.campaigns.acknowledge(fx.paraphrase(fx.kanun, fx.ittihad), QStringLiteral("Noor")).ok());
    REQUIRE(fx.campaigns.acknowledge(fx.paraphrase(fx.ittihad, fx.kanun), QStringLiteral("Leila")).ok());
    REQUIRE(fx.campaigns.setStatus(id, CampaignStatus::Active).ok());
    auto c = fx.campaigns.get(id);
    REQUIRE(c.ok());
    c->partners << CampaignPartner{fx.costureras, QDate(2027, 3, 1)};
    REQUIRE(fx.campaigns.update(*c).ok());
    auto list = fx.campaigns.list();
    REQUIRE(list.ok());
    CHECK(list->first().status == CampaignStatus::Active);
    CHECK_FALSE(list->first().quorumComplete);
    auto input = fx.campaigns.quorum(id);
    REQUIRE(input.ok());
    CHECK(quorumBlockers(*input).size() == 4); // the newcomer's two paraphrases to write, and two of it
    // Pausing and resuming needs the quorum again.
    REQUIRE(fx.campaigns.setStatus(id, CampaignStatus::Paused).ok());
    CHECK_FALSE(fx.campaigns.setStatus(id, CampaignStatus::Active).ok());
}

TEST_CASE("Bad answers and moves are refused with a clear error and nothing saved", "[store][campaign][bad-input]")
{
    CampaignFixture fx;
    const qint64 id = fx.campaign({fx.kanun, fx.ittihad});
    const qint64 p = fx.paraphrase(fx.kanun, fx.ittihad);
    CHECK(fx.campaigns.acknowledge(p, QStringLiteral("  ")).error().code == ErrorCode::InvalidInput);
    CHECK(fx.campaigns.sendBack(p, QStringLiteral("Leila"), {}).error().message.contains(QStringLiteral("note")));
    CHECK(fx.campaigns.acknowledge(9999, QStringLiteral("Leila")).error().code == ErrorCode::NotFound);
    auto none = fx.campaigns.paraphraseHistory(p);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());

    CHECK(fx.campaigns.setStatus(id, CampaignStatus::Paused).error().message.contains(QStringLiteral("cannot become paused")));
    CHECK(fx.campaigns.setStatus(4242, CampaignStatus::Closed).error().code == ErrorCode::NotFound);
    REQUIRE(fx.campaigns.setStatus(id, CampaignStatus::Closed).ok());
    CHECK_FALSE(fx.campaigns.setStatus(id, CampaignStatus::Proposed).ok());
    auto kept = fx.campaigns.remove(id);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().code == ErrorCode::Immutable);
    CHECK(fx.campaigns.get(id).ok());

    Campaign untitled;
    CHECK(fx.campaigns.add(untitled).error().message.contains(QStringLiteral("title")));
    Campaign ghost;
    ghost.title = BilingualText(QStringLiteral("en"), QStringLiteral("Ghost"));
    ghost.partners = {{fx.kanun, QDate(2027, 1, 1)}, {777, QDate(2027, 1, 1)}};
    CHECK(fx.campaigns.add(ghost).error().code == ErrorCode::NotFound);
    auto list = fx.campaigns.list();
    REQUIRE(list.ok());
    CHECK(list->size() == 1);

    const qint64 proposed = fx.campaign({fx.kanun});
    REQUIRE(fx.campaigns.remove(proposed).ok());
    CHECK(fx.campaigns.get(proposed).error().code == ErrorCode::NotFound);
}

TEST_CASE("A campaign lists its exchanges, and a cancelled one no longer opens the gate", "[store][campaign][exchange]")
{
    CampaignFixture fx;
    const qint64 id = fx.campaign({fx.kanun, fx.ittihad});
    REQUIRE(fx.campaigns.acknowledge(fx.paraphrase(fx.kanun, fx.ittihad), QStringLiteral("Noor")).ok());
    REQUIRE(fx.campaigns.acknowledge(fx.paraphrase(fx.ittihad, fx.kanun), QStringLiteral("Leila")).ok());
    auto refused = fx.campaigns.setStatus(id, CampaignStatus::Active);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("No cultural exchange is planned")));
    const qint64 meal = fx.planExchange(id);
    store::ExchangeStore exchanges(fx.f.ws);
    auto listed = exchanges.forCampaign(id);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().kind == ExchangeKind::SharedMeal);
    CHECK(listed->first().exchangedLanguage == QStringLiteral("fa"));
    REQUIRE(exchanges.setStatus(meal, ExchangeStatus::Cancelled).ok());
    CHECK_FALSE(fx.campaigns.setStatus(id, CampaignStatus::Active).ok());
    REQUIRE(exchanges.setStatus(meal, ExchangeStatus::Held).ok());
    CHECK(fx.campaigns.setStatus(id, CampaignStatus::Active).ok());
    CHECK(exchanges.setStatus(999, ExchangeStatus::Held).error().code == ErrorCode::NotFound);

    CulturalExchange lonely;
    lonely.heldOn = QDate(2027, 3, 1);
    lonely.partnerIds = {fx.kanun, fx.ittihad};
    lonely.campaignIds = {4242};
    CHECK(exchanges.add(lonely).error().code == ErrorCode::NotFound);
    auto still = exchanges.forCampaign(id);
    REQUIRE(still.ok());
    CHECK(still->size() == 1);
}

TEST_CASE("An exchange round-trips, its edits keep their texts' history, and a held one stays", "[store][exchange]")
{
    CampaignFixture fx;
    const qint64 campaign = fx.campaign({fx.kanun, fx.ittihad});
    store::ExchangeStore exchanges(fx.f.ws);
    const qint64 id = fx.planExchange(campaign);

    auto saved = exchanges.get(id);
    REQUIRE(saved.ok());
    CHECK(saved->kind == ExchangeKind::SharedMeal);
    CHECK(saved->heldOn == QDate(2027, 2, 14));
    CHECK(saved->status == ExchangeStatus::Planned);
    CHECK(saved->partnerIds == QList<qint64>{fx.kanun, fx.ittihad});
    CHECK(saved->campaignIds == QList<qint64>{campaign});
    CHECK(saved->exchanged.originalLanguage() == QStringLiteral("fa"));
    CHECK(saved->notes.isEmpty());

    // An edit: a third partner, no campaign, a translation and notes; the text keeps its id.
    const qint64 textId = fx.f.count(QStringLiteral("SELECT exchanged_text_id FROM cultural_exchange WHERE id = %1").arg(id));
    CulturalExchange x = *saved;
    x.kind = ExchangeKind::Song;
    x.partnerIds << fx.costureras;
    x.campaignIds.clear();
    x.exchanged.setTranslation(QStringLiteral("es"), {QStringLiteral("Mesa compartida y cantos de trabajo"),
                                                      TranslationStatus::Machine, QStringLiteral("Ana"), {}});
    x.notes = BilingualText(QStringLiteral("es"), QStringLiteral("Trajimos pan de maíz"));
    REQUIRE(exchanges.update(x).ok());
    auto edited = exchanges.get(id);
    REQUIRE(edited.ok());
    CHECK(edited->kind == ExchangeKind::Song);
    CHECK(edited->partnerIds == QList<qint64>{fx.kanun, fx.ittihad, fx.costureras});
    CHECK(edited->campaignIds.isEmpty());
    CHECK(edited->exchanged.textIn(QStringLiteral("es")) == QStringLiteral("Mesa compartida y cantos de trabajo"));
    CHECK(edited->notes.original() == QStringLiteral("Trajimos pan de maíz"));
    CHECK(fx.f.count(QStringLiteral("SELECT exchanged_text_id FROM cultural_exchange WHERE id = %1").arg(id)) == textId);
    CHECK(store::ExchangeStore(fx.f.ws).forCampaign(campaign)->isEmpty());

    // Bad edits are refused whole: nothing of them is written.
    CulturalExchange bad = *edited;
    bad.partnerIds = {fx.kanun, 4242};
    bad.kind = ExchangeKind::Vigil;
    CHECK(exchanges.update(bad).error().message == QStringLiteral("Partner 4242 does not exist"));
    bad.partnerIds = {fx.kanun};
    CHECK(exchanges.update(bad).error().message == QStringLiteral("A cultural exchange is between at least two partners"));
    bad = *edited;
    bad.stamp.id = 9999;
    CHECK(exchanges.update(bad).error().message == QStringLiteral("Cultural exchange 9999 does not exist"));
    CHECK(exchanges.get(id)->kind == ExchangeKind::Song);
    CHECK(exchanges.get(id)->partnerIds.size() == 3);

    REQUIRE(exchanges.setStatus(id, ExchangeStatus::Held).ok());
    const auto kept = exchanges.remove(id);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().message == QStringLiteral("This exchange was held: it stays in the alliance's record and cannot be deleted"));
    CHECK(exchanges.get(id).ok());

    const qint64 planned = fx.planExchange(campaign);
    REQUIRE(exchanges.remove(planned).ok());
    CHECK(exchanges.get(planned).error().message == QStringLiteral("Cultural exchange %1 does not exist").arg(planned));
    CHECK(fx.f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'cultural_exchange'")) == 2);
    CHECK(fx.f.count(QStringLiteral("SELECT count(*) FROM exchange_partner")) == 3);
    CHECK(exchanges.remove(planned).error().code == ErrorCode::NotFound);
}

TEST_CASE("A send-back's note is found by search and opens the partner whose goals were paraphrased", "[store][campaign][search]")
{
    CampaignFixture fx;
    const qint64 p = fx.paraphrase(fx.costureras, fx.ittihad);
    const auto sent = fx.campaigns.sendBack(p, QStringLiteral("Lucía"),
                                            BilingualText(QStringLiteral("es"), QStringLiteral("Faltan las horas extra impagas")));
    REQUIRE(sent.ok());
    auto hits = store::search(fx.f.ws, QStringLiteral("impagas"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordKind == QStringLiteral("paraphrase_event"));
    CHECK(hits->first().recordId == *sent);
    auto opens = store::owningRecord(fx.f.ws, hits->first().recordKind, hits->first().recordId);
    REQUIRE(opens.ok());
    CHECK(opens->kind == QStringLiteral("partner"));
    CHECK(opens->id == fx.costureras);
}
