// Conflict protocols keep every version and their agreements; incidents and rehearsals round-trip
// and are deleted cleanly.
#include "storefixture.h"

#include "store/incidentstore.h"
#include "store/partnerstore.h"
#include "store/protocolstore.h"
#include "store/search.h"
#include "store/statement.h"

#include <algorithm>

using namespace trellis;
using namespace trellis::domain;

namespace {
ConflictProtocol sampleProtocol(qint64 partner)
{
    ConflictProtocol p;
    p.title = BilingualText(QStringLiteral("ar"), QStringLiteral("بروتوكول الخلاف على الموارد"));
    p.title.setTranslation(QStringLiteral("es"), {QStringLiteral("Protocolo de desacuerdo sobre recursos"),
                                                  TranslationStatus::Reviewed, {}, {}});
    p.triggers = BilingualText(QStringLiteral("en"), QStringLiteral("A partner asks to pause funds"));
    p.steps = {BilingualText(QStringLiteral("en"), QStringLiteral("Pause, then name the disagreement")),
               BilingualText(QStringLiteral("en"), QStringLiteral("Each side paraphrases the other"))};
    p.agreements = {{partner, QDate(2026, 1, 10), QStringLiteral("Amal")}};
    p.reviewDue = QDate(2027, 1, 10);
    return p;
}
} // namespace

TEST_CASE("Protocol versions are kept, each with its own steps and agreements", "[store][protocol]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::ProtocolStore protocols(f.ws);
    ConflictProtocol p = sampleProtocol(a);
    auto v1 = protocols.add(p);
    REQUIRE(v1.ok());
    CHECK(p.version == 1);
    ConflictProtocol next = p;
    next.steps.append(BilingualText(QStringLiteral("en"), QStringLiteral("Meet again within a week")));
    next.agreements = {};
    auto v2 = protocols.addVersion(next);
    REQUIRE(v2.ok());
    CHECK(next.version == 2);
    CHECK(next.lineageUuid == p.lineageUuid);
    REQUIRE(protocols.agree(*v2, {b, QDate(2026, 6, 1), QStringLiteral("Bea")}).ok());

    auto first = protocols.get(*v1);
    REQUIRE(first.ok());
    CHECK(first->steps.size() == 2);
    CHECK(first->title == p.title);
    CHECK(first->agreements == QList<ProtocolAgreement>{{a, QDate(2026, 1, 10), QStringLiteral("Amal")}});
    auto second = protocols.get(*v2);
    CHECK(second->steps.size() == 3);
    CHECK(second->steps.at(2).original() == QStringLiteral("Meet again within a week"));
    CHECK(second->agreements.size() == 1);
    CHECK(*protocols.versions(p.lineageUuid) == QList<qint64>{*v1, *v2});
    auto list = protocols.list();
    REQUIRE(list->size() == 1);
    CHECK(list->first().version == 2);
    CHECK(list->first().title == QStringLiteral("بروتوكول الخلاف على الموارد"));
}

TEST_CASE("Bad protocols, incidents and rehearsals are refused", "[store][protocol][bad-input]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    store::ProtocolStore protocols(f.ws);
    ConflictProtocol untitled = sampleProtocol(a);
    untitled.title = BilingualText();
    CHECK(protocols.add(untitled).error().message.contains(QStringLiteral("title")));
    ConflictProtocol ghost = sampleProtocol(a);
    ghost.agreements = {{999, QDate(2026, 1, 1), QStringLiteral("X")}};
    CHECK(protocols.add(ghost).error().code == ErrorCode::NotFound);
    ConflictProtocol orphan = sampleProtocol(a);
    orphan.lineageUuid = QStringLiteral("no-such-lineage");
    CHECK(protocols.addVersion(orphan).error().code == ErrorCode::NotFound);
    CHECK(protocols.list()->isEmpty());

    Incident noSummary;
    noSummary.occurredOn = QDate(2026, 2, 2);
    CHECK(store::IncidentStore(f.ws).add(noSummary).error().message.contains(QStringLiteral("summary")));
    Incident badProtocol;
    badProtocol.occurredOn = QDate(2026, 2, 2);
    badProtocol.summary = BilingualText(QStringLiteral("en"), QStringLiteral("x"));
    badProtocol.protocolId = 777;
    CHECK(store::IncidentStore(f.ws).add(badProtocol).error().code == ErrorCode::NotFound);
    Rehearsal noDate;
    noDate.scenario = BilingualText(QStringLiteral("en"), QStringLiteral("x"));
    CHECK(store::RehearsalStore(f.ws).add(noDate).error().message.contains(QStringLiteral("date")));
    CHECK(store::IncidentStore(f.ws).ids()->isEmpty());
    CHECK(store::RehearsalStore(f.ws).ids()->isEmpty());
}

