// Shared risks through their store: parts in each partner's words, links to campaigns, ledger
// entries and incidents, the risks of a quarter, and citations by the retro's third question.
#include "storefixture.h"

#include "domain/campaign.h"
#include "domain/ledgerentry.h"
#include "domain/protocol.h"
#include "domain/retro.h"
#include "store/campaignstore.h"
#include "store/incidentstore.h"
#include "store/ledgerstore.h"
#include "store/protocolstore.h"
#include "store/retrostore.h"
#include "store/sharedriskstore.h"
#include "store/statement.h"
#include "store/workspacecheck.h"

using namespace trellis;
using namespace trellis::domain;
using store::RiskLink;

namespace {

struct RiskFixture {
    test::WorkspaceFixture f;
    store::SharedRiskStore risks{f.ws};
    qint64 mahalla = f.addPartner(QStringLiteral("اتحاد عمال النسيج"), QStringLiteral("ar"));
    qint64 tehran = f.addPartner(QStringLiteral("کانون صنفی معلمان"), QStringLiteral("fa"));
    qint64 tierra = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));

    SharedRisk vigil() const
    {
        SharedRisk r;
        r.takenOn = QDate(2026, 3, 14);
        r.what = BilingualText(QStringLiteral("es"), QStringLiteral("Vigilia simultánea frente a tres embajadas"));
        r.what.setTranslation(QStringLiteral("ar"), {QStringLiteral("وقفة متزامنة أمام ثلاث سفارات"),
                                                     TranslationStatus::Human, QStringLiteral("Amal"), {}});
        r.outcome = BilingualText(QStringLiteral("en"), QStringLiteral("Two organisers questioned, none detained"));
        r.parts = {{mahalla, BilingualText(QStringLiteral("ar"), QStringLiteral("وقفنا أمام السفارة في القاهرة"))},
                   {tehran, BilingualText(QStringLiteral("fa"), QStringLiteral("نام‌هایمان را زیر بیانیه گذاشتیم"))},
                   {tierra, BilingualText()}};
        return r;
    }
    qint64 add(SharedRisk r)
    {
        auto id = risks.add(r);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    qint64 count(const QString &sql) { return f.count(sql); }
    /// Saves a retro of 2026-Q1 with these answers and returns their ids, in order.
    QList<qint64> retroWith(const QList<RetroAnswer> &answers)
    {
        Retro retro;
        retro.heldOn = QDate(2026, 3, 28);
        retro.facilitator = QStringLiteral("Mina");
        retro.languageA = QStringLiteral("fa");
        retro.languageB = QStringLiteral("ar");
        retro.participantIds = {mahalla, tehran};
        retro.answers = answers;
        store::RetroStore retros(f.ws);
        auto id = retros.add(retro);
        REQUIRE(id.ok());
        auto saved = retros.get(*id);
        REQUIRE(saved.ok());
        QList<qint64> ids;
        for (const RetroAnswer &a : saved->answers)
            ids << a.stamp.id;
        return ids;
    }
    static RetroAnswer answer(RetroQuestion question, const QString &language, const QString &text)
    {
        RetroAnswer a;
        a.question = question;
        a.text = BilingualText(language, text);
        return a;
    }
    qint64 campaign()
    {
        Campaign c;
        c.title = BilingualText(QStringLiteral("es"), QStringLiteral("Salario vital"));
        c.partners = {{mahalla, QDate(2026, 1, 5)}, {tierra, QDate(2026, 1, 5)}};
        auto id = store::CampaignStore(f.ws).add(c);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 incident()
    {
        Incident i;
        i.occurredOn = QDate(2026, 3, 15);
        i.summary = BilingualText(QStringLiteral("en"), QStringLiteral("Organisers questioned after the vigil"));
        auto id = store::IncidentStore(f.ws).add(i);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 ledgerEntry()
    {
        LedgerEntry e;
        e.date = QDate(2026, 3, 10);
        e.fromPartnerId = tierra;
        e.toPartnerId = mahalla;
        e.kind = ContributionKind::EmotionalLabour;
        e.narrative = BilingualText(QStringLiteral("es"), QStringLiteral("Acompañamos a las familias de las detenidas"));
        auto id = store::LedgerStore(f.ws).add(e);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("A shared risk round-trips with its parts in each partner's words", "[store][risk]")
{
    RiskFixture fx;
    SharedRisk r = fx.vigil();
    auto added = fx.risks.add(r);
    REQUIRE(added.ok());
    const qint64 id = *added;
    CHECK(r.stamp.id == id);
    auto back = fx.risks.get(id);
    REQUIRE(back.ok());
    CHECK(back->stamp == r.stamp);
    CHECK(back->takenOn == QDate(2026, 3, 14));
    CHECK(back->what == r.what);
    CHECK(back->outcome == r.outcome);
    REQUIRE(back->parts.size() == 3);
    CHECK(back->parts == r.parts);
    CHECK(back->parts.at(2).part.isEmpty());
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'shared_risk_part'")) == 2);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'shared_risk'")) == 2);
}

TEST_CASE("Updating a shared risk keeps a staying part's text and drops a removed part's", "[store][risk]")
{
    RiskFixture fx;
    SharedRisk r = fx.vigil();
    auto added = fx.risks.add(r);
    REQUIRE(added.ok());
    const qint64 id = *added;
    const qint64 mahallaText = fx.count(QStringLiteral("SELECT part_text_id FROM shared_risk_part WHERE partner_id = %1")
                                            .arg(fx.mahalla));
    r.parts.removeAt(1); // Tehran no longer listed
    r.parts[0].part.setTranslation(QStringLiteral("es"), {QStringLiteral("Estuvimos frente a la embajada en El Cairo"),
                                                          TranslationStatus::Human, QStringLiteral("Lucía"), {}});
    r.outcome = BilingualText();
    r.takenOn = QDate(2026, 3, 15);
    REQUIRE(fx.risks.update(r).ok());
    auto back = fx.risks.get(id);
    REQUIRE(back.ok());
    CHECK(back->takenOn == QDate(2026, 3, 15));
    CHECK(back->outcome.isEmpty());
    REQUIRE(back->parts.size() == 2);
    CHECK(back->parts.at(0).part.textIn(QStringLiteral("es")) == QStringLiteral("Estuvimos frente a la embajada en El Cairo"));
    CHECK(fx.count(QStringLiteral("SELECT part_text_id FROM shared_risk_part WHERE partner_id = %1").arg(fx.mahalla))
          == mahallaText);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'shared_risk_part'")) == 1);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'shared_risk'")) == 1);

    SharedRisk ghost = fx.vigil();
    ghost.stamp.id = 999;
    CHECK(fx.risks.update(ghost).error().message == QStringLiteral("Shared risk 999 does not exist"));
}

