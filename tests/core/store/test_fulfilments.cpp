// Occurrences fulfilled by records: a link only to a date of the ritual's schedule and a record that
// exists and fits the ritual's kind, one record per occurrence and one occurrence per record, the
// calendar's states through occurrencesBetween, links gone with their record, strays reported by
// check, and a version 11 workspace upgraded to hold them.
#include "storefixture.h"

#include "store/backup.h"
#include "store/custodiantermstore.h"
#include "store/firedrillstore.h"
#include "store/incidentstore.h"
#include "store/ritualfulfilments.h"
#include "store/ritualstore.h"
#include "store/schema.h"
#include "store/workspacecheck.h"

using namespace trellis;
using rhythm::OccurrenceState;
using rhythm::RitualKind;

namespace {

/// Two partners, a monthly rehearsal ritual (first Thursday) and a one-off fire drill ritual.
struct RhythmFixture {
    test::WorkspaceFixture f;
    qint64 a = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    qint64 b = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    qint64 rehearsals = addRitual(RitualKind::RuptureRehearsal, QDate(2026, 1, 1), QStringLiteral("FREQ=MONTHLY;BYDAY=1TH"));
    qint64 drills = addRitual(RitualKind::FireDrill, QDate(2026, 10, 7), QString());

    qint64 addRitual(RitualKind kind, const QDate &first, const QString &rule)
    {
        rhythm::Ritual r;
        r.kind = kind;
        r.title = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Ensayo %1").arg(int(kind)));
        r.schedule.firstDate = first;
        if (!rule.isEmpty())
            r.schedule.rule = *rhythm::RecurrenceRule::parse(rule);
        r.partnerIds = {a, b};
        auto id = store::RitualStore(f.ws).add(r);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 addRehearsal(const QDate &held)
    {
        domain::Rehearsal r;
        r.heldOn = held;
        r.scenario = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Una ruptura simulada sobre fondos"));
        r.participantIds = {a, b};
        auto id = store::RehearsalStore(f.ws).add(r);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 links() { return f.count(QStringLiteral("SELECT count(*) FROM ritual_fulfilment")); }
};

QString refusal(const Status &status)
{
    REQUIRE_FALSE(status.ok());
    return status.error().message;
}

} // namespace

TEST_CASE("A record fulfils one occurrence of its ritual and the link round-trips", "[store][fulfilment]")
{
    RhythmFixture x;
    store::RitualFulfilments links(x.f.ws);
    const qint64 march = x.addRehearsal(QDate(2026, 3, 7));
    REQUIRE(links.link(x.rehearsals, QDate(2026, 3, 5), QStringLiteral("rehearsal"), march).ok());
    REQUIRE(links.link(x.rehearsals, QDate(2026, 3, 5), QStringLiteral("rehearsal"), march).ok()); // again: nothing changes
    auto done = links.fulfilments(x.rehearsals);
    REQUIRE(done.ok());
    CHECK(*done == QList<rhythm::Fulfilment>{{QDate(2026, 3, 5), QStringLiteral("rehearsal"), march}});
    auto by = links.fulfilledBy(QStringLiteral("rehearsal"), march);
    REQUIRE(by.ok());
    REQUIRE(by->has_value());
    CHECK((*by)->ritualId == x.rehearsals);
    CHECK((*by)->occurrenceDate == QDate(2026, 3, 5));
    REQUIRE(links.unlink(x.rehearsals, QDate(2026, 3, 5)).ok());
    CHECK(x.links() == 0);
    CHECK(refusal(links.unlink(x.rehearsals, QDate(2026, 3, 5))) ==
          QStringLiteral("No record fulfils the occurrence of 2026-03-05 of ritual %1").arg(x.rehearsals));
}

TEST_CASE("A link to a day the ritual does not fall on, a missing record or a record of another kind is refused", "[store][fulfilment]")
{
    RhythmFixture x;
    store::RitualFulfilments links(x.f.ws);
    const qint64 march = x.addRehearsal(QDate(2026, 3, 7));
    REQUIRE(links.link(x.rehearsals, QDate(2026, 3, 5), QStringLiteral("rehearsal"), march).ok());

    CHECK(refusal(links.link(x.rehearsals, QDate(2026, 3, 6), QStringLiteral("rehearsal"), x.addRehearsal(QDate(2026, 3, 8)))) ==
          QStringLiteral("2026-03-06 is not a day the ritual \u201cEnsayo 2\u201d falls on"));
    CHECK(refusal(links.link(x.rehearsals, QDate(2026, 4, 2), QStringLiteral("rehearsal"), 999)) ==
          QStringLiteral("Rehearsal 999 does not exist"));
    CHECK(refusal(links.link(x.rehearsals, QDate(2026, 4, 2), QStringLiteral("retro"), march)) ==
          QStringLiteral("Retro %1 cannot fulfil a rupture rehearsal: link a rehearsal").arg(march));
    CHECK(refusal(links.link(x.rehearsals, QDate(2026, 4, 2), QStringLiteral("letter"), march)) ==
          QStringLiteral("\u201cletter\u201d is not a kind of record that fulfils a ritual's occurrence"));
    CHECK(refusal(links.link(777, QDate(2026, 4, 2), QStringLiteral("rehearsal"), march)) == QStringLiteral("Ritual 777 does not exist"));
    const qint64 other = x.addRehearsal(QDate(2026, 3, 9));
    CHECK(refusal(links.link(x.rehearsals, QDate(2026, 3, 5), QStringLiteral("rehearsal"), other)) ==
          QStringLiteral("The occurrence of 2026-03-05 is already fulfilled by Rehearsal %1; unlink it first").arg(march));
    CHECK(refusal(links.link(x.rehearsals, QDate(2026, 4, 2), QStringLiteral("rehearsal"), march)) ==
          QStringLiteral("Rehearsal %1 already fulfils the occurrence of 2026-03-05 of ritual %2; unlink it first")
              .arg(march).arg(x.rehearsals));
    // Nothing saved was lost and nothing half-written was kept.
    CHECK(x.links() == 1);
    CHECK(links.fulfilments(x.rehearsals)->first().recordId == march);
}

TEST_CASE("The calendar's occurrences carry their state on a day: done, due within the grace days, missed, upcoming", "[store][fulfilment]")
{
    RhythmFixture x;
    store::RitualFulfilments links(x.f.ws);
    REQUIRE(links.link(x.rehearsals, QDate(2026, 2, 5), QStringLiteral("rehearsal"), x.addRehearsal(QDate(2026, 2, 5))).ok());
    const QDate today(2026, 3, 12); // March 5 is 7 days ago: still due; January 1 long missed
    auto window = links.occurrencesBetween(QDate(2026, 1, 1), QDate(2026, 4, 30), today);
    REQUIRE(window.ok());
    QStringList seen;
    for (const store::CalendarOccurrence &o : *window)
        seen << QStringLiteral("%1 %2 %3").arg(o.date.toString(Qt::ISODate)).arg(o.ritualId).arg(int(o.state));
    CHECK(seen == QStringList{QStringLiteral("2026-01-01 %1 %2").arg(x.rehearsals).arg(int(OccurrenceState::Missed)),
                              QStringLiteral("2026-02-05 %1 %2").arg(x.rehearsals).arg(int(OccurrenceState::Done)),
                              QStringLiteral("2026-03-05 %1 %2").arg(x.rehearsals).arg(int(OccurrenceState::Due)),
                              QStringLiteral("2026-04-02 %1 %2").arg(x.rehearsals).arg(int(OccurrenceState::Upcoming))});
    CHECK(window->at(1).fulfilment->recordKind == QStringLiteral("rehearsal"));
    CHECK(window->at(1).kind == RitualKind::RuptureRehearsal);
    CHECK(window->at(1).title.original() == QStringLiteral("Ensayo 2"));
    CHECK_FALSE(window->at(2).fulfilment.has_value());
    // The grace days end: fifteen days after, an unfulfilled occurrence is missed.
    auto later = links.occurrencesBetween(QDate(2026, 3, 5), QDate(2026, 3, 5), QDate(2026, 3, 5).addDays(store::kFulfilmentGraceDays + 1));
    REQUIRE(later.ok());
    CHECK(later->first().state == OccurrenceState::Missed);
    auto october = links.occurrencesBetween(QDate(2026, 10, 1), QDate(2026, 10, 31), today);
    REQUIRE(october.ok());
    REQUIRE(october->size() == 2); // the drill's one-off date and the month's first Thursday, in date order
    CHECK(october->at(0).date == QDate(2026, 10, 1));
    CHECK(october->at(1).ritualId == x.drills);
}

TEST_CASE("Deleting the record or the ritual deletes the link, and a changed rule leaves a stray that check names", "[store][fulfilment]")
{
    RhythmFixture x;
    store::RitualFulfilments links(x.f.ws);
    const qint64 held = x.addRehearsal(QDate(2026, 3, 5));
    REQUIRE(links.link(x.rehearsals, QDate(2026, 3, 5), QStringLiteral("rehearsal"), held).ok());
    REQUIRE(store::RehearsalStore(x.f.ws).remove(held).ok());
    CHECK(x.links() == 0);

    const qint64 again = x.addRehearsal(QDate(2026, 4, 2));
    REQUIRE(links.link(x.rehearsals, QDate(2026, 4, 2), QStringLiteral("rehearsal"), again).ok());
    auto ritual = store::RitualStore(x.f.ws).get(x.rehearsals);
    REQUIRE(ritual.ok());
    ritual->schedule.rule = *rhythm::RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;BYDAY=1FR"));
    ritual->schedule.firstDate = QDate(2026, 1, 2);
    REQUIRE(store::RitualStore(x.f.ws).update(*ritual).ok());
    auto report = store::checkWorkspace(x.f.ws);
    REQUIRE(report.ok());
    CHECK(report->problems == QStringList{QStringLiteral("ritual %1 is fulfilled on 2026-04-02, which is not one of its occurrences "
                                                         "(rehearsal %2)").arg(x.rehearsals).arg(again)});
    REQUIRE(store::RitualStore(x.f.ws).remove(x.rehearsals).ok());
    CHECK(x.links() == 0);
    CHECK(store::checkWorkspace(x.f.ws)->problems.isEmpty());
}

TEST_CASE("Check names a link whose record is gone and one whose kind does not fit its ritual", "[store][fulfilment]")
{
    RhythmFixture x;
    const qint64 held = x.addRehearsal(QDate(2026, 10, 7));
    // As a file written by another tool could hold them: the store bypassed.
    REQUIRE(x.f.ws.database().execute(QStringLiteral("INSERT INTO ritual_fulfilment VALUES (?, '2026-10-07', 'rehearsal', ?)"),
                                      x.drills, held).ok());
    REQUIRE(x.f.ws.database().execute(QStringLiteral("INSERT INTO ritual_fulfilment VALUES (?, '2026-01-01', 'rehearsal', 999)"),
                                      x.rehearsals).ok());
    auto report = store::checkWorkspace(x.f.ws);
    REQUIRE(report.ok());
    CHECK(report->problems.contains(QStringLiteral("ritual %1 (rehearsal %2) is fulfilled by a kind of record that does not fit it")
                                        .arg(x.drills).arg(held)));
    CHECK(report->problems.contains(QStringLiteral("ritual %1 (rehearsal 999) is fulfilled by a record that no longer exists")
                                        .arg(x.rehearsals)));
    CHECK(report->problems.size() == 2);
}

TEST_CASE("A version 11 workspace gains the rhythm records' tables, keeping every record, and takes links and records", "[store][migration][fulfilment]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openCopy(dir, QStringLiteral("workspace-v11.trellis"));
    auto count = [&ws](const QString &sql) { return test::scalar(ws, sql); };
    CHECK(ws.schemaVersion() == store::schema::currentVersion());
    CHECK(count(QStringLiteral("SELECT count(*) FROM partner")) == 11);
    CHECK(count(QStringLiteral("SELECT count(*) FROM ritual")) == 5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM pause")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM retro")) == 3);
    CHECK(count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 10);
    for (const char *table : {"ritual_fulfilment", "custodian_term", "fire_drill", "envoy_journey"})
        CHECK(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(store::automaticBackups(ws.path()).size() == 1); // the upgrade's backup, of the version 11 file

    const qint64 quarterly = count(QStringLiteral("SELECT id FROM ritual WHERE kind = 'quarterly-retro'"));
    const qint64 firstRetro = count(QStringLiteral("SELECT id FROM retro ORDER BY held_on LIMIT 1"));
    store::RitualFulfilments links(ws);
    REQUIRE(links.link(quarterly, QDate(2026, 3, 26), QStringLiteral("retro"), firstRetro).ok());
    auto window = links.occurrencesBetween(QDate(2026, 3, 1), QDate(2026, 6, 30), QDate(2026, 7, 20));
    REQUIRE(window.ok());
    QList<OccurrenceState> quarterlyStates;
    for (const store::CalendarOccurrence &o : *window)
        if (o.ritualId == quarterly)
            quarterlyStates << o.state;
    CHECK(quarterlyStates == QList<OccurrenceState>{OccurrenceState::Done, OccurrenceState::Missed});
    rhythm::CustodianHandOver term;
    term.custodianId = count(QStringLiteral("SELECT min(id) FROM partner"));
    term.handedOverOn = QDate(2025, 12, 21);
    REQUIRE(store::CustodianTermStore(ws).add(term).ok());
    auto report = store::checkWorkspace(ws);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
}
