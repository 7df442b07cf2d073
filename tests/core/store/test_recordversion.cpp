// Two connections on one file, as two processes hold it: each notices the other's commits through
// the change counter, and a save over a record the other changed since it was read is refused.
#include "storefixture.h"

#include "store/custodiantermstore.h"
#include "store/envoyjourneystore.h"
#include "store/firedrillstore.h"
#include "store/partnerstore.h"
#include "store/recordversion.h"
#include "store/retrostore.h"
#include "store/transaction.h"


using namespace trellis;
using namespace trellis::domain;

namespace {

store::Workspace second(const QString &path)
{
    auto other = store::Workspace::open(path, {.readOnly = false, .dailyBackup = false});
    REQUIRE(other.ok());
    return std::move(*other);
}

QString versionOf(store::Workspace &ws, store::EditedKind kind, qint64 id)
{
    auto version = store::recordVersion(ws.database(), kind, id);
    REQUIRE(version.ok());
    return *version;
}

} // namespace

TEST_CASE("Another connection's commit moves the change counter and this connection's own does not", "[store][concurrency]")
{
    test::WorkspaceFixture f;
    store::Workspace other = second(f.path());
    auto before = store::dataVersion(f.ws.database());
    REQUIRE(before.ok());

    f.addPartner(QStringLiteral("Rede Recife"), QStringLiteral("pt-BR")); // this connection
    auto afterOwn = store::dataVersion(f.ws.database());
    REQUIRE(afterOwn.ok());
    CHECK(*afterOwn == *before);

    Partner p;
    p.name = BilingualText(QStringLiteral("es"), QStringLiteral("Colectiva Quito"));
    p.languages = {QStringLiteral("es")};
    REQUIRE(store::PartnerStore(other).add(p).ok()); // the other connection
    auto afterOther = store::dataVersion(f.ws.database());
    REQUIRE(afterOther.ok());
    CHECK(*afterOther != *before);
    // And it stays put until the next outside commit.
    auto again = store::dataVersion(f.ws.database());
    REQUIRE(again.ok());
    CHECK(*again == *afterOther);
}

TEST_CASE("A partner saved by another connection since it was read is refused, not overwritten", "[store][concurrency]")
{
    test::WorkspaceFixture f;
    const qint64 id = f.addPartner(QStringLiteral("کارگران تهران"), QStringLiteral("fa"));
    const QString loaded = versionOf(f.ws, store::EditedKind::Partner, id);
    CHECK_FALSE(loaded.isEmpty());
    REQUIRE(store::expectUnchanged(f.ws.database(), store::EditedKind::Partner, id, loaded).ok());

    store::Workspace other = second(f.path());
    auto theirs = store::PartnerStore(other).get(id);
    REQUIRE(theirs.ok());
    theirs->country = QStringLiteral("IR");
    REQUIRE(store::PartnerStore(other).update(*theirs).ok());

    auto tx = store::Transaction::begin(f.ws.database());
    REQUIRE(tx.ok());
    const Status refused = store::expectUnchanged(f.ws.database(), store::EditedKind::Partner, id, loaded);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("Someone else saved this partner")));
    CHECK(refused.error().message.contains(QStringLiteral("reload")));
    // Read again, the record is the other connection's, and a save over that version is allowed.
    const QString reloaded = versionOf(f.ws, store::EditedKind::Partner, id);
    CHECK(reloaded != loaded);
    CHECK(store::expectUnchanged(f.ws.database(), store::EditedKind::Partner, id, reloaded).ok());
}

TEST_CASE("A translation saved by another connection changes the record's version even when its row does not", "[store][concurrency]")
{
    test::WorkspaceFixture f;
    const qint64 id = f.addPartner(QStringLiteral("Rede Recife"), QStringLiteral("pt-BR"));
    const QString loaded = versionOf(f.ws, store::EditedKind::Partner, id);
    store::Workspace other = second(f.path());
    // What an XLIFF import does: a new translation of the name, the partner row untouched.
    REQUIRE(other.database().exec(QStringLiteral(
        "INSERT INTO bitext_version(text_id, lang, body, status, translator) "
        "SELECT name_text_id, 'es', 'Red Recife', 'human', 'Lucía' FROM partner WHERE id = %1").arg(id)).ok());
    CHECK(versionOf(f.ws, store::EditedKind::Partner, id) != loaded);
    CHECK(store::expectUnchanged(f.ws.database(), store::EditedKind::Partner, id, loaded).error().code == ErrorCode::Conflict);
}

TEST_CASE("A record deleted by another connection is named as deleted", "[store][concurrency]")
{
    test::WorkspaceFixture f;
    const qint64 id = f.addPartner(QStringLiteral("Colectiva Quito"), QStringLiteral("es"));
    const QString loaded = versionOf(f.ws, store::EditedKind::Partner, id);
    store::Workspace other = second(f.path());
    REQUIRE(store::PartnerStore(other).remove(id).ok());
    CHECK(versionOf(f.ws, store::EditedKind::Partner, id).isEmpty());
    const Status refused = store::expectUnchanged(f.ws.database(), store::EditedKind::Partner, id, loaded);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("was deleted by someone else")));
}

