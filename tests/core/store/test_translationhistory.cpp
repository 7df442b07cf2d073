// A translation's history: every state, who wrote or reviewed it and when, append-only; an older
// workspace starts it with today's translations.
#include "storefixture.h"

#include "domain/translationreview.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/workspacecheck.h"
#include "util/clock.h"

#include <QFile>

using namespace trellis;
using domain::TranslationStatus;

TEST_CASE("Draft, edit and review each leave a line in the field's history", "[store][history]")
{
    test::WorkspaceFixture f;
    store::TextStore texts(f.ws.database());
    const QDateTime monday(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    const QDateTime tuesday = monday.addDays(1);
    const QDateTime wednesday = monday.addDays(2);
    domain::BilingualText text(QStringLiteral("en"), QStringLiteral("Night shift solidarity"));
    text.setTranslation(QStringLiteral("es"), {QStringLiteral("Solidaridad turno noche"), TranslationStatus::Machine,
                                               QStringLiteral("apertium eng-spa"), monday});
    const store::TextOwner owner{QStringLiteral("ledger_entry"), newUuid(), QStringLiteral("narrative")};
    auto id = texts.save(owner, text, {});
    REQUIRE(id.ok());
    domain::editTranslation(text, QStringLiteral("es"), QStringLiteral("Solidaridad en el turno de noche"), QStringLiteral("Ana"), tuesday);
    REQUIRE(texts.save(owner, text, **id).ok());
    REQUIRE(domain::markReviewed(text, QStringLiteral("es"), QStringLiteral("Luis"), wednesday).ok());
    REQUIRE(texts.save(owner, text, **id).ok());
    REQUIRE(texts.save(owner, text, **id).ok()); // saving again unchanged adds nothing

    auto history = texts.history(**id, QStringLiteral("es"));
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).status == TranslationStatus::Machine);
    CHECK(history->at(0).by == QStringLiteral("apertium eng-spa"));
    CHECK(history->at(0).at == monday);
    CHECK(history->at(1).status == TranslationStatus::Human);
    CHECK(history->at(1).by == QStringLiteral("Ana"));
    CHECK(history->at(1).text == QStringLiteral("Solidaridad en el turno de noche"));
    CHECK(history->at(2).status == TranslationStatus::Reviewed);
    CHECK(history->at(2).by == QStringLiteral("Luis"));
    CHECK(history->at(2).at == wednesday);
    auto original = texts.history(**id, QStringLiteral("en"));
    REQUIRE(original.ok());
    CHECK(original->isEmpty());

    // Append-only: the history cannot be rewritten.
    const Status rewrite = f.ws.database().exec(QStringLiteral("UPDATE bitext_history SET by_name = 'someone else'"));
    REQUIRE_FALSE(rewrite.ok());
    CHECK(rewrite.error().message.contains(QStringLiteral("append-only")));
}

TEST_CASE("A version 3 workspace starts each translation's history with what it holds", "[store][history][migration]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("old.trellis"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v3-texts.trellis")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = store::Workspace::open(path, {.dailyBackup = false});
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    auto count = [&](const QString &sql) {
        auto s = ws->database().prepare(sql);
        REQUIRE(s.ok());
        REQUIRE(*s->step());
        return s->int64(0);
    };
    const qint64 translations = count(QStringLiteral("SELECT count(*) FROM bitext_version WHERE status <> 'original'"));
    REQUIRE(translations > 20);
    CHECK(count(QStringLiteral("SELECT count(*) FROM bitext_history")) == translations);
    CHECK(count(QStringLiteral("SELECT count(*) FROM bitext_history h JOIN bitext_version v ON v.text_id = h.text_id "
                               "AND v.lang = h.lang AND v.body = h.body AND v.status = h.status")) == translations);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());
}
