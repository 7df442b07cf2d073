// trellis-cli demo, check, backup and restore on real files, and sqlite3's view of them.
#include "testsupport.h"

#include <QFile>

using trellis::test::runCli;
using trellis::test::runProgram;

namespace {
QString sql(const QString &path, const QString &statement)
{
    auto r = runProgram(QStringLiteral("sqlite3"), {path, statement});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}
} // namespace

TEST_CASE("The demo alliance is a healthy WAL workspace whose posted entries sqlite3 cannot change", "[cli][demo]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("d.trellis"));
    auto demo = runCli({QStringLiteral("demo"), path});
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("300 ledger entries")));
    // Every kind it wrote is counted, in English with its plural written out.
    for (const char *kind : {"partners", "ledger entries", "retros", "conflict protocols", "1 incident,", "1 rupture rehearsal,",
                             "campaigns", "shared risks", "narrative crossovers", "rituals", "pause", "archive hand-overs",
                             "1 fire drill,", "1 envoy journey,", "fulfilled rituals"})
        CHECK(demo.out.contains(QString::fromLatin1(kind)));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM ritual_fulfilment"))
          == demo.out.section(QStringLiteral(" fulfilled rituals"), 0, 0).section(u' ', -1));
    CHECK(sql(path, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("300"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM partner")).toInt() >= 8);
    CHECK(sql(path, QStringLiteral("SELECT count(DISTINCT kind) FROM ledger_entry")) == QStringLiteral("11"));
    CHECK(sql(path, QStringLiteral("SELECT count(DISTINCT unit) FROM ledger_entry WHERE unit IN ('', 'hours', 'words', 'pages', 'nights')")) == QStringLiteral("5"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM retro")) == QStringLiteral("3"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM protocol")) == QStringLiteral("2"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM incident")) == QStringLiteral("1"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM rehearsal")) == QStringLiteral("1"));
    // Names in their own scripts: Arabic, Persian, Hebrew, Cyrillic, Han, Devanagari, Thai.
    const QString names = sql(path, QStringLiteral("SELECT group_concat(body, '|') FROM bitext_version v JOIN partner p "
                                                   "ON p.name_text_id = v.text_id WHERE v.status = 'original'"));
    for (const char16_t *name : {u"اتحاد", u"کانون", u"קואליציית", u"Союз", u"深圳", u"ग्रामीण", u"เครือข่าย", u"Muungano", u"Rede"})
        CHECK(names.contains(QString::fromUtf16(name)));
    CHECK(sql(path, QStringLiteral("SELECT locale FROM partner WHERE locale LIKE 'fa%'")) == QStringLiteral("fa-IR-u-ca-persian"));

    auto update = runProgram(QStringLiteral("sqlite3"),
                             {path, QStringLiteral("UPDATE ledger_entry SET quantity = 1 WHERE status = 'posted'")});
    CHECK(update.exitCode != 0);
    CHECK(update.err.contains(QStringLiteral("immutable")));
    auto check = runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("0 problems")));
}

TEST_CASE("The demo is the same for the same entry count", "[cli][demo]")
{
    trellis::test::ScratchDir dir;
    const QString a = dir.path(QStringLiteral("a.trellis"));
    const QString b = dir.path(QStringLiteral("b.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), a, QStringLiteral("--entries"), QStringLiteral("500")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("demo"), b, QStringLiteral("--entries=500")}).exitCode == 0);
    const QString query = QStringLiteral(
        "SELECT group_concat(occurred_on || from_partner_id || to_partner_id || kind || ifnull(quantity, '') || unit || status, ';') "
        "FROM (SELECT * FROM ledger_entry ORDER BY id)");
    CHECK(sql(a, query) == sql(b, query));
    CHECK(sql(a, QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("500"));
    auto bad = runCli({QStringLiteral("demo"), dir.path(QStringLiteral("c.trellis")), QStringLiteral("--entries"), QStringLiteral("many")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("whole number")));
}

TEST_CASE("check finds a broken invariant written behind Trellis's back", "[cli][check]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("w.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("50")}).exitCode == 0);
    // A raw edit that unprotects a posted narrative: check must say so, by id only.
    sql(path, QStringLiteral("UPDATE bitext SET locked = 0 WHERE id = (SELECT narrative_text_id FROM ledger_entry WHERE id = 1)"));
    auto unlocked = runCli({QStringLiteral("check"), path});
    CHECK(unlocked.exitCode == 1);
    CHECK(unlocked.out.contains(QStringLiteral("the narrative of posted ledger entry 1 is not protected")));
    CHECK_FALSE(unlocked.out.contains(QStringLiteral("Subtitled")));
    // A raw edit that bypasses the guards and self-deals is caught by SQLite's own integrity check,
    // and the guard it dropped is named while it is missing.
    const QString guard = sql(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'ledger_entry_posted_update'"));
    sql(path, QStringLiteral("PRAGMA ignore_check_constraints = 1; DROP TRIGGER ledger_entry_posted_update; "
                             "UPDATE ledger_entry SET to_partner_id = from_partner_id WHERE id = 2"));
    auto unguarded = runCli({QStringLiteral("check"), path});
    CHECK(unguarded.exitCode == 1);
    CHECK(unguarded.out.contains(QStringLiteral("problem: schema: trigger ledger_entry_posted_update is missing")));
    sql(path, guard + u';');
    auto selfDealing = runCli({QStringLiteral("check"), path});
    CHECK(selfDealing.exitCode == 1);
    CHECK(selfDealing.out.contains(QStringLiteral("CHECK constraint failed in ledger_entry")));
    CHECK(runCli({QStringLiteral("check"), dir.path(QStringLiteral("absent.trellis"))}).exitCode == 1);
}

TEST_CASE("check --repair rebuilds a search index that drifted from the texts", "[cli][check]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("w.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("20")}).exitCode == 0);
    // The index drifts while its trigger is away; the trigger is back before the check.
    const QString trigger = sql(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'text_search_update'"));
    sql(path, QStringLiteral("DROP TRIGGER text_search_update; UPDATE bitext_version SET body = 'drifted' "
                             "WHERE id = (SELECT min(v.id) FROM bitext_version v JOIN bitext t ON t.id = v.text_id "
                             "WHERE t.locked = 0 AND t.sensitive = 0)"));
    sql(path, trigger + u';');
    auto broken = runCli({QStringLiteral("check"), path});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("search index")));
    auto repaired = runCli({QStringLiteral("check"), path, QStringLiteral("--repair")});
    CHECK(repaired.exitCode == 0);
}