TEST_CASE("Incidents and rehearsals round-trip and update in place", "[store][protocol]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("ב"), QStringLiteral("he"));
    store::ProtocolStore protocols(f.ws);
    ConflictProtocol p = sampleProtocol(a);
    const qint64 protocolId = *protocols.add(p);

    Incident i;
    i.protocolId = protocolId;
    i.occurredOn = QDate(2026, 5, 5);
    i.summary = BilingualText(QStringLiteral("he"), QStringLiteral("מחלוקת על חלוקת הכספים"));
    auto incidentId = store::IncidentStore(f.ws).add(i);
    REQUIRE(incidentId.ok());
    i.lessons = BilingualText(QStringLiteral("en"), QStringLiteral("Paraphrase before replying"));
    REQUIRE(store::IncidentStore(f.ws).update(i).ok());
    auto back = store::IncidentStore(f.ws).get(*incidentId);
    REQUIRE(back.ok());
    CHECK(back->summary.original() == QStringLiteral("מחלוקת על חלוקת הכספים"));
    CHECK(back->lessons.original() == QStringLiteral("Paraphrase before replying"));
    CHECK(back->protocolId == protocolId);
    i.lessons = BilingualText();
    REQUIRE(store::IncidentStore(f.ws).update(i).ok());
    CHECK(store::IncidentStore(f.ws).get(*incidentId)->lessons.isEmpty());

    Rehearsal r;
    r.heldOn = QDate(2026, 9, 9);
    r.participantIds = {a, b};
    r.scenario = BilingualText(QStringLiteral("en"), QStringLiteral("Who decides how the strike fund is spent?"));
    r.followUps = BilingualText(QStringLiteral("es"), QStringLiteral("Escribir el protocolo de fondos"));
    auto rehearsalId = store::RehearsalStore(f.ws).add(r);
    REQUIRE(rehearsalId.ok());
    auto rb = store::RehearsalStore(f.ws).get(*rehearsalId);
    REQUIRE(rb.ok());
    CHECK(rb->participantIds == QList<qint64>{a, b});
    CHECK(rb->followUps == r.followUps);
    CHECK(rb->observations.isEmpty());
}

