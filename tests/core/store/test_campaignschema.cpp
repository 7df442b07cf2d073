// The file itself enforces the listening quorum: raw SQL cannot make an ungated campaign active,
// and acknowledgements and status changes are appended, never overwritten.
#include "storefixture.h"

#include "store/database.h"
#include "store/partnerstore.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/workspacecheck.h"

#include <QHash>

using namespace trellis;

namespace {

/// A workspace with three partners and one proposed campaign of all three, written in raw SQL as
/// a `sqlite3` session would.
struct QuorumFixture {
    test::WorkspaceFixture f;
    qint64 a = 0, b = 0, c = 0;
    QuorumFixture()
    {
        a = f.addPartner(QStringLiteral("Colectiva Costurera"), QStringLiteral("es"));
        b = f.addPartner(QStringLiteral("اتحاد عمال النسيج"), QStringLiteral("ar"));
        c = f.addPartner(QStringLiteral("Garment Workers Circle"), QStringLiteral("en"));
        REQUIRE(sql(QStringLiteral(
                        "INSERT INTO bitext(id, owner_kind, owner_uuid, field, original_lang) "
                        "VALUES (9001, 'campaign', 'c-1', 'title', 'en');"
                        "INSERT INTO bitext_version(text_id, lang, body, status) "
                        "VALUES (9001, 'en', 'A living wage', 'original');"
                        "INSERT INTO campaign(id, uuid, title_text_id, created_at, updated_at, author) "
                        "VALUES (1, 'c-1', 9001, '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z', 'Amal');"
                        "INSERT INTO campaign_partner VALUES (1, %1, '2026-12-01'), (1, %2, '2026-12-01'), "
                        "(1, %3, '2026-12-01');")
                        .arg(a)
                        .arg(b)
                        .arg(c))
                    .ok());
    }
    Status sql(const QString &text) { return f.ws.database().exec(text); }
    qint64 count(const QString &text)
    {
        auto s = f.ws.database().prepare(text);
        REQUIRE(s.ok());
        REQUIRE(s->step().ok());
        return s->int64(0);
    }
    /// Adds by's paraphrase of of's goals and returns its id.
    qint64 paraphrase(qint64 of, qint64 by)
    {
        domain::GoalParaphrase p;
        p.partnerId = of;
        p.byPartnerId = by;
        // Each partner paraphrases in its own language (that of its name).
        const QHash<qint64, QPair<QString, QString>> own = {
            {a, {QStringLiteral("es"), QStringLiteral("Queréis salarios justos para quienes cosen en casa.")}},
            {b, {QStringLiteral("ar"), QStringLiteral("تريدون أجوراً عادلة لمن يعملن في البيوت.")}},
            {c, {QStringLiteral("en"), QStringLiteral("You want fair wages for home workers.")}}};
        p.text = domain::BilingualText(own.value(by).first, own.value(by).second);
        auto id = store::PartnerStore(f.ws).addParaphrase(p);
        REQUIRE(id.ok());
        return *id;
    }
    Status event(qint64 paraphraseId, const QString &action, const QString &noteTextId = QStringLiteral("NULL"))
    {
        return sql(QStringLiteral("INSERT INTO goal_paraphrase_event(uuid, paraphrase_id, action, by_name, at, "
                                  "note_text_id) VALUES ('e-%1-%2', %1, '%3', 'Noor', "
                                  "'2026-12-01T11:00:00.000Z', %4)")
                       .arg(paraphraseId)
                       .arg(count(QStringLiteral("SELECT count(*) FROM goal_paraphrase_event")))
                       .arg(action, noteTextId));
    }
    Status setStatus(const QString &status)
    {
        return sql(QStringLiteral("UPDATE campaign SET status = '%1' WHERE id = 1").arg(status));
    }
    QString status()
    {
        auto s = f.ws.database().prepare(QStringLiteral("SELECT status FROM campaign WHERE id = 1"));
        REQUIRE(s.ok());
        REQUIRE(s->step().ok());
        return s->text(0);
    }
    void planExchange()
    {
        REQUIRE(sql(QStringLiteral(
                        "INSERT INTO cultural_exchange(id, uuid, kind, held_on, created_at, updated_at) "
                        "VALUES (1, 'x-1', 'storytelling_night', '2027-01-15', '2026-12-01T10:00:00.000Z', "
                        "'2026-12-01T10:00:00.000Z');"
                        "INSERT INTO campaign_exchange VALUES (1, 1);"))
                    .ok());
    }
    /// All six ordered pairs paraphrased and acknowledged; returns the paraphrase ids.
    QList<qint64> fullQuorum()
    {
        QList<qint64> ids;
        for (const auto &[of, by] : {std::pair{a, b}, {a, c}, {b, a}, {b, c}, {c, a}, {c, b}}) {
            ids << paraphrase(of, by);
            REQUIRE(event(ids.back(), QStringLiteral("acknowledged")).ok());
        }
        return ids;
    }
};

} // namespace