TEST_CASE("Bad shared risks are refused with their reason and nothing is saved", "[store][risk][bad-input]")
{
    RiskFixture fx;
    auto refused = [&](SharedRisk r, const QString &message) {
        auto id = fx.risks.add(r);
        REQUIRE_FALSE(id.ok());
        CHECK(id.error().message == message);
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM shared_risk")) == 0);
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM shared_risk_part")) == 0);
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind LIKE 'shared_risk%'")) == 0);
    };
    SharedRisk r = fx.vigil();
    r.what = BilingualText(QStringLiteral("es"), QStringLiteral("   "));
    refused(r, QStringLiteral("A shared risk needs what was risked"));
    r = fx.vigil();
    r.takenOn = QDate(2026, 2, 30);
    refused(r, QStringLiteral("A shared risk needs the day it was taken"));
    r = fx.vigil();
    r.parts[1].partnerId = fx.mahalla;
    refused(r, QStringLiteral("A partner bears one part of a shared risk: it is listed twice"));
    r = fx.vigil();
    r.parts = {r.parts.first()};
    refused(r, QStringLiteral("A shared risk is borne by at least two partners"));
    r = fx.vigil();
    r.parts[2].partnerId = 4242;
    refused(r, QStringLiteral("Partner 4242 does not exist"));
    r = fx.vigil();
    r.campaignIds = {77};
    refused(r, QStringLiteral("Campaign 77 does not exist"));
    r = fx.vigil();
    r.incidentIds = {5, 5};
    refused(r, QStringLiteral("Incidents: a record is linked only once"));
    r = fx.vigil();
    r.ledgerEntryIds = {31};
    refused(r, QStringLiteral("Ledger entry 31 does not exist"));
}

