// Fire drills through their store: a blackout or role swap round-trips with its partners, texts and
// protocols; every bad drill is refused with its own sentence before anything is written; a
// protocol a drill tested is kept; a drill is searched and queued for translation.
#include "storefixture.h"

#include "store/firedrillstore.h"
#include "store/protocolstore.h"
#include "store/search.h"
#include "store/translationqueue.h"
#include "store/workspacecheck.h"

using namespace trellis;
using rhythm::FireDrill;

namespace {

struct DrillFixture {
    test::WorkspaceFixture f;
    qint64 recife = f.addPartner(QStringLiteral("Rede de Cozinhas do Recife"), QStringLiteral("pt-BR"));
    qint64 haifa = f.addPartner(QStringLiteral("מרכז העובדים חיפה"), QStringLiteral("he"));
    store::FireDrillStore drills{f.ws};

    qint64 protocol()
    {
        domain::ConflictProtocol p;
        p.title = domain::BilingualText(QStringLiteral("pt-BR"), QStringLiteral("Protocolo de silêncio"));
        p.steps = {domain::BilingualText(QStringLiteral("pt-BR"), QStringLiteral("Ligar pelo rádio comunitário"))};
        auto id = store::ProtocolStore(f.ws).add(p);
        REQUIRE(id.ok());
        return *id;
    }
    FireDrill blackout() const
    {
        FireDrill d;
        d.kind = rhythm::FireDrillKind::CommunicationBlackout;
        d.firstDay = QDate(2026, 10, 7);
        d.lastDay = QDate(2026, 10, 13);
        d.partnerIds = {recife, haifa};
        d.whatHeld = domain::BilingualText(QStringLiteral("pt-BR"), QStringLiteral("As cozinhas mantiveram contato pelo rádio"));
        d.whatBroke = domain::BilingualText(QStringLiteral("he"), QStringLiteral("רשימת הטלפונים הייתה ישנה"));
        d.followUps = domain::BilingualText(QStringLiteral("pt-BR"), QStringLiteral("Atualizar a lista a cada trimestre"));
        return d;
    }
};

} // namespace

TEST_CASE("A fire drill round-trips with its kind, days, partners, texts and protocols", "[store][firedrill]")
{
    DrillFixture x;
    FireDrill d = x.blackout();
    const qint64 protocol = x.protocol();
    d.protocolIds = {protocol};
    auto id = x.drills.add(d);
    REQUIRE(id.ok());
    auto saved = x.drills.get(*id);
    REQUIRE(saved.ok());
    CHECK(saved->stamp == d.stamp);
    CHECK(saved->kind == rhythm::FireDrillKind::CommunicationBlackout);
    CHECK(saved->firstDay == QDate(2026, 10, 7));
    CHECK(saved->lastDay == QDate(2026, 10, 13));
    CHECK(saved->partnerIds == QList<qint64>{x.recife, x.haifa});
    CHECK(saved->protocolIds == QList<qint64>{protocol});
    CHECK(saved->whatHeld == d.whatHeld);
    CHECK(saved->whatBroke == d.whatBroke);
    CHECK(saved->followUps == d.followUps);
    CHECK(*x.drills.ofProtocol(protocol) == QList<qint64>{*id});

    FireDrill swap = *saved;
    swap.kind = rhythm::FireDrillKind::RoleSwap;
    swap.protocolIds.clear();
    swap.whatBroke = {};
    REQUIRE(x.drills.update(swap).ok());
    auto again = x.drills.get(*id);
    REQUIRE(again.ok());
    CHECK(again->stamp.uuid == d.stamp.uuid);
    CHECK(again->kind == rhythm::FireDrillKind::RoleSwap);
    CHECK(again->protocolIds.isEmpty());
    CHECK(again->whatBroke.isEmpty());
    CHECK(*x.drills.ids() == QList<qint64>{*id});
    CHECK(store::checkWorkspace(x.f.ws)->problems.isEmpty());

    REQUIRE(x.drills.remove(*id).ok());
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM fire_drill_partner")) == 0);
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'fire_drill'")) == 0);
    CHECK(x.drills.get(*id).error().message == QStringLiteral("Fire drill %1 does not exist").arg(*id));
}