TEST_CASE("The file refuses to make a campaign active while any ordered pair lacks an acknowledged paraphrase", "[store][campaign][schema]")
{
    QuorumFixture q;
    q.planExchange();
    auto refused = q.setStatus(QStringLiteral("active"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("listening quorum")));
    CHECK_FALSE(q.setStatus(QStringLiteral("quorum_met")).ok());

    // Five of the six pairs acknowledged: still refused.
    QList<qint64> acknowledged;
    for (const auto &[of, by] : {std::pair{q.a, q.b}, {q.a, q.c}, {q.b, q.a}, {q.b, q.c}, {q.c, q.a}}) {
        acknowledged << q.paraphrase(of, by);
        REQUIRE(q.event(acknowledged.back(), QStringLiteral("acknowledged")).ok());
    }
    const qint64 last = q.paraphrase(q.c, q.b);
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok());
    CHECK(q.status() == QStringLiteral("proposed"));

    // A paraphrase sent back does not count either.
    REQUIRE(q.sql(QStringLiteral("INSERT INTO bitext(id, owner_kind, owner_uuid, field, original_lang) "
                                 "VALUES (9100, 'paraphrase_event', 'e-note', 'note', 'en')"))
                .ok());
    REQUIRE(q.event(last, QStringLiteral("sent_back"), QStringLiteral("9100")).ok());
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok());

    REQUIRE(q.event(last, QStringLiteral("acknowledged")).ok());
    REQUIRE(q.setStatus(QStringLiteral("quorum_met")).ok());
    REQUIRE(q.setStatus(QStringLiteral("active")).ok());
    CHECK(q.status() == QStringLiteral("active"));
}

TEST_CASE("The file refuses to make a campaign active with no cultural exchange planned", "[store][campaign][schema]")
{
    QuorumFixture q;
    q.fullQuorum();
    REQUIRE(q.setStatus(QStringLiteral("quorum_met")).ok()); // the quorum alone is enough for this step
    auto refused = q.setStatus(QStringLiteral("active"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cultural exchange")));

    q.planExchange();
    REQUIRE(q.sql(QStringLiteral("UPDATE cultural_exchange SET status = 'cancelled' WHERE id = 1")).ok());
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok()); // a cancelled exchange is not planned
    REQUIRE(q.sql(QStringLiteral("UPDATE cultural_exchange SET status = 'planned' WHERE id = 1")).ok());
    REQUIRE(q.setStatus(QStringLiteral("active")).ok());
}

TEST_CASE("A campaign of one partner is no joint project and cannot become active", "[store][campaign][schema]")
{
    QuorumFixture q;
    q.planExchange();
    REQUIRE(q.sql(QStringLiteral("DELETE FROM campaign_partner WHERE campaign_id = 1 AND partner_id IN (%1, %2)")
                      .arg(q.b)
                      .arg(q.c))
                .ok());
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok());
    CHECK_FALSE(q.setStatus(QStringLiteral("quorum_met")).ok());
}

