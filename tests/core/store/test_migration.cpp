// Opening a workspace written by an older Trellis: backup first, then each step in one transaction.
#include "storefixture.h"

#include "store/backup.h"
#include "store/ledgerchain.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/statement.h"
#include "store/workspacecheck.h"

#include <QFile>

#include <algorithm>

using namespace trellis;

namespace {
QString copyFixture(const test::ScratchDir &dir, const QString &name = QStringLiteral("workspace-v1.trellis"))
{
    const QString path = dir.path(QStringLiteral("old.trellis"));
    REQUIRE(QFile::copy(test::testData(name), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}
bool orElseFalse(const Result<bool> &stepped)
{
    return stepped.ok() && *stepped;
}
qint64 count(store::Workspace &ws, const QString &sql)
{
    auto s = ws.database().prepare(sql);
    REQUIRE(s.ok());
    REQUIRE(s->step().ok());
    return s->int64(0);
}
} // namespace

TEST_CASE("A version 1 workspace is upgraded with a backup, keeping every record", "[store][migration]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir);
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    const QStringList backups = store::automaticBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-upgrade-v1")));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 60);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM partner")) == 11);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_chain")) ==
          count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE status = 'posted'")));
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
    // The new trigram index finds a Persian partner by three letters of its Latin key.
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM key_search WHERE key_search MATCH '\"kan\"'")) >= 1);

    // The backup is still a version 1 file.
    auto old = store::Database::open(backups.first(), store::OpenMode::ReadOnly);
    REQUIRE(old.ok());
    auto version = old->prepare(QStringLiteral("PRAGMA user_version"));
    REQUIRE(version->step().ok());
    CHECK(version->int64(0) == 1);
}

TEST_CASE("An upgraded workspace keeps working: new records join the chain", "[store][migration]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir);
    {
        auto ws = store::Workspace::open(path);
        REQUIRE(ws.ok());
    }
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(store::automaticBackups(path).size() == 1); // no second upgrade
    domain::Partner p;
    p.name = domain::BilingualText(QStringLiteral("es"), QStringLiteral("Nueva aliada"));
    REQUIRE(store::PartnerStore(*ws).add(p).ok());
    auto v = store::verifyChain(ws->database());
    REQUIRE(v.ok());
    CHECK(v->intact);
}

TEST_CASE("A version 2 workspace gains the ledger order indexes, keeping every record", "[store][migration]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir, QStringLiteral("workspace-v2.trellis"));
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    const QStringList backups = store::automaticBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-upgrade-v2")));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 120);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry WHERE status = 'draft'")) == 12);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                    "('ledger_entry_kind', 'ledger_entry_posted', 'ledger_entry_from_date', "
                                    "'ledger_entry_to_date', 'ledger_entry_quantity')")) == 5);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
    auto chain = store::verifyChain(ws->database());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
    // A page of one kind is read from its index, not by sorting the table.
    auto plan = ws->database().prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM ledger_entry WHERE kind = 'funds' AND (occurred_on, id) > ('2025-01-01', 0) "
        "ORDER BY occurred_on, id LIMIT 10"));
    REQUIRE(plan.ok());
    QString steps;
    while (orElseFalse(plan->step()))
        steps += plan->text(3) + u'\n';
    INFO(steps.toStdString());
    CHECK(steps.contains(QStringLiteral("ledger_entry_kind")));
    CHECK_FALSE(steps.contains(QStringLiteral("TEMP B-TREE")));
    // The status order's index is an expression: "posted in a period" (balances) does not pick
    // it, which would read a million entries in date order, one table seek each.
    auto posted = ws->database().prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM ledger_entry WHERE status = 'posted' AND reverses_id IS NULL "
        "AND occurred_on BETWEEN '2025-01-01' AND '2025-12-31'"));
    REQUIRE(posted.ok());
    steps.clear();
    while (orElseFalse(posted->step()))
        steps += posted->text(3) + u'\n';
    INFO(steps.toStdString());
    CHECK_FALSE(steps.contains(QStringLiteral("ledger_entry_posted")));
}

