// Pauses through their store: an agreed rest between two partners round-trips with its reason and
// each side's consent, a ledger entry's date is matched against the agreed ones only, every bad
// pause is refused before anything is written, and a version 10 workspace gains the table.
#include "storefixture.h"

#include "store/backup.h"
#include "store/schema.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"
#include "store/search.h"
#include "store/translationqueue.h"
#include "store/workspacecheck.h"


using namespace trellis;
using rhythm::Pause;

namespace {

Pause harvestRest(qint64 a, qint64 b)
{
    Pause p;
    p.partnerA = a;
    p.partnerB = b;
    p.firstDay = QDate(2026, 7, 1);
    p.lastDay = QDate(2026, 8, 31);
    p.reason = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Descanso después de la cosecha"));
    p.consentedByA = QDate(2026, 6, 10);
    p.consentedByB = QDate(2026, 6, 12);
    return p;
}

/// The message of a refused save.
template <typename R>
QString refusal(const R &result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

} // namespace

TEST_CASE("A pause round-trips with its days, reason and both consents, and an edit keeps its uuid", "[store][pause]")
{
    test::WorkspaceFixture f;
    const qint64 colectiva = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 kanun = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    store::PauseStore pauses(f.ws);
    Pause p = harvestRest(colectiva, kanun);
    auto id = pauses.add(p);
    REQUIRE(id.ok());
    CHECK(p.stamp.id == *id);
    auto saved = pauses.get(*id);
    REQUIRE(saved.ok());
    CHECK(saved->stamp == p.stamp);
    CHECK(saved->partnerA == colectiva);
    CHECK(saved->partnerB == kanun);
    CHECK(saved->firstDay == QDate(2026, 7, 1));
    CHECK(saved->lastDay == QDate(2026, 8, 31));
    CHECK(saved->reason == p.reason);
    CHECK(saved->consentedByA == QDate(2026, 6, 10));
    CHECK(saved->consentedByB == QDate(2026, 6, 12));
    CHECK(saved->isAgreed());

    Pause edited = *saved;
    edited.lastDay = QDate(2026, 9, 15);
    edited.consentedByB = QDate(); // withdrawn: proposed again
    edited.reason.setTranslation(QStringLiteral("fa"), {QStringLiteral("استراحت پس از برداشت"), domain::TranslationStatus::Human,
                                                       QStringLiteral("Mina"), {}});
    REQUIRE(pauses.update(edited).ok());
    auto again = pauses.get(*id);
    REQUIRE(again.ok());
    CHECK(again->stamp.uuid == p.stamp.uuid);
    CHECK(again->stamp.createdAt == p.stamp.createdAt);
    CHECK(again->lastDay == QDate(2026, 9, 15));
    CHECK_FALSE(again->consentedByB.isValid());
    CHECK_FALSE(again->isAgreed());
    CHECK(again->reason.translation(QStringLiteral("fa"))->text == QStringLiteral("استراحت پس از برداشت"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'pause'")) == 1);

    CHECK(pauses.all()->size() == 1);
    CHECK(pauses.ofPartner(kanun)->size() == 1);
    const qint64 third = f.addPartner(QStringLiteral("Sindicato Unido"), QStringLiteral("pt"));
    CHECK(pauses.ofPartner(third)->isEmpty());

    // A partner that rests cannot be deleted from under its pause.
    CHECK_FALSE(store::PartnerStore(f.ws).remove(kanun).ok());
    REQUIRE(pauses.remove(*id).ok());
    CHECK(pauses.get(*id).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'pause'")) == 0);
    CHECK(pauses.remove(*id).error().message == QStringLiteral("Pause %1 does not exist").arg(*id));
}

TEST_CASE("Only an agreed pause between the entry's two partners covers its day, in either direction", "[store][pause]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 b = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    const qint64 c = f.addPartner(QStringLiteral("Sindicato Unido"), QStringLiteral("pt"));
    store::PauseStore pauses(f.ws);
    Pause agreed = harvestRest(a, b);
    REQUIRE(pauses.add(agreed).ok());
    Pause proposed = harvestRest(a, c);
    proposed.consentedByB = QDate(); // only one side said yes: a one-sided silence is not a pause
    REQUIRE(pauses.add(proposed).ok());

    auto on = [&](qint64 x, qint64 y, QDate day) {
        auto found = pauses.agreedOn(x, y, day);
        REQUIRE(found.ok());
        return found->has_value() ? (*found)->stamp.id : qint64(0);
    };
    CHECK(on(a, b, QDate(2026, 7, 1)) == agreed.stamp.id);
    CHECK(on(b, a, QDate(2026, 8, 31)) == agreed.stamp.id);
    CHECK(on(a, b, QDate(2026, 6, 30)) == 0);
    CHECK(on(a, b, QDate(2026, 9, 1)) == 0);
    CHECK(on(a, c, QDate(2026, 7, 15)) == 0);
    CHECK(on(b, c, QDate(2026, 7, 15)) == 0);
}

TEST_CASE("A bad pause is refused with its reason and writes nothing", "[store][pause]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 b = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    store::PauseStore pauses(f.ws);

    Pause p = harvestRest(a, a);
    CHECK(refusal(pauses.add(p)) == QStringLiteral("A pause is agreed between two different partners"));
    p = harvestRest(a, b);
    p.reason = domain::BilingualText();
    CHECK(refusal(pauses.add(p)).startsWith(QStringLiteral("Say why the partners pause")));
    p = harvestRest(a, b);
    p.lastDay = QDate(2026, 6, 30);
    CHECK(refusal(pauses.add(p)) == QStringLiteral("The pause ends (2026-06-30) before it begins (2026-07-01)"));
    p = harvestRest(a, b);
    p.lastDay = QDate(2028, 7, 1);
    CHECK(refusal(pauses.add(p)) == QStringLiteral("A pause lasts two years at most; agree a new one when it ends"));
    p = harvestRest(a, b);
    p.consentedByA = QDate(2026, 9, 1);
    CHECK(refusal(pauses.add(p)) ==
          QStringLiteral("Consent to a pause is given before it ends (2026-08-31), not on 2026-09-01"));
    p = harvestRest(a, 4242);
    CHECK(refusal(pauses.add(p)) == QStringLiteral("A partner of the pause is not a partner of this workspace"));
    p = harvestRest(a, b);
    p.stamp.id = 4242;
    CHECK(refusal(pauses.update(p)) == QStringLiteral("Pause 4242 does not exist"));

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM pause")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'pause'")) == 0);
    // The file refuses what the core refuses, written around it.
    REQUIRE(pauses.add(p = harvestRest(a, b)).ok());
    CHECK_FALSE(f.ws.database().execute(QStringLiteral("UPDATE pause SET last_day = '2026-06-01'")).ok());
    CHECK_FALSE(f.ws.database().execute(QStringLiteral("UPDATE pause SET partner_b_id = partner_a_id")).ok());
    CHECK_FALSE(f.ws.database().execute(QStringLiteral("UPDATE pause SET consented_a_on = 'soon'")).ok());
}

TEST_CASE("A pause's reason is found by search and waits in the translation queue", "[store][pause][search]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 b = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    Pause p = harvestRest(a, b);
    REQUIRE(store::PauseStore(f.ws).add(p).ok());
    auto hits = store::search(f.ws, QStringLiteral("cosech"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordKind == QStringLiteral("pause"));
    CHECK(hits->first().recordId == p.stamp.id);
    auto queue = store::translationQueue(f.ws.database(), {.targetLanguage = QStringLiteral("fa"), .kinds = {QStringLiteral("pause")}});
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().field == QStringLiteral("reason"));
}

TEST_CASE("A version 10 workspace gains the pauses' table, keeping every record, and takes pauses", "[store][migration][pause]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openCopy(dir, QStringLiteral("workspace-v10.trellis"));
    auto count = [&ws](const QString &sql) { return test::scalar(ws, sql); };
    CHECK(ws.schemaVersion() == store::schema::currentVersion());
    CHECK(count(QStringLiteral("SELECT count(*) FROM partner")) == 11);
    CHECK(count(QStringLiteral("SELECT count(*) FROM ritual")) == 5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 10);
    CHECK(count(QStringLiteral("SELECT count(*) FROM pause")) == 0);
    CHECK(store::automaticBackups(ws.path()).size() == 1); // the upgrade's backup, of the version 10 file
    Pause p = harvestRest(count(QStringLiteral("SELECT min(id) FROM partner")), count(QStringLiteral("SELECT max(id) FROM partner")));
    REQUIRE(store::PauseStore(ws).add(p).ok());
    auto report = store::checkWorkspace(ws);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
}