TEST_CASE("Campaign status follows its flow and every change is appended to its history", "[store][campaign][schema]")
{
    QuorumFixture q;
    q.fullQuorum();
    q.planExchange();
    CHECK_FALSE(q.setStatus(QStringLiteral("paused")).ok()); // only an active campaign pauses
    CHECK_FALSE(q.setStatus(QStringLiteral("unknown")).ok());
    REQUIRE(q.setStatus(QStringLiteral("active")).ok());
    REQUIRE(q.setStatus(QStringLiteral("paused")).ok());
    REQUIRE(q.setStatus(QStringLiteral("active")).ok());
    REQUIRE(q.setStatus(QStringLiteral("closed")).ok());
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok()); // closed stays closed
    CHECK_FALSE(q.setStatus(QStringLiteral("proposed")).ok());

    auto history = q.f.ws.database().prepare(QStringLiteral(
        "SELECT coalesce(from_status, '-') || '>' || to_status, by_name FROM campaign_status_change "
        "WHERE campaign_id = 1 ORDER BY id"));
    REQUIRE(history.ok());
    QStringList steps;
    while (true) {
        auto row = history->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        steps << history->text(0);
        CHECK(history->text(1) == QStringLiteral("Amal"));
    }
    CHECK(steps == QStringList{QStringLiteral("->proposed"), QStringLiteral("proposed>active"),
                               QStringLiteral("active>paused"), QStringLiteral("paused>active"),
                               QStringLiteral("active>closed")});
    CHECK_FALSE(q.sql(QStringLiteral("UPDATE campaign_status_change SET to_status = 'proposed'")).ok());
    CHECK_FALSE(q.sql(QStringLiteral("DELETE FROM campaign_status_change")).ok());
    CHECK_FALSE(q.sql(QStringLiteral("DELETE FROM campaign WHERE id = 1")).ok()); // kept once beyond proposed
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM campaign_status_change")) == 5);

    // A new campaign starts as proposed, whatever SQL says.
    CHECK_FALSE(q.sql(QStringLiteral(
                          "INSERT INTO campaign(uuid, title_text_id, status, created_at, updated_at) "
                          "VALUES ('c-2', 9001, 'active', '2026-12-01T10:00:00.000Z', '2026-12-01T10:00:00.000Z')"))
                     .ok());
}

TEST_CASE("Acknowledgements are append-only and a revised paraphrase or changed goals undo them", "[store][campaign][schema]")
{
    QuorumFixture q;
    const QList<qint64> ids = q.fullQuorum();
    CHECK_FALSE(q.sql(QStringLiteral("UPDATE goal_paraphrase_event SET action = 'sent_back'")).ok());
    CHECK_FALSE(q.sql(QStringLiteral("DELETE FROM goal_paraphrase_event")).ok());
    CHECK_FALSE(q.sql(QStringLiteral("DELETE FROM goal_paraphrase WHERE id = %1").arg(ids.first())).ok());
    // An acknowledgement names who gave it; a send-back carries its note.
    CHECK_FALSE(q.sql(QStringLiteral("INSERT INTO goal_paraphrase_event(uuid, paraphrase_id, action, by_name, at) "
                                     "VALUES ('e-x', %1, 'acknowledged', '  ', '2026-12-01T11:00:00.000Z')")
                          .arg(ids.first()))
                     .ok());
    CHECK_FALSE(q.event(ids.first(), QStringLiteral("sent_back")).ok());

    // Rewording the first paraphrase (b's of a's goals) appends "revised": the pair is open again.
    auto textId = q.count(QStringLiteral("SELECT text_id FROM goal_paraphrase WHERE id = %1").arg(ids.first()));
    REQUIRE(q.sql(QStringLiteral("UPDATE bitext_version SET body = 'You want wages paid on time.' "
                                 "WHERE text_id = %1 AND status = 'original'")
                      .arg(textId))
                .ok());
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM goal_paraphrase_state WHERE state = 'revised'")) == 1);
    q.planExchange();
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok());
    REQUIRE(q.event(ids.first(), QStringLiteral("acknowledged")).ok());

    // Partner c rewrites its goals: both paraphrases of them (by a and by b) need acknowledging again.
    domain::Partner partner = [&] {
        auto loaded = store::PartnerStore(q.f.ws).get(q.c);
        REQUIRE(loaded.ok());
        return *loaded;
    }();
    partner.goals = domain::BilingualText(QStringLiteral("en"), QStringLiteral("Safe workshops, first of all."));
    partner.languages = {QStringLiteral("en")};
    REQUIRE(store::PartnerStore(q.f.ws).update(partner).ok()); // goals written for the first time: nothing to undo
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM goal_paraphrase_state WHERE state = 'acknowledged'")) == 6);
    partner.goals = domain::BilingualText(QStringLiteral("en"), QStringLiteral("Safe workshops and a living wage."));
    REQUIRE(store::PartnerStore(q.f.ws).update(partner).ok());
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM goal_paraphrase_state WHERE state = 'goals_changed' "
                                 "AND partner_id = %1")
                      .arg(q.c)) == 2);
    CHECK_FALSE(q.setStatus(QStringLiteral("active")).ok());
    // The history keeps every word said: six acknowledgements, one revision, one more, two goal changes.
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM goal_paraphrase_event")) == 10);
}