TEST_CASE("A retro's version covers its answers and their texts", "[store][concurrency]")
{
    test::WorkspaceFixture f;
    const qint64 tehran = f.addPartner(QStringLiteral("کارگران تهران"), QStringLiteral("fa"));
    Retro r;
    r.heldOn = QDate(2026, 10, 2);
    r.facilitator = QStringLiteral("Mina");
    r.languageA = QStringLiteral("fa");
    r.languageB = QStringLiteral("es");
    r.participantIds = {tehran};
    RetroAnswer answer;
    answer.question = RetroQuestion::Extractive;
    answer.authorPartnerId = tehran;
    answer.text = BilingualText(QStringLiteral("fa"), QStringLiteral("ترجمه‌ها همیشه با ما بود"));
    r.answers = {answer};
    auto id = store::RetroStore(f.ws).add(r);
    REQUIRE(id.ok());
    const QString loaded = versionOf(f.ws, store::EditedKind::Retro, *id);

    store::Workspace other = second(f.path());
    SECTION("an answer's votes")
    {
        REQUIRE(other.database().exec(QStringLiteral("UPDATE retro_answer SET votes = 3 WHERE retro_id = %1").arg(*id)).ok());
    }
    SECTION("an answer's translation")
    {
        REQUIRE(other.database().exec(QStringLiteral(
            "INSERT INTO bitext_version(text_id, lang, body, status) "
            "SELECT text_id, 'es', 'Las traducciones siempre nos tocaban', 'human' FROM retro_answer WHERE retro_id = %1")
            .arg(*id)).ok());
    }
    CHECK(versionOf(f.ws, store::EditedKind::Retro, *id) != loaded);
}

TEST_CASE("The version of an unknown record is empty and reading it changes nothing", "[store][concurrency][bad-input]")
{
    test::WorkspaceFixture f;
    auto before = store::dataVersion(f.ws.database());
    REQUIRE(before.ok());
    for (auto kind : {store::EditedKind::Partner, store::EditedKind::LedgerEntry, store::EditedKind::Retro,
                      store::EditedKind::Protocol, store::EditedKind::Incident, store::EditedKind::Rehearsal}) {
        CHECK(versionOf(f.ws, kind, 987654).isEmpty());
        CHECK(versionOf(f.ws, kind, -1).isEmpty());
    }
    CHECK(store::expectUnchanged(f.ws.database(), store::EditedKind::Partner, 987654, QString()).ok());
}

TEST_CASE("The versions of a hand-over, a fire drill and an envoy journey cover their links and texts", "[store][concurrency]")
{
    test::WorkspaceFixture f;
    const qint64 recife = f.addPartner(QStringLiteral("Rede de Cozinhas do Recife"), QStringLiteral("pt-BR"));
    const qint64 haifa = f.addPartner(QStringLiteral("מרכז העובדים חיפה"), QStringLiteral("he"));
    rhythm::FireDrill drill;
    drill.firstDay = QDate(2026, 10, 7);
    drill.lastDay = QDate(2026, 10, 13);
    drill.partnerIds = {recife, haifa};
    drill.whatHeld = BilingualText(QStringLiteral("pt-BR"), QStringLiteral("A rádio comunitária"));
    REQUIRE(store::FireDrillStore(f.ws).add(drill).ok());
    rhythm::EnvoyJourney journey;
    journey.envoy = QStringLiteral("Joana Lima");
    journey.fromPartnerId = recife;
    journey.toPartnerId = haifa;
    journey.firstDay = QDate(2026, 6, 1);
    journey.lastDay = QDate(2026, 6, 5);
    journey.questions = BilingualText(QStringLiteral("pt-BR"), QStringLiteral("Como cozinham juntas?"));
    REQUIRE(store::EnvoyJourneyStore(f.ws).add(journey).ok());
    rhythm::CustodianHandOver term;
    term.custodianId = haifa;
    term.handedOverOn = QDate(2025, 12, 21);
    term.notes = BilingualText(QStringLiteral("he"), QStringLiteral("הארכיון עבר עם הגיבויים"));
    REQUIRE(store::CustodianTermStore(f.ws).add(term).ok());
    const QString drillLoaded = versionOf(f.ws, store::EditedKind::FireDrill, drill.stamp.id);
    const QString journeyLoaded = versionOf(f.ws, store::EditedKind::EnvoyJourney, journey.stamp.id);
    const QString termLoaded = versionOf(f.ws, store::EditedKind::CustodianTerm, term.stamp.id);

    store::Workspace other = second(f.path());
    REQUIRE(other.database().exec(QStringLiteral("DELETE FROM fire_drill_partner WHERE partner_id = %1").arg(haifa)).ok());
    REQUIRE(other.database().exec(QStringLiteral("UPDATE envoy_journey SET last_day = '2026-06-06'")).ok());
    REQUIRE(other.database().exec(QStringLiteral(
        "INSERT INTO bitext_version(text_id, lang, body, status) SELECT notes_text_id, 'en', 'Handed over with the backups', 'human' "
        "FROM custodian_term")).ok());
    CHECK(store::expectUnchanged(f.ws.database(), store::EditedKind::FireDrill, drill.stamp.id, drillLoaded).error().code ==
          ErrorCode::Conflict);
    CHECK(store::expectUnchanged(f.ws.database(), store::EditedKind::EnvoyJourney, journey.stamp.id, journeyLoaded).error().code ==
          ErrorCode::Conflict);
    CHECK(store::expectUnchanged(f.ws.database(), store::EditedKind::CustodianTerm, term.stamp.id, termLoaded).error().code ==
          ErrorCode::Conflict);
}