TEST_CASE("A shared risk links to campaigns, ledger entries and incidents, and unlinks", "[store][risk]")
{
    RiskFixture fx;
    const qint64 campaign = fx.campaign();
    const qint64 incident = fx.incident();
    const qint64 entry = fx.ledgerEntry();
    SharedRisk r = fx.vigil();
    r.campaignIds = {campaign};
    auto added = fx.risks.add(r);
    REQUIRE(added.ok());
    const qint64 id = *added;
    REQUIRE(fx.risks.link(id, RiskLink::Incident, incident).ok());
    REQUIRE(fx.risks.link(id, RiskLink::LedgerEntry, entry).ok());
    REQUIRE(fx.risks.link(id, RiskLink::LedgerEntry, entry).ok()); // twice changes nothing
    auto back = fx.risks.get(id);
    REQUIRE(back.ok());
    CHECK(back->campaignIds == QList<qint64>{campaign});
    CHECK(back->incidentIds == QList<qint64>{incident});
    CHECK(back->ledgerEntryIds == QList<qint64>{entry});

    CHECK(fx.risks.link(id, RiskLink::Incident, 404).error().message == QStringLiteral("Incident 404 does not exist"));
    CHECK(fx.risks.link(999, RiskLink::Campaign, campaign).error().message == QStringLiteral("Shared risk 999 does not exist"));
    REQUIRE(fx.risks.unlink(id, RiskLink::Campaign, campaign).ok());
    const auto again = fx.risks.unlink(id, RiskLink::Campaign, campaign);
    CHECK(again.error().code == ErrorCode::NotFound);
    CHECK(again.error().message == QStringLiteral("Shared risk %1 is not linked to campaign %2").arg(id).arg(campaign));
    CHECK(fx.risks.get(id)->campaignIds.isEmpty());

    // An update writes the links the record carries.
    SharedRisk edited = *fx.risks.get(id);
    edited.incidentIds.clear();
    REQUIRE(fx.risks.update(edited).ok());
    CHECK(fx.risks.get(id)->incidentIds.isEmpty());
    CHECK(fx.risks.get(id)->ledgerEntryIds == QList<qint64>{entry});
}

TEST_CASE("Shared risks are listed by date and by quarter", "[store][risk]")
{
    RiskFixture fx;
    SharedRisk late = fx.vigil();
    late.takenOn = QDate(2026, 7, 1);
    late.what = BilingualText(QStringLiteral("fa"), QStringLiteral("اعتصاب هم‌زمان"));
    const qint64 july = fx.add(late);
    const qint64 march = fx.add(fx.vigil());
    SharedRisk edge = fx.vigil();
    edge.takenOn = QDate(2026, 9, 30);
    const qint64 september = fx.add(edge);

    auto all = fx.risks.list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).id == march);
    CHECK(all->at(1).id == july);
    CHECK(all->at(1).what == QStringLiteral("اعتصاب هم‌زمان"));
    CHECK(all->at(1).whatLanguage == QStringLiteral("fa"));
    CHECK(all->at(0).partnerIds == QList<qint64>{fx.mahalla, fx.tehran, fx.tierra});

    auto q3 = fx.risks.risksOfQuarter(QStringLiteral("2026-Q3"));
    REQUIRE(q3.ok());
    REQUIRE(q3->size() == 2);
    CHECK(q3->at(0).id == july);
    CHECK(q3->at(1).id == september);
    CHECK(fx.risks.risksOfQuarter(QStringLiteral("2026-Q4"))->isEmpty());
    for (const QString &bad : {QStringLiteral("2026-Q5"), QStringLiteral("2026-07"), QString()}) {
        auto refused = fx.risks.risksOfQuarter(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.startsWith(QStringLiteral("A quarter is written as a year and its quarter, like 2026-Q3")));
    }
}

TEST_CASE("Only an answer to the retro's third question cites a shared risk", "[store][risk][retro]")
{
    RiskFixture fx;
    const qint64 risk = fx.add(fx.vigil());
    const QList<qint64> answers = fx.retroWith(
        {RiskFixture::answer(RetroQuestion::Extractive, QStringLiteral("fa"), QStringLiteral("ترجمه‌ها همیشه با ما بود")),
         RiskFixture::answer(RetroQuestion::SharedRisk, QStringLiteral("ar"), QStringLiteral("الوقفة المتزامنة أثبتت أننا معاً"))});
    const qint64 extractiveId = answers.at(0);
    const qint64 provedId = answers.at(1);

    REQUIRE(fx.risks.citeInAnswer(provedId, risk).ok());
    REQUIRE(fx.risks.citeInAnswer(provedId, risk).ok());
    auto cited = fx.risks.citedIn(provedId);
    REQUIRE(cited.ok());
    REQUIRE(cited->size() == 1);
    CHECK(cited->first().id == risk);
    CHECK(*fx.risks.answersCiting(risk) == QList<qint64>{provedId});

    const auto wrongQuestion = fx.risks.citeInAnswer(extractiveId, risk);
    CHECK(wrongQuestion.error().code == ErrorCode::InvalidInput);
    CHECK(wrongQuestion.error().message.startsWith(QStringLiteral("Only an answer to the retro's third question")));
    CHECK(fx.risks.citeInAnswer(9999, risk).error().message == QStringLiteral("Retro answer 9999 does not exist"));
    CHECK(fx.risks.citeInAnswer(provedId, 9999).error().message == QStringLiteral("Shared risk 9999 does not exist"));
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM retro_answer_shared_risk")) == 1);

    REQUIRE(fx.risks.uncite(provedId, risk).ok());
    CHECK(fx.risks.uncite(provedId, risk).error().code == ErrorCode::NotFound);
    CHECK(fx.risks.citedIn(provedId)->isEmpty());
}

