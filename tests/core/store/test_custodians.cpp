// Archive custodians through their store: hand-overs round-trip with their notes and rotation
// ritual, one a day, to partners of the workspace; the rotation's order comes from the ritual (or
// the first hand-overs), the next hand-over from the rule and the ritual's next occurrence, and
// the same custodian twice in a row is a warning, never a refusal.
#include "storefixture.h"

#include "store/custodiantermstore.h"
#include "store/firedrillstore.h"
#include "store/ritualfulfilments.h"
#include "store/ritualstore.h"
#include "store/search.h"
#include "store/translationqueue.h"
#include "store/workspacecheck.h"

using namespace trellis;
using rhythm::CustodianHandOver;

namespace {

struct CustodianFixture {
    test::WorkspaceFixture f;
    qint64 chiangMai = f.addPartner(QStringLiteral("เครือข่ายเชียงใหม่"), QStringLiteral("en"));
    qint64 shenzhen = f.addPartner(QStringLiteral("深圳工友互助"), QStringLiteral("zh"));
    qint64 couriers = f.addPartner(QStringLiteral("Couriers' Union"), QStringLiteral("en"));
    store::CustodianTermStore terms{f.ws};

    qint64 rotationRitual(const QList<qint64> &partners, rhythm::RitualKind kind = rhythm::RitualKind::CustodianRotation)
    {
        rhythm::Ritual r;
        r.kind = kind;
        r.title = domain::BilingualText(QStringLiteral("zh"), QStringLiteral("档案保管人交接"));
        r.schedule.firstDate = QDate(2026, 12, 21);
        r.schedule.rule = *rhythm::RecurrenceRule::parse(QStringLiteral("FREQ=YEARLY"));
        r.partnerIds = partners;
        auto id = store::RitualStore(f.ws).add(r);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 handOver(qint64 partner, const QDate &on, std::optional<qint64> ritual = std::nullopt)
    {
        CustodianHandOver t;
        t.custodianId = partner;
        t.handedOverOn = on;
        t.ritualId = ritual;
        t.notes = domain::BilingualText(QStringLiteral("zh"), QStringLiteral("移交了档案的钥匙和备份"));
        auto id = terms.add(t);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("A hand-over round-trips with its custodian, day, notes and rotation ritual", "[store][custodian]")
{
    CustodianFixture x;
    const qint64 ritual = x.rotationRitual({x.chiangMai, x.shenzhen});
    const qint64 id = x.handOver(x.shenzhen, QDate(2025, 12, 21), ritual);
    auto saved = x.terms.get(id);
    REQUIRE(saved.ok());
    CHECK(saved->custodianId == x.shenzhen);
    CHECK(saved->handedOverOn == QDate(2025, 12, 21));
    CHECK(saved->ritualId == ritual);
    CHECK(saved->notes.original() == QStringLiteral("移交了档案的钥匙和备份"));
    CustodianHandOver edited = *saved;
    edited.custodianId = x.couriers;
    edited.ritualId.reset();
    REQUIRE(x.terms.update(edited).ok());
    auto again = x.terms.get(id);
    REQUIRE(again.ok());
    CHECK(again->stamp.uuid == saved->stamp.uuid);
    CHECK(again->custodianId == x.couriers);
    CHECK_FALSE(again->ritualId.has_value());
    auto hits = store::search(x.f.ws, QStringLiteral("备份"));
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    CHECK(hits->first().recordKind == QStringLiteral("custodian_term"));
    CHECK(hits->first().recordId == id);
    auto queue = store::translationQueue(x.f.ws.database(), {.targetLanguage = QStringLiteral("en"),
                                                             .kinds = {QStringLiteral("custodian_term")}});
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().field == QStringLiteral("notes"));
    REQUIRE(x.terms.remove(id).ok());
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'custodian_term'")) == 0);
}

TEST_CASE("A hand-over without a custodian or day, on a taken day, to a stranger or under another ritual is refused", "[store][custodian]")
{
    CustodianFixture x;
    const qint64 kept = x.handOver(x.chiangMai, QDate(2025, 12, 21));
    auto refused = [&](CustodianHandOver t) {
        auto id = x.terms.add(t);
        REQUIRE_FALSE(id.ok());
        return id.error().message;
    };
    CustodianHandOver t;
    t.handedOverOn = QDate(2026, 12, 21);
    CHECK(refused(t) == QStringLiteral("Name the partner who takes the archive over"));
    t.custodianId = x.shenzhen;
    t.handedOverOn = QDate();
    CHECK(refused(t) == QStringLiteral("A hand-over of the archive needs its day"));
    t.handedOverOn = QDate(2025, 12, 21);
    CHECK(refused(t) == QStringLiteral("The archive was already handed over on 2025-12-21: one hand-over a day"));
    t.handedOverOn = QDate(2026, 12, 21);
    t.custodianId = 999;
    CHECK(refused(t) == QStringLiteral("The custodian is not a partner of this workspace"));
    t.custodianId = x.shenzhen;
    t.ritualId = x.rotationRitual({x.shenzhen}, rhythm::RitualKind::Congress);
    CHECK(refused(t) == QStringLiteral("The ritual \u201c档案保管人交接\u201d is not a custodians' rotation"));
    t.ritualId = 555;
    CHECK(refused(t) == QStringLiteral("Ritual 555 does not exist"));
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM custodian_term")) == 1);
    CHECK(x.terms.get(kept)->custodianId == x.chiangMai);
}

TEST_CASE("The rotation follows the ritual's partners, else the first hand-overs, and names the next custodian and day", "[store][custodian]")
{
    CustodianFixture x;
    CHECK_FALSE(x.terms.nextHandOver(QDate(2026, 12, 1))->has_value()); // no one takes turns yet
    x.handOver(x.couriers, QDate(2023, 12, 21));
    x.handOver(x.chiangMai, QDate(2024, 12, 21));
    CHECK(*x.terms.rotation() == QList<qint64>{x.couriers, x.chiangMai});
    auto next = x.terms.nextHandOver(QDate(2026, 12, 1));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->custodianId == x.couriers);
    CHECK_FALSE((*next)->on.isValid()); // no rotation ritual: no day by the rule
    CHECK_FALSE((*next)->repeat.has_value());

    const qint64 ritual = x.rotationRitual({x.chiangMai, x.shenzhen, x.couriers});
    CHECK(*x.terms.rotationRitual() == ritual);
    CHECK(*x.terms.rotation() == QList<qint64>{x.chiangMai, x.shenzhen, x.couriers});
    x.handOver(x.shenzhen, QDate(2025, 12, 21), ritual);
    next = x.terms.nextHandOver(QDate(2026, 12, 1));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->custodianId == x.couriers);
    CHECK((*next)->on == QDate(2026, 12, 21));
    CHECK((*next)->ritualId == ritual);
    next = x.terms.nextHandOver(QDate(2026, 12, 22)); // the day has passed: next year's occurrence
    CHECK((*next)->on == QDate(2027, 12, 21));
}

TEST_CASE("The same custodian twice in a row is a warning and the save is allowed", "[store][custodian]")
{
    CustodianFixture x;
    const qint64 first = x.handOver(x.chiangMai, QDate(2024, 12, 21));
    x.handOver(x.shenzhen, QDate(2025, 12, 21));
    CustodianHandOver again;
    again.custodianId = x.shenzhen;
    again.handedOverOn = QDate(2026, 12, 21);
    auto warning = x.terms.repeatWarning(again);
    REQUIRE(warning.ok());
    REQUIRE(warning->has_value());
    CHECK((*warning)->neighbourOn == QDate(2025, 12, 21));
    CHECK((*warning)->message(QStringLiteral("深圳工友互助")) ==
          QStringLiteral("深圳工友互助 would hold the archive twice in a row: they also took it over on 2025-12-21"));
    REQUIRE(x.terms.add(again).ok());
    CHECK(x.f.count(QStringLiteral("SELECT count(*) FROM custodian_term")) == 3);
    // An edit is judged without its own saved row: moving the first hand-over does not repeat it.
    auto moved = x.terms.get(first);
    REQUIRE(moved.ok());
    moved->handedOverOn = QDate(2024, 12, 20);
    CHECK_FALSE(x.terms.repeatWarning(*moved)->has_value());
    CustodianHandOver between;
    between.custodianId = x.chiangMai;
    between.handedOverOn = QDate(2024, 6, 1); // before the first's next term: the same as the one after
    CHECK((*x.terms.repeatWarning(between))->neighbourOn == QDate(2024, 12, 21));
}

TEST_CASE("A hand-over fulfils the rotation ritual's occurrence and takes the link along when deleted", "[store][custodian][fulfilment]")
{
    CustodianFixture x;
    const qint64 ritual = x.rotationRitual({x.chiangMai, x.shenzhen});
    const qint64 id = x.handOver(x.chiangMai, QDate(2026, 12, 21), ritual);
    store::RitualFulfilments links(x.f.ws);
    REQUIRE(links.link(ritual, QDate(2026, 12, 21), QStringLiteral("custodian-term"), id).ok());
    CHECK(store::checkWorkspace(x.f.ws)->problems.isEmpty());
    REQUIRE(x.terms.remove(id).ok());
    CHECK(links.fulfilments(ritual)->isEmpty());
}

TEST_CASE("Check names a hand-over under a ritual that is not a rotation and a drill left with one partner", "[store][custodian][firedrill]")
{
    CustodianFixture x;
    const qint64 congress = x.rotationRitual({x.chiangMai}, rhythm::RitualKind::Congress);
    const qint64 id = x.handOver(x.chiangMai, QDate(2025, 12, 21));
    rhythm::FireDrill drill;
    drill.firstDay = QDate(2026, 10, 7);
    drill.lastDay = QDate(2026, 10, 13);
    drill.partnerIds = {x.chiangMai, x.shenzhen};
    drill.whatHeld = domain::BilingualText(QStringLiteral("zh"), QStringLiteral("用短波电台保持联系"));
    auto drillId = store::FireDrillStore(x.f.ws).add(drill);
    REQUIRE(drillId.ok());
    CHECK(store::checkWorkspace(x.f.ws)->problems.isEmpty());
    // As a file written by another tool could hold them: the store bypassed.
    REQUIRE(x.f.ws.database().execute(QStringLiteral("UPDATE custodian_term SET ritual_id = ? WHERE id = ?"), congress, id).ok());
    REQUIRE(x.f.ws.database().execute(QStringLiteral("DELETE FROM fire_drill_partner WHERE drill_id = ? AND partner_id = ?"),
                                      *drillId, x.shenzhen).ok());
    auto report = store::checkWorkspace(x.f.ws);
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList{
              QStringLiteral("archive hand-over %1 names a ritual that is not a custodians' rotation").arg(id),
              QStringLiteral("fire drill %1 has fewer than two partners").arg(*drillId)});
}