TEST_CASE("A bad fire drill is refused with its own sentence and nothing saved is lost", "[store][firedrill]")
{
    DrillFixture x;
    FireDrill kept = x.blackout();
    REQUIRE(x.drills.add(kept).ok());
    auto refused = [&](FireDrill d) {
        auto id = x.drills.add(d);
        REQUIRE_FALSE(id.ok());
        return id.error().message;
    };
    FireDrill d = x.blackout();
    d.lastDay = QDate(2026, 10, 1);
    CHECK(refused(d) == QStringLiteral("The fire drill ends (2026-10-01) before it begins (2026-10-07)"));
    d = x.blackout();
    d.lastDay = QDate();
    CHECK(refused(d) == QStringLiteral("A fire drill needs its first and last day"));
    d = x.blackout();
    d.lastDay = d.firstDay.addDays(FireDrill::kMaxDays);
    CHECK(refused(d) == QStringLiteral("A fire drill lasts 31 days at most: it rehearses a rupture, it is not one"));
    d = x.blackout();
    d.partnerIds = {x.recife};
    CHECK(refused(d) == QStringLiteral("A fire drill tests the ties between partners: name at least two"));
    d.partnerIds = {x.recife, x.recife};
    CHECK(refused(d) == QStringLiteral("Partners: a record is linked only once"));
    d = x.blackout();
    d.whatHeld = {};
    d.whatBroke = {};
    CHECK(refused(d) == QStringLiteral("Say what held or what broke: a fire drill is recorded once it has been run"));
    d = x.blackout();
    d.partnerIds = {x.recife, 999};
    CHECK(refused(d) == QStringLiteral("A partner of the fire drill is not a partner of this workspace"));
    d = x.blackout();
    d.protocolIds = {4242};
    CHECK(refused(d) == QStringLiteral("Protocol 4242 does not exist"));

    CHECK(*x.drills.ids() == QList<qint64>{kept.stamp.id});
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'fire_drill'")) == 3);
    CHECK(x.drills.get(kept.stamp.id)->whatHeld == kept.whatHeld);
}

TEST_CASE("A protocol a drill tested is kept, and a drill is found by three letters in two scripts", "[store][firedrill]")
{
    DrillFixture x;
    FireDrill d = x.blackout();
    const qint64 protocol = x.protocol();
    d.protocolIds = {protocol};
    REQUIRE(x.drills.add(d).ok());
    CHECK_FALSE(x.f.ws.database().execute(QStringLiteral("DELETE FROM protocol WHERE id = ?"), protocol).ok());
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM protocol")) == 1);
    for (const QString &key : {QStringLiteral("ntiv"), QStringLiteral("טלפ")}) {
        auto hits = store::search(x.f.ws, key);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        CHECK(hits->first().recordKind == QStringLiteral("fire_drill"));
        CHECK(hits->first().recordId == d.stamp.id);
    }
    auto queue = store::translationQueue(x.f.ws.database(), {.targetLanguage = QStringLiteral("he"),
                                                             .kinds = {QStringLiteral("fire_drill")}});
    REQUIRE(queue.ok());
    CHECK(queue->size() == 2); // what held and the follow-ups wait for Hebrew; what broke is Hebrew
}

TEST_CASE("Each kind of fire drill is stored by its key and read back", "[store][firedrill]")
{
    using rhythm::FireDrillKind;
    for (FireDrillKind kind : {FireDrillKind::CommunicationBlackout, FireDrillKind::RoleSwap, FireDrillKind::Other}) {
        CHECK(rhythm::fireDrillKindFromKey(rhythm::fireDrillKindKey(kind)) == kind);
    }
    CHECK(rhythm::fireDrillKindKey(FireDrillKind::CommunicationBlackout) == QStringLiteral("communication-blackout"));
    CHECK(rhythm::fireDrillKindKey(FireDrillKind::RoleSwap) == QStringLiteral("role-swap"));
    CHECK_FALSE(rhythm::fireDrillKindFromKey(QStringLiteral("blackout")).has_value());
}