namespace {
/// How many bitext rows a record still owns, and how many search hits a word gives.
qint64 textsOf(store::Workspace &ws, const QString &uuid)
{
    auto count = ws.database().prepare(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_uuid = ?"));
    REQUIRE(count.ok());
    count->bind(1, uuid);
    REQUIRE(count->step().ok());
    return count->int64(0);
}

qint64 hitsFor(store::Workspace &ws, const QString &query, const QString &uuid)
{
    auto hits = store::search(ws, query);
    REQUIRE(hits.ok());
    return std::count_if(hits->cbegin(), hits->cend(), [&](const store::SearchHit &h) { return h.recordUuid == uuid; });
}
} // namespace

TEST_CASE("An incident is deleted with its texts and search entries, and its protocol stays", "[store][protocol]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    store::ProtocolStore protocols(f.ws);
    ConflictProtocol p = sampleProtocol(a);
    const qint64 protocolId = *protocols.add(p);
    Incident i;
    i.protocolId = protocolId;
    i.occurredOn = QDate(2026, 5, 5);
    i.summary = BilingualText(QStringLiteral("en"), QStringLiteral("Quarrel over the hibernation fund"));
    i.summary.setTranslation(QStringLiteral("es"), {QStringLiteral("Disputa por el fondo invernal"), TranslationStatus::Human, {}, {}});
    i.lessons = BilingualText(QStringLiteral("en"), QStringLiteral("Paraphrase before replying"));
    const qint64 id = *store::IncidentStore(f.ws).add(i);
    Incident other = i;
    other.summary = BilingualText(QStringLiteral("en"), QStringLiteral("A second, unrelated incident"));
    other.lessons = BilingualText();
    const qint64 otherId = *store::IncidentStore(f.ws).add(other);
    REQUIRE(textsOf(f.ws, i.stamp.uuid) == 2);
    REQUIRE(hitsFor(f.ws, QStringLiteral("hibernation"), i.stamp.uuid) == 1);
    REQUIRE(hitsFor(f.ws, QStringLiteral("invernal"), i.stamp.uuid) == 1);

    REQUIRE(store::IncidentStore(f.ws).remove(id).ok());
    CHECK(store::IncidentStore(f.ws).get(id).error().code == ErrorCode::NotFound);
    CHECK(*store::IncidentStore(f.ws).ids() == QList<qint64>{otherId});
    CHECK(textsOf(f.ws, i.stamp.uuid) == 0);
    CHECK(hitsFor(f.ws, QStringLiteral("hibernation"), i.stamp.uuid) == 0);
    CHECK(hitsFor(f.ws, QStringLiteral("invernal"), i.stamp.uuid) == 0);
    // What it referred to and what sits beside it are untouched.
    CHECK(protocols.get(protocolId)->title == p.title);
    CHECK(store::IncidentStore(f.ws).get(otherId)->summary == other.summary);
    CHECK(textsOf(f.ws, other.stamp.uuid) == 1);
}

TEST_CASE("A rehearsal is deleted with its participants and texts, and the partners stay", "[store][protocol]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::ProtocolStore protocols(f.ws);
    Rehearsal r;
    r.heldOn = QDate(2026, 9, 9);
    r.participantIds = {a, b};
    r.scenario = BilingualText(QStringLiteral("en"), QStringLiteral("Who decides how the strike fund is spent?"));
    r.observations = BilingualText(QStringLiteral("es"), QStringLiteral("Nadie quería hablar primero"));
    const qint64 id = *store::RehearsalStore(f.ws).add(r);
    REQUIRE(textsOf(f.ws, r.stamp.uuid) == 2);
    REQUIRE(hitsFor(f.ws, QStringLiteral("strike"), r.stamp.uuid) == 1);

    REQUIRE(store::RehearsalStore(f.ws).remove(id).ok());
    CHECK(store::RehearsalStore(f.ws).get(id).error().code == ErrorCode::NotFound);
    CHECK(store::RehearsalStore(f.ws).ids()->isEmpty());
    CHECK(textsOf(f.ws, r.stamp.uuid) == 0);
    CHECK(hitsFor(f.ws, QStringLiteral("strike"), r.stamp.uuid) == 0);
    auto participants = f.ws.database().prepare(QStringLiteral("SELECT count(*) FROM rehearsal_participant"));
    REQUIRE(participants->step().ok());
    CHECK(participants->int64(0) == 0);
    // The partners who took part are no longer held by it: they can be removed now.
    CHECK(store::PartnerStore(f.ws).remove(a).ok());
}

TEST_CASE("Deleting an unknown or still referred-to incident or rehearsal changes nothing", "[store][protocol][bad-input]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    store::ProtocolStore protocols(f.ws);
    CHECK(store::IncidentStore(f.ws).remove(4242).error().code == ErrorCode::NotFound);
    CHECK(store::RehearsalStore(f.ws).remove(4242).error().code == ErrorCode::NotFound);
    CHECK(store::IncidentStore(f.ws).remove(0).error().code == ErrorCode::NotFound);
    CHECK(store::RehearsalStore(f.ws).remove(-1).error().code == ErrorCode::NotFound);

    Incident i;
    i.occurredOn = QDate(2026, 5, 5);
    i.summary = BilingualText(QStringLiteral("en"), QStringLiteral("Quarrel over the hibernation fund"));
    const qint64 incidentId = *store::IncidentStore(f.ws).add(i);
    Rehearsal r;
    r.heldOn = QDate(2026, 9, 9);
    r.participantIds = {a};
    r.scenario = BilingualText(QStringLiteral("en"), QStringLiteral("Who decides how the strike fund is spent?"));
    const qint64 rehearsalId = *store::RehearsalStore(f.ws).add(r);
    // A record kind of a later version that refers to both (an incident pattern, a follow-up).
    REQUIRE(f.ws.database().exec(QStringLiteral(
        "CREATE TABLE later_reference(incident_id INTEGER REFERENCES incident(id), "
        "rehearsal_id INTEGER REFERENCES rehearsal(id))")).ok());
    auto link = f.ws.database().prepare(QStringLiteral("INSERT INTO later_reference VALUES (?, ?)"));
    link->bind(1, incidentId).bind(2, rehearsalId);
    REQUIRE(link->run().ok());

    const auto refusedIncident = store::IncidentStore(f.ws).remove(incidentId);
    REQUIRE_FALSE(refusedIncident.ok());
    CHECK(refusedIncident.error().code == ErrorCode::Conflict);
    CHECK(refusedIncident.error().message.contains(QStringLiteral("referred to")));
    const auto refusedRehearsal = store::RehearsalStore(f.ws).remove(rehearsalId);
    REQUIRE_FALSE(refusedRehearsal.ok());
    CHECK(refusedRehearsal.error().code == ErrorCode::Conflict);
    // Rolled back whole: the records, their texts, participants and search entries are all there.
    CHECK(store::IncidentStore(f.ws).get(incidentId)->summary == i.summary);
    CHECK(store::RehearsalStore(f.ws).get(rehearsalId)->participantIds == QList<qint64>{a});
    CHECK(textsOf(f.ws, i.stamp.uuid) == 1);
    CHECK(hitsFor(f.ws, QStringLiteral("hibernation"), i.stamp.uuid) == 1);
    CHECK(hitsFor(f.ws, QStringLiteral("strike"), r.stamp.uuid) == 1);
}

TEST_CASE("An agreement recorded by mistake is taken back, and unknown ones are refused", "[store][protocol]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("A"), QStringLiteral("en"));
    const qint64 b = f.addPartner(QStringLiteral("B"), QStringLiteral("en"));
    store::ProtocolStore protocols(f.ws);
    ConflictProtocol p = sampleProtocol(a);
    const qint64 id = *protocols.add(p);
    REQUIRE(protocols.agree(id, {b, QDate(2026, 6, 1), QStringLiteral("  Bea ")}).ok());
    CHECK(protocols.get(id)->agreements.size() == 2);
    CHECK(protocols.get(id)->agreements.last().byName == QStringLiteral("Bea"));
    REQUIRE(protocols.removeAgreement(id, b).ok());
    CHECK(protocols.get(id)->agreements == QList<ProtocolAgreement>{{a, QDate(2026, 1, 10), QStringLiteral("Amal")}});
    CHECK(protocols.removeAgreement(id, b).error().code == ErrorCode::NotFound);
    CHECK(protocols.removeAgreement(9999, a).error().code == ErrorCode::NotFound);
    CHECK(protocols.agree(9999, {a, QDate(2026, 6, 1), QStringLiteral("A")}).error().code == ErrorCode::NotFound);
    CHECK(protocols.agree(id, {a, QDate(), QStringLiteral("A")}).error().message.contains(QStringLiteral("date")));
    CHECK(protocols.agree(id, {777, QDate(2026, 6, 1), QStringLiteral("X")}).error().code == ErrorCode::NotFound);
    CHECK(protocols.get(id)->agreements.size() == 1);
}

TEST_CASE("An agreement reads in each column's language, calendar and digits", "[store][protocol]")
{
    BilingualText name(QStringLiteral("fa"), QStringLiteral("کانون صنفی معلمان"));
    name.setTranslation(QStringLiteral("es"), {QStringLiteral("Sindicato de docentes"), TranslationStatus::Human, {}, {}});
    const ProtocolAgreement agreement{1, QDate(2026, 2, 1), QStringLiteral("Mina Rahimi")};
    const QString fa = agreementLine(agreement, name, QStringLiteral("fa"));
    CHECK(fa.contains(QStringLiteral("کانون صنفی معلمان")));
    CHECK(fa.contains(QStringLiteral("Mina Rahimi")));
    CHECK(fa.contains(QStringLiteral("۱۴۰۴"))); // 1 February 2026 is 12 Bahman 1404 in the Persian calendar
    CHECK_FALSE(fa.contains(QStringLiteral("2026")));
    const QString es = agreementLine(agreement, name, QStringLiteral("es"));
    CHECK(es.contains(QStringLiteral("Sindicato de docentes")));
    CHECK(es.contains(QStringLiteral("febrero de 2026")));
    // No translation into Arabic: the partner's own name, never an empty or borrowed one.
    CHECK(agreementLine(agreement, name, QStringLiteral("ar")).contains(QStringLiteral("کانون صنفی معلمان")));
    const ProtocolAgreement nameless{1, QDate(2026, 2, 1), QString()};
    CHECK(agreementLine(nameless, name, QStringLiteral("es")).count(QStringLiteral(" · ")) == 1);
}