TEST_CASE("A version 3 workspace gains consonant skeletons, so romanized queries find abjad names", "[store][migration][search]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir, QStringLiteral("workspace-v3-search.trellis"));
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    const QStringList backups = store::automaticBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-upgrade-v3")));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 120);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM partner")) == 11);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
    const QList<QPair<QString, QString>> romanized = {
        {QStringLiteral("kanun"), QStringLiteral("کانون صنفی معلمان تهران")},
        {QStringLiteral("ittihad"), QStringLiteral("اتحاد عمال النسيج في المحلة")},
        {QStringLiteral("mahalla"), QStringLiteral("اتحاد عمال النسيج في المحلة")},
        {QStringLiteral("haifa"), QStringLiteral("קואליציית הדיור בחיפה")},
    };
    for (const auto &pair : romanized) {
        const QString &query = pair.first;
        const QString &name = pair.second; // a plain reference: clang 14 cannot capture a structured binding
        auto hits = store::search(*ws, query);
        REQUIRE(hits.ok());
        INFO(query.toStdString());
        CHECK(std::any_of(hits->cbegin(), hits->cend(), [&](const store::SearchHit &h) { return h.text == name; }));
    }
}

TEST_CASE("A version 6 workspace gains the kept entry count, which follows every add and delete",
          "[store][migration]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir, QStringLiteral("workspace-v6.trellis"));
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 120);
    CHECK(count(*ws, QStringLiteral("SELECT entries FROM ledger_count WHERE id = 1")) == 120);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());

    // A draft added and deleted moves the count both ways.
    domain::LedgerEntry e;
    e.date = QDate(2026, 5, 1);
    e.fromPartnerId = count(*ws, QStringLiteral("SELECT min(id) FROM partner"));
    e.toPartnerId = count(*ws, QStringLiteral("SELECT max(id) FROM partner"));
    e.kind = domain::ContributionKind::Hosting;
    e.status = domain::EntryStatus::Draft;
    e.narrative = domain::BilingualText(QStringLiteral("en"), QStringLiteral("A night on the sofa"));
    store::LedgerStore ledger(*ws);
    auto id = ledger.add(e);
    REQUIRE(id.ok());
    CHECK(count(*ws, QStringLiteral("SELECT entries FROM ledger_count WHERE id = 1")) == 121);
    REQUIRE(ledger.removeDraft(*id).ok());
    CHECK(count(*ws, QStringLiteral("SELECT entries FROM ledger_count WHERE id = 1")) == 120);

    // A count that disagrees with the entries is a problem check names.
    REQUIRE(ws->database().exec(QStringLiteral("UPDATE ledger_count SET entries = 7")).ok());
    auto tampered = store::checkWorkspace(*ws);
    REQUIRE(tampered.ok());
    CHECK(tampered->problems.contains(QStringLiteral("the ledger's kept entry count (7) does not match its entries")));
}

TEST_CASE("A version 6 workspace gains campaigns, exchanges, shared risks and crossovers, keeping every record", "[store][migration][campaign]")
{
    test::ScratchDir dir;
    const QString path = copyFixture(dir, QStringLiteral("workspace-v6.trellis"));
    const qint64 paraphrasesBefore = [&] {
        auto old = store::Database::open(path, store::OpenMode::ReadOnly);
        REQUIRE(old.ok());
        auto s = old->prepare(QStringLiteral("SELECT count(*) FROM goal_paraphrase"));
        REQUIRE(s.ok());
        REQUIRE(s->step().ok());
        return s->int64(0);
    }();
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    const QStringList backups = store::automaticBackups(path);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().contains(QStringLiteral("before-upgrade-v6")));
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ledger_entry")) == 120);
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM goal_paraphrase")) == paraphrasesBefore);
    for (const QString &table : {QStringLiteral("campaign"), QStringLiteral("campaign_partner"),
                                QStringLiteral("campaign_status_change"), QStringLiteral("goal_paraphrase_event"),
                                QStringLiteral("cultural_exchange"), QStringLiteral("shared_risk"),
                                QStringLiteral("narrative_crossover")}) {
        INFO(table.toStdString());
        CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM ") + table) == 0);
    }
    // Paraphrases written before version 9 have no acknowledgement yet: none counts for the quorum.
    CHECK(count(*ws, QStringLiteral("SELECT count(*) FROM goal_paraphrase_state WHERE state IS NULL")) == paraphrasesBefore);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
    auto chain = store::verifyChain(ws->database());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
}