TEST_CASE("A published retro's citations of shared risks stay as they were published", "[store][risk][retro]")
{
    RiskFixture fx;
    const qint64 cited = fx.add(fx.vigil());
    const qint64 other = fx.add(fx.vigil());
    const QList<qint64> answers = fx.retroWith(
        {RiskFixture::answer(RetroQuestion::SharedRisk, QStringLiteral("ar"), QStringLiteral("الوقفة المتزامنة أثبتت أننا معاً"))});
    const qint64 answer = answers.at(0);
    REQUIRE(fx.risks.citeInAnswer(answer, cited).ok());
    const qint64 retro = fx.count(QStringLiteral("SELECT retro_id FROM retro_answer WHERE id = %1").arg(answer));
    REQUIRE(store::RetroStore(fx.f.ws).publish(retro).ok());

    const auto citeMore = fx.risks.citeInAnswer(answer, other);
    REQUIRE_FALSE(citeMore.ok());
    CHECK(citeMore.error().message == QStringLiteral("This retro is published: the shared risks its answers cite cannot change"));
    const auto withdraw = fx.risks.uncite(answer, cited);
    REQUIRE_FALSE(withdraw.ok());
    CHECK(withdraw.error().message == citeMore.error().message);
    const auto removed = fx.risks.remove(cited);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message == QStringLiteral("Shared risk %1 is cited by a published retro: it stays in the "
                                                    "alliance's record and cannot be deleted").arg(cited));
    // Nothing moved: the citation, the risk and its parts are all still there; an uncited risk still goes.
    CHECK(*fx.risks.answersCiting(cited) == QList<qint64>{answer});
    CHECK(fx.risks.get(cited).ok());
    CHECK(fx.risks.citedIn(answer)->size() == 1);
    CHECK(fx.risks.remove(other).ok());
}

TEST_CASE("Removing a shared risk takes its parts, links, citations and texts", "[store][risk]")
{
    RiskFixture fx;
    SharedRisk r = fx.vigil();
    r.campaignIds = {fx.campaign()};
    r.incidentIds = {fx.incident()};
    auto added = fx.risks.add(r);
    REQUIRE(added.ok());
    const qint64 id = *added;
    REQUIRE(fx.risks.remove(id).ok());
    CHECK(fx.risks.get(id).error().code == ErrorCode::NotFound);
    for (const char *table : {"shared_risk", "shared_risk_part", "campaign_shared_risk", "shared_risk_incident"})
        CHECK(fx.count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind LIKE 'shared_risk%'")) == 0);
    CHECK(fx.count(QStringLiteral("SELECT count(*) FROM campaign")) == 1);
    CHECK(fx.risks.remove(id).error().message == QStringLiteral("Shared risk %1 does not exist").arg(id));
}

TEST_CASE("check finds a risk borne by one partner and a citation by the wrong question", "[store][risk][check]")
{
    RiskFixture fx;
    const qint64 id = fx.add(fx.vigil());
    const qint64 answer = fx.retroWith({RiskFixture::answer(RetroQuestion::Extractive, QStringLiteral("fa"),
                                                            QStringLiteral("ترجمه‌ها همیشه با ما بود"))}).at(0);
    auto clean = store::checkWorkspace(fx.f.ws);
    REQUIRE(clean.ok());
    CHECK(clean->problems.isEmpty());
    REQUIRE(fx.f.ws.database().exec(QStringLiteral(
        "DELETE FROM shared_risk_part WHERE partner_id <> %1;"
        "INSERT INTO retro_answer_shared_risk(answer_id, risk_id) SELECT id, %2 FROM retro_answer").arg(fx.mahalla).arg(id)).ok());
    auto report = store::checkWorkspace(fx.f.ws);
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList{QStringLiteral("shared risk %1 is borne by fewer than two partners").arg(id),
                                          QStringLiteral("retro answer %1 cites a shared risk but does not answer the third question").arg(answer)});
}
