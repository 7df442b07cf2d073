// Rituals through their store: a schedule that calendar apps would read differently is refused
// before anything is written, texts keep their history across edits, and a version 9 workspace
// gains the rituals' tables in its upgrade.
#include "storefixture.h"

#include "store/backup.h"
#include "store/schema.h"
#include "store/ritualstore.h"
#include "store/workspacecheck.h"


using namespace trellis;
using rhythm::Ritual;
using rhythm::RitualKind;

namespace {

Ritual quarterlyRetro(qint64 a, qint64 b)
{
    Ritual r;
    r.kind = RitualKind::QuarterlyRetro;
    r.title = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Retro de solidaridad trimestral"));
    r.schedule.firstDate = QDate(2026, 3, 26);
    r.schedule.startTime = QTime(17, 30);
    r.schedule.timeZone = QStringLiteral("Asia/Tehran");
    r.schedule.durationMinutes = 120;
    r.schedule.rule = *rhythm::RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH"));
    r.partnerIds = {a, b};
    return r;
}

} // namespace

TEST_CASE("A ritual round-trips with its schedule, rule and partners, and an edit keeps its uuid and texts", "[store][ritual]")
{
    test::WorkspaceFixture f;
    const qint64 colectiva = f.addPartner(QStringLiteral("Colectiva Tierra y Agua"), QStringLiteral("es"));
    const qint64 kanun = f.addPartner(QStringLiteral("کانون صنفی"), QStringLiteral("fa"));
    store::RitualStore rituals(f.ws);
    Ritual r = quarterlyRetro(colectiva, kanun);
    auto id = rituals.add(r);
    REQUIRE(id.ok());
    auto saved = rituals.get(*id);
    REQUIRE(saved.ok());
    CHECK(saved->stamp.uuid == r.stamp.uuid);
    CHECK(saved->kind == RitualKind::QuarterlyRetro);
    CHECK(saved->schedule == r.schedule);
    CHECK(saved->partnerIds == QList<qint64>{colectiva, kanun});
    CHECK(QDateTime::fromString(saved->stamp.updatedAt, Qt::ISODate).isValid());

    const qint64 titleId = f.count(QStringLiteral("SELECT title_text_id FROM ritual WHERE id = %1").arg(*id));
    Ritual edited = *saved;
    edited.title.setTranslation(QStringLiteral("fa"), {QStringLiteral("بازنگری فصلی همبستگی"), domain::TranslationStatus::Human,
                                                      QStringLiteral("Mina"), {}});
    edited.schedule.startTime.reset(); // all day now: the zone goes with the time
    edited.schedule.rule = *rhythm::RecurrenceRule::parse(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH;UNTIL=20271231"));
    edited.partnerIds = {kanun};
    REQUIRE(rituals.update(edited).ok());
    auto again = rituals.get(*id);
    REQUIRE(again.ok());
    CHECK(again->stamp.uuid == saved->stamp.uuid);
    CHECK(again->schedule.isAllDay());
    CHECK(again->schedule.timeZone.isEmpty());
    CHECK(again->schedule.rule->toRrule() == QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH;UNTIL=20271231"));
    CHECK(again->title.textIn(QStringLiteral("fa")) == QStringLiteral("بازنگری فصلی همبستگی"));
    CHECK(again->partnerIds == QList<qint64>{kanun});
    CHECK(f.count(QStringLiteral("SELECT title_text_id FROM ritual WHERE id = %1").arg(*id)) == titleId);

    auto listed = rituals.all(QStringLiteral("es"));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().participants == QStringList{QStringLiteral("کانون صنفی")});

    REQUIRE(rituals.remove(*id).ok());
    CHECK(rituals.get(*id).error().message == QStringLiteral("Ritual %1 does not exist").arg(*id));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'ritual'")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ritual_partner")) == 0);
}

TEST_CASE("A ritual calendar apps would read differently, or without a title, is refused and nothing is written", "[store][ritual][bad-input]")
{
    test::WorkspaceFixture f;
    const qint64 a = f.addPartner(QStringLiteral("Colectiva"), QStringLiteral("es"));
    const qint64 b = f.addPartner(QStringLiteral("کانون"), QStringLiteral("fa"));
    store::RitualStore rituals(f.ws);
    struct Bad {
        const char *what;
        std::function<void(Ritual &)> spoil;
        const char *message;
    };
    const QList<Bad> bad = {
        {"no title", [](Ritual &r) { r.title = {}; }, "A ritual needs a title"},
        {"a time without a zone", [](Ritual &r) { r.schedule.timeZone.clear(); },
         "A ritual at a set time needs its organizer's time zone, so that every partner meets at the same moment"},
        {"a first day that is not one of the rule's", [](Ritual &r) { r.schedule.firstDate = QDate(2026, 3, 25); },
         "The first date 2026-03-25 is not one of the dates the rule"},
        {"a month-long ritual", [](Ritual &r) { r.schedule.durationMinutes = 31 * 24 * 60; },
         "A ritual lasts from 1 minute to 14 days, not 44640 minutes"},
        {"a partner not saved", [](Ritual &r) { r.partnerIds = {4242}; }, "Partner 4242 does not exist"},
        {"a partner with no id yet", [](Ritual &r) { r.partnerIds = {0}; }, "Each partner of a ritual must be saved first"},
    };
    for (const Bad &b2 : bad) {
        INFO(b2.what);
        Ritual r = quarterlyRetro(a, b);
        b2.spoil(r);
        auto refused = rituals.add(r);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.startsWith(QString::fromUtf8(b2.message)));
    }
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM ritual")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM bitext WHERE owner_kind = 'ritual'")) == 0);
    // Ten days is a ritual too (a congress), and the file takes what the core takes.
    Ritual ok = quarterlyRetro(a, b);
    ok.schedule.durationMinutes = 10 * 24 * 60;
    REQUIRE(rituals.add(ok).ok());
    // The file itself refuses a time without its zone.
    CHECK_FALSE(f.ws.database().execute(QStringLiteral("UPDATE ritual SET time_zone = ''")).ok());
}

TEST_CASE("A version 9 workspace gains the rituals' tables, keeping every record, and takes rituals", "[store][migration][ritual]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openCopy(dir, QStringLiteral("workspace-v9.trellis"));
    auto count = [&ws](const QString &sql) { return test::scalar(ws, sql); };
    CHECK(ws.schemaVersion() == store::schema::currentVersion());
    CHECK(count(QStringLiteral("SELECT count(*) FROM partner")) == 11);
    CHECK(count(QStringLiteral("SELECT count(*) FROM campaign")) == 5);
    CHECK(count(QStringLiteral("SELECT count(*) FROM ledger_entry")) == 10);
    CHECK(count(QStringLiteral("SELECT count(*) FROM ritual")) == 0);
    CHECK(store::automaticBackups(ws.path()).size() == 1); // the upgrade's backup, of the version 9 file
    Ritual r = quarterlyRetro(count(QStringLiteral("SELECT min(id) FROM partner")), count(QStringLiteral("SELECT max(id) FROM partner")));
    REQUIRE(store::RitualStore(ws).add(r).ok());
    auto report = store::checkWorkspace(ws);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
}
