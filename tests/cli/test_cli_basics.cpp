// trellis-cli's surface: version, help, init, and clear refusals.
#include "testsupport.h"

#include <QFile>

using trellis::test::runCli;

TEST_CASE("trellis-cli --version names the libraries", "[cli]")
{
    auto r = runCli({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("trellis-cli ")));
    CHECK(r.out.contains(QStringLiteral("SQLite 3.")));
    CHECK(r.out.contains(QStringLiteral("ICU 72")));
    CHECK(r.out.contains(QStringLiteral("License GPL-3.0-or-later: GNU GPL version 3 or later")));
}

TEST_CASE("trellis-cli init creates a workspace that sqlite3 opens", "[cli]")
{
    trellis::test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("x.trellis"));
    auto r = runCli({QStringLiteral("init"), path, QStringLiteral("--languages"), QStringLiteral("en,es")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("en,es")));
    auto q = trellis::test::runProgram(QStringLiteral("sqlite3"),
                                       {path, QStringLiteral("SELECT group_concat(tag, ',') FROM working_language")});
    CHECK(q.exitCode == 0);
    CHECK(q.out.trimmed() == QStringLiteral("en,es"));
}

TEST_CASE("trellis-cli refuses unknown commands and bad arguments with one line", "[cli]")
{
    auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    CHECK(unknown.err.trimmed().count(u'\n') == 0);

    auto none = runCli({});
    CHECK(none.exitCode == 2);

    trellis::test::ScratchDir dir;
    auto noLanguages = runCli({QStringLiteral("init"), dir.path(QStringLiteral("a.trellis"))});
    CHECK(noLanguages.exitCode == 2);
    CHECK(noLanguages.err.contains(QStringLiteral("--languages")));

    auto badOption = runCli({QStringLiteral("init"), dir.path(QStringLiteral("a.trellis")), QStringLiteral("--colour")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains(QStringLiteral("unknown option --colour")));

    auto badLanguage = runCli({QStringLiteral("init"), dir.path(QStringLiteral("b.trellis")),
                               QStringLiteral("--languages"), QStringLiteral("en,zz-!!")});
    CHECK(badLanguage.exitCode == 1);
    CHECK(badLanguage.err.contains(QStringLiteral("zz-!!")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("b.trellis"))));
}