TEST_CASE("Deleting campaigns, exchanges, risks and crossovers takes their texts with them", "[store][campaign][schema]")
{
    QuorumFixture q;
    REQUIRE(q.sql(QStringLiteral(
                      "INSERT INTO bitext(id, owner_kind, owner_uuid, field, original_lang) VALUES "
                      "(9201, 'narrative_crossover', 'n-1', 'origin', 'es'), "
                      "(9202, 'narrative_crossover', 'n-1', 'reborn', 'ar'), "
                      "(9203, 'shared_risk', 'r-1', 'what', 'en');"
                      "INSERT INTO narrative_crossover(id, uuid, kind, origin_partner_id, adopting_partner_id, "
                      "origin_text_id, reborn_text_id, reborn_on, created_at, updated_at) VALUES "
                      "(1, 'n-1', 'slogan', %1, %2, 9201, 9202, '2026-10-01', 'x', 'x');"
                      "INSERT INTO shared_risk(id, uuid, taken_on, what_text_id, created_at, updated_at) "
                      "VALUES (1, 'r-1', '2026-09-01', 9203, 'x', 'x');"
                      "INSERT INTO campaign_crossover VALUES (1, 1); INSERT INTO campaign_shared_risk VALUES (1, 1);")
                      .arg(q.a)
                      .arg(q.b))
                .ok());
    // A crossover is born in one partner and reborn in another, not in the same one.
    CHECK_FALSE(q.sql(QStringLiteral("UPDATE narrative_crossover SET adopting_partner_id = origin_partner_id")).ok());
    CHECK_FALSE(q.sql(QStringLiteral("UPDATE narrative_crossover SET born_on = '2026-11-01'")).ok());
    REQUIRE(q.sql(QStringLiteral("DELETE FROM campaign WHERE id = 1")).ok()); // still proposed
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM campaign_crossover")) == 0);
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM campaign_partner")) == 0);
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM campaign_status_change")) == 0);
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM bitext WHERE id = 9001")) == 0);
    REQUIRE(q.sql(QStringLiteral("DELETE FROM narrative_crossover; DELETE FROM shared_risk;")).ok());
    CHECK(q.count(QStringLiteral("SELECT count(*) FROM bitext WHERE id IN (9201, 9202, 9203)")) == 0);
}

TEST_CASE("The check finds a campaign made active behind the back of its gate and history", "[store][campaign][schema][check]")
{
    QuorumFixture q;
    // A deliberate edit: the gate's and the history's triggers dropped, the status set, the
    // triggers put back exactly as they were (so the schema audit sees nothing).
    QStringList triggers;
    for (const char16_t *name : {u"campaign_listening_quorum", u"campaign_exchange_planned", u"campaign_status_changed"}) {
        auto s = q.f.ws.database().prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = ?"));
        REQUIRE(s.ok());
        s->bind(1, QString::fromUtf16(name));
        REQUIRE(s->step().ok());
        triggers << s->text(0);
        REQUIRE(q.sql(QStringLiteral("DROP TRIGGER ") + QString::fromUtf16(name)).ok());
    }
    REQUIRE(q.setStatus(QStringLiteral("active")).ok());
    for (const QString &sql : triggers)
        REQUIRE(q.sql(sql).ok());
    auto report = store::checkWorkspace(q.f.ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->problems == QStringList{QStringLiteral("campaign 1 has a status its history does not record")});
}
