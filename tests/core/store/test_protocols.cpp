// Conflict protocols keep every version; incidents and rehearsals round-trip.
#include "storefixture.h"

#include "store/protocolstore.h"

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
    CHECK(protocols.addIncident(noSummary).error().message.contains(QStringLiteral("summary")));
    Incident badProtocol;
    badProtocol.occurredOn = QDate(2026, 2, 2);
    badProtocol.summary = BilingualText(QStringLiteral("en"), QStringLiteral("x"));
    badProtocol.protocolId = 777;
    CHECK(protocols.addIncident(badProtocol).error().code == ErrorCode::NotFound);
    Rehearsal noDate;
    noDate.scenario = BilingualText(QStringLiteral("en"), QStringLiteral("x"));
    CHECK(protocols.addRehearsal(noDate).error().message.contains(QStringLiteral("date")));
    CHECK(protocols.incidentIds()->isEmpty());
    CHECK(protocols.rehearsalIds()->isEmpty());
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
    auto incidentId = protocols.addIncident(i);
    REQUIRE(incidentId.ok());
    i.lessons = BilingualText(QStringLiteral("en"), QStringLiteral("Paraphrase before replying"));
    REQUIRE(protocols.updateIncident(i).ok());
    auto back = protocols.incident(*incidentId);
    REQUIRE(back.ok());
    CHECK(back->summary.original() == QStringLiteral("מחלוקת על חלוקת הכספים"));
    CHECK(back->lessons.original() == QStringLiteral("Paraphrase before replying"));
    CHECK(back->protocolId == protocolId);
    i.lessons = BilingualText();
    REQUIRE(protocols.updateIncident(i).ok());
    CHECK(protocols.incident(*incidentId)->lessons.isEmpty());

    Rehearsal r;
    r.heldOn = QDate(2026, 9, 9);
    r.participantIds = {a, b};
    r.scenario = BilingualText(QStringLiteral("en"), QStringLiteral("Who decides how the strike fund is spent?"));
    r.followUps = BilingualText(QStringLiteral("es"), QStringLiteral("Escribir el protocolo de fondos"));
    auto rehearsalId = protocols.addRehearsal(r);
    REQUIRE(rehearsalId.ok());
    auto rb = protocols.rehearsal(*rehearsalId);
    REQUIRE(rb.ok());
    CHECK(rb->participantIds == QList<qint64>{a, b});
    CHECK(rb->followUps == r.followUps);
    CHECK(rb->observations.isEmpty());
}