TEST_CASE("backup and restore round-trip a workspace and refuse what is not one", "[cli][backup]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("w.trellis"));
    const QString copy = dir.path(QStringLiteral("copy.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("40")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("backup"), path, copy}).exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), copy}).exitCode == 0);
    auto again = runCli({QStringLiteral("backup"), path, copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    // Damage the original's ledger, then restore it from the copy.
    sql(path, QStringLiteral("DELETE FROM ledger_entry WHERE status = 'draft'"));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM ledger_entry")) != QStringLiteral("40"));
    REQUIRE(runCli({QStringLiteral("restore"), copy, path}).exitCode == 0);
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("40"));
    CHECK(QFile::exists(path + QStringLiteral(".before-restore")));

    const QString notes = dir.path(QStringLiteral("notes.txt"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'x'));
    file.close();
    auto refused = runCli({QStringLiteral("restore"), notes, path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a Trellis workspace")));
    CHECK(sql(path, QStringLiteral("SELECT count(*) FROM ledger_entry")) == QStringLiteral("40"));
}

TEST_CASE("search finds demo partners across scripts and prints JSON", "[cli][search]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("d.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("30")}).exitCode == 0);
    auto text = runCli({QStringLiteral("search"), path, QStringLiteral("tehran")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("کانون صنفی معلمان تهران")));
    auto json = runCli({QStringLiteral("search"), path, QStringLiteral("shenzhen"), QStringLiteral("--json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"kind\":\"partner\"")));
    CHECK(json.out.contains(QStringLiteral("深圳工友互助中心")));
    CHECK(runCli({QStringLiteral("search"), path, QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")}).exitCode == 2);
}

TEST_CASE("show lays a record out side by side with missing translations marked", "[cli][show]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("d.trellis"));
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--entries"), QStringLiteral("10")}).exitCode == 0);
    // Partner 1 of the demo: the Tehran teachers, named in Persian with a reviewed Spanish name.
    auto shown = runCli({QStringLiteral("show"), path, QStringLiteral("partner"), QStringLiteral("1"),
                         QStringLiteral("--languages"), QStringLiteral("fa,es"), QStringLiteral("--json")});
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("\"language\":\"fa\"")));
    CHECK(shown.out.contains(QStringLiteral("\"direction\":\"rtl\"")));
    CHECK(shown.out.contains(QStringLiteral("\"status\":\"original\",\"text\":\"کانون صنفی معلمان تهران\"")));
    CHECK(shown.out.contains(QStringLiteral("\"status\":\"reviewed\",\"text\":\"Sindicato de Docentes de Teherán\"")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("Reach the coordinator"))); // contact notes stay out
    auto hebrew = runCli({QStringLiteral("show"), path, QStringLiteral("partner"), QStringLiteral("1"),
                          QStringLiteral("--languages"), QStringLiteral("he,es")});
    REQUIRE(hebrew.exitCode == 0);
    CHECK(hebrew.out.contains(QStringLiteral("name (missing): — missing —")));
    CHECK(runCli({QStringLiteral("show"), path, QStringLiteral("partner"), QStringLiteral("999"),
                  QStringLiteral("--languages"), QStringLiteral("fa,es")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("show"), path, QStringLiteral("retro"), QStringLiteral("1"),
                  QStringLiteral("--languages"), QStringLiteral("fa,es")}).exitCode == 2);
}
