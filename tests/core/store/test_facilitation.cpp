// A retro run live: each answer, vote, theme, note, review and action saved as it is made; real anonymity.
#include "storefixture.h"

#include "store/facilitationstore.h"
#include "store/retrostore.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/statement.h"
#include "store/translationqueue.h"
#include "store/workspacecheck.h"
#include "store/workspacequery.h"

#include <QFile>
#include <QMap>

using namespace trellis;
using namespace trellis::domain;

namespace {

qint64 scalar(store::Workspace &ws, const QString &sql, std::optional<qint64> bound = std::nullopt)
{
    auto s = ws.database().prepare(sql);
    REQUIRE(s.ok());
    if (bound)
        s->bind(1, *bound);
    auto row = s->step();
    REQUIRE(row.ok());
    return *row ? s->int64(0) : -1;
}

/// Two partners and a fa–es retro of theirs.
struct RunFixture {
    test::WorkspaceFixture f;
    qint64 tehran = f.addPartner(QStringLiteral("کارگران تهران"), QStringLiteral("fa"));
    qint64 madrid = f.addPartner(QStringLiteral("Cooperativa Madrid"), QStringLiteral("es"));
    qint64 outsider = f.addPartner(QStringLiteral("Outside Collective"), QStringLiteral("en"));
    store::FacilitationStore run{f.ws};
    qint64 retroId = addRetro(QDate(2026, 10, 2));

    qint64 addRetro(const QDate &heldOn)
    {
        Retro r;
        r.heldOn = heldOn;
        r.facilitator = QStringLiteral("Mina");
        r.languageA = QStringLiteral("fa");
        r.languageB = QStringLiteral("es");
        r.participantIds = {tehran, madrid};
        auto id = store::RetroStore(f.ws).add(r);
        REQUIRE(id.ok());
        return *id;
    }
    qint64 answer(std::optional<qint64> author, const QString &lang, const QString &text,
                  RetroQuestion q = RetroQuestion::Extractive)
    {
        RetroAnswer a;
        a.question = q;
        a.authorPartnerId = author;
        a.text = BilingualText(lang, text);
        auto id = run.addAnswer(retroId, a);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("Answers are saved one by one, an anonymous one with no author of any kind", "[store][facilitation]")
{
    RunFixture x;
    x.f.ws.setAuthor(QStringLiteral("Mina at the laptop"));
    const qint64 named = x.answer(x.tehran, QStringLiteral("fa"), QStringLiteral("ترجمه‌ها همیشه با ما بود"));
    const qint64 anonymous = x.answer(std::nullopt, QStringLiteral("es"), QStringLiteral("Nadie preguntó por el cansancio"));
    auto loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->retro.answers.size() == 2);
    CHECK(loaded->retro.answers.at(0).authorPartnerId == x.tehran);
    CHECK(loaded->retro.answers.at(0).stamp.author == QStringLiteral("Mina at the laptop"));
    CHECK_FALSE(loaded->retro.answers.at(1).authorPartnerId.has_value());
    CHECK(loaded->retro.answers.at(1).stamp.author.isEmpty());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT author_partner_id IS NULL AND author = '' FROM retro_answer WHERE id = ?"),
                 anonymous) == 1);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT author_partner_id FROM retro_answer WHERE id = ?"), named) == x.tehran);

    // Saving the whole retro from the editor keeps the anonymous answer authorless too.
    auto retro = store::RetroStore(x.f.ws).get(x.retroId);
    REQUIRE(retro.ok());
    REQUIRE(store::RetroStore(x.f.ws).update(*retro).ok());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM retro_answer WHERE id = ? AND author = ''"), anonymous) == 1);
}

TEST_CASE("Answers with a bad author, no text or an anonymous answer where none is allowed are refused", "[store][facilitation]")
{
    RunFixture x;
    RetroAnswer a;
    a.authorPartnerId = x.outsider;
    a.text = BilingualText(QStringLiteral("en"), QStringLiteral("We were not there"));
    auto notParticipant = x.run.addAnswer(x.retroId, a);
    REQUIRE_FALSE(notParticipant.ok());
    CHECK(notParticipant.error().message.contains(QStringLiteral("participants")));
    a.authorPartnerId = x.madrid;
    a.text = BilingualText(QStringLiteral("es"), QStringLiteral("   "));
    CHECK_FALSE(x.run.addAnswer(x.retroId, a).ok());

    REQUIRE(x.run.setAnonymousAnswers(x.retroId, false).ok());
    a.authorPartnerId.reset();
    a.text = BilingualText(QStringLiteral("es"), QStringLiteral("Sin nombre"));
    auto refused = x.run.addAnswer(x.retroId, a);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no anonymous answers")));
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM retro_answer")) == 0);

    // Once it holds an anonymous answer, a retro cannot be switched to named answers only.
    REQUIRE(x.run.setAnonymousAnswers(x.retroId, true).ok());
    x.answer(std::nullopt, QStringLiteral("es"), QStringLiteral("Sin nombre"));
    CHECK_FALSE(x.run.setAnonymousAnswers(x.retroId, false).ok());
    auto loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    CHECK(loaded->settings.anonymousAnswers);
}

TEST_CASE("Votes keep within the retro's limits and tallies follow them", "[store][facilitation]")
{
    RunFixture x;
    const qint64 a1 = x.answer(x.tehran, QStringLiteral("fa"), QStringLiteral("یک"));
    const qint64 a2 = x.answer(x.madrid, QStringLiteral("es"), QStringLiteral("Dos"));
    const qint64 a3 = x.answer(std::nullopt, QStringLiteral("es"), QStringLiteral("Tres"));
    REQUIRE(x.run.castVote(a1, x.tehran).ok());
    REQUIRE(x.run.castVote(a1, x.tehran).ok());
    auto third = x.run.castVote(a1, x.tehran); // default: at most 2 on one answer
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().message.contains(QStringLiteral("at most 2")));
    REQUIRE(x.run.castVote(a3, x.tehran).ok());
    auto fourth = x.run.castVote(a2, x.tehran); // default: 3 votes each
    REQUIRE_FALSE(fourth.ok());
    CHECK(fourth.error().message.contains(QStringLiteral("all 3")));
    CHECK_FALSE(x.run.castVote(a2, x.outsider).ok());
    REQUIRE(x.run.castVote(a1, x.madrid).ok());

    auto loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    CHECK(loaded->votesGiven(x.tehran) == 3);
    CHECK(loaded->votesOn(a1) == 3);
    CHECK(loaded->votesOn(a1, x.madrid) == 1);
    CHECK(loaded->retro.answers.at(0).votes == 3); // the stored tally the editor and reports read
    CHECK(loaded->retro.answers.at(2).votes == 1);

    REQUIRE(x.run.withdrawVote(a1, x.tehran).ok());
    REQUIRE(x.run.castVote(a2, x.tehran).ok());
    CHECK_FALSE(x.run.withdrawVote(a2, x.madrid).ok()); // nothing to take back

    // Rules may not fall below what is already given; closing freezes votes.
    CHECK_FALSE(x.run.setVoteRules(x.retroId, {2, 1}).ok());
    REQUIRE(x.run.setVoteRules(x.retroId, {5, 3}).ok());
    REQUIRE(x.run.setVoteClosed(x.retroId, true).ok());
    auto closed = x.run.castVote(a2, x.madrid);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().message.contains(QStringLiteral("closed")));
    CHECK_FALSE(x.run.withdrawVote(a2, x.tehran).ok());
    loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    CHECK(loaded->settings.voteClosed);
    CHECK(loaded->settings.votes == VoteRules{5, 3});
    CHECK(loaded->votesOn(a1) == 2);
    CHECK(loaded->votesOn(a2) == 1);

    // Removing an answer takes its votes with it.
    REQUIRE(x.run.setVoteClosed(x.retroId, false).ok());
    REQUIRE(x.run.removeAnswer(a1).ok());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM retro_vote WHERE answer_id = ?"), a1) == 0);
}

TEST_CASE("Themes group answers, carry tags and a discussion note, and go without leaving texts", "[store][facilitation]")
{
    RunFixture x;
    const qint64 a1 = x.answer(x.tehran, QStringLiteral("fa"), QStringLiteral("ترجمه"));
    const qint64 a2 = x.answer(x.madrid, QStringLiteral("es"), QStringLiteral("Traducción"));
    const qint64 texts = scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM bitext"));
    auto theme = x.run.addTheme(x.retroId, BilingualText(QStringLiteral("es"), QStringLiteral("Trabajo de traducción")),
                                {QStringLiteral(" translation "), QStringLiteral("labour"), QStringLiteral("labour")});
    REQUIRE(theme.ok());
    REQUIRE(x.run.setAnswerTheme(a1, *theme).ok());
    REQUIRE(x.run.setAnswerTheme(a2, *theme).ok());
    CHECK_FALSE(x.run.setThemeTags(*theme, {QStringLiteral("a,b")}).ok());
    REQUIRE(x.run.setThemeNote(*theme, BilingualText(QStringLiteral("es"), QStringLiteral("Rotar cada mes"))).ok());
    REQUIRE(x.run.setAnswerNote(a1, BilingualText(QStringLiteral("fa"), QStringLiteral("یادداشت"))).ok());
    auto loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->themes.size() == 1);
    CHECK(loaded->themes.first().tags == QStringList{QStringLiteral("translation"), QStringLiteral("labour")});
    CHECK(loaded->themes.first().title.original() == QStringLiteral("Trabajo de traducción"));
    CHECK(loaded->answersOf(*theme) == QList<qint64>{a1, a2});
    CHECK(loaded->themeNotes.value(*theme).original() == QStringLiteral("Rotar cada mes"));
    CHECK(loaded->answerNotes.value(a1).original() == QStringLiteral("یادداشت"));

    // A theme of another retro is refused.
    const qint64 other = x.addRetro(QDate(2026, 7, 1));
    auto foreign = x.run.addTheme(other, {}, {});
    REQUIRE(foreign.ok());
    CHECK_FALSE(x.run.setAnswerTheme(a1, *foreign).ok());

    REQUIRE(x.run.setAnswerNote(a1, {}).ok());
    REQUIRE(x.run.removeTheme(*theme).ok());
    loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    CHECK(loaded->themes.isEmpty());
    CHECK(loaded->themeOfAnswer.isEmpty());
    CHECK(loaded->retro.answers.size() == 2);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM bitext")) == texts); // title and notes gone
}

TEST_CASE("Check-in reviews the previous retro's open actions and carries them over", "[store][facilitation]")
{
    RunFixture x;
    // The retro of the quarter before, with one open and one done action.
    Retro previous;
    previous.heldOn = QDate(2026, 7, 3);
    previous.languageA = QStringLiteral("fa");
    previous.languageB = QStringLiteral("es");
    previous.participantIds = {x.tehran, x.madrid};
    RetroAction open;
    open.partnerId = x.madrid;
    open.text = BilingualText(QStringLiteral("es"), QStringLiteral("Turnar la traducción"));
    RetroAction finished = open;
    finished.text = BilingualText(QStringLiteral("es"), QStringLiteral("Ya hecho"));
    finished.done = true;
    previous.actions = {open, finished};
    auto previousId = store::RetroStore(x.f.ws).add(previous);
    REQUIRE(previousId.ok());
    const qint64 openId =
        scalar(x.f.ws, QStringLiteral("SELECT id FROM retro_action WHERE done = 0 AND retro_id = ?"), *previousId);

    auto loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->reviews.size() == 1);
    CHECK(loaded->reviews.first().actionId == openId);
    CHECK(loaded->reviews.first().fromQuarter == QStringLiteral("2026-Q3"));
    CHECK_FALSE(loaded->reviews.first().outcome.has_value());

    const BilingualText note(QStringLiteral("es"), QStringLiteral("Falta una persona"));
    REQUIRE(x.run.reviewAction(x.retroId, openId, ActionOutcome::CarriedOver, note).ok());
    loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    CHECK(loaded->reviews.first().outcome == ActionOutcome::CarriedOver);
    CHECK(loaded->reviews.first().note == note);
    REQUIRE(loaded->retro.actions.size() == 1);
    const RetroAction &copy = loaded->retro.actions.first();
    CHECK(copy.text.original() == QStringLiteral("Turnar la traducción"));
    CHECK(copy.partnerId == x.madrid);
    CHECK(loaded->carriedFrom.value(copy.stamp.id) == openId);

    // Reviewed again as done, the copy goes; the review stays listed with its outcome.
    REQUIRE(x.run.reviewAction(x.retroId, openId, ActionOutcome::Done, {}).ok());
    loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    CHECK(loaded->retro.actions.isEmpty());
    REQUIRE(loaded->reviews.size() == 1);
    CHECK(loaded->reviews.first().outcome == ActionOutcome::Done);
    CHECK(loaded->reviews.first().note.isEmpty());

    // Only the previous retro's actions are reviewed here.
    CHECK_FALSE(x.run.reviewAction(*previousId, openId, ActionOutcome::Done, {}).ok());

    // Local updates: one per participant, in its language; others refused.
    REQUIRE(x.run.setLocalUpdate(x.retroId, x.tehran, BilingualText(QStringLiteral("fa"), QStringLiteral("اعتصاب ادامه دارد"))).ok());
    REQUIRE(x.run.setLocalUpdate(x.retroId, x.tehran, BilingualText(QStringLiteral("fa"), QStringLiteral("اعتصاب تمام شد"))).ok());
    CHECK_FALSE(x.run.setLocalUpdate(x.retroId, x.outsider, BilingualText(QStringLiteral("en"), QStringLiteral("Hi"))).ok());
    loaded = x.run.load(x.retroId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->localUpdates.size() == 1);
    CHECK(loaded->localUpdates.first().text.original() == QStringLiteral("اعتصاب تمام شد"));
    CHECK(loaded->localUpdates.first().text.originalLanguage() == QStringLiteral("fa"));
}

TEST_CASE("A run retro resumes at its phase and is frozen once published", "[store][facilitation]")
{
    RunFixture x;
    const qint64 a1 = x.answer(x.tehran, QStringLiteral("fa"), QStringLiteral("یک"));
    REQUIRE(x.run.setPhase(x.retroId, RetroPhase::Vote).ok());
    CHECK(x.run.load(x.retroId)->settings.phase == RetroPhase::Vote);
    RetroAction action;
    action.partnerId = x.madrid;
    action.text = BilingualText(QStringLiteral("es"), QStringLiteral("Escribir el acta"));
    action.dueOn = QDate(2026, 12, 1);
    auto actionId = x.run.addAction(x.retroId, action);
    REQUIRE(actionId.ok());
    action.partnerId = x.outsider;
    CHECK_FALSE(x.run.addAction(x.retroId, action).ok());
    CHECK(x.run.load(x.retroId)->retro.actions.first().dueOn == QDate(2026, 12, 1));

    REQUIRE(store::RetroStore(x.f.ws).publish(x.retroId).ok());
    auto refused = x.run.castVote(a1, x.madrid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Immutable);
    CHECK(x.run.setPhase(x.retroId, RetroPhase::Close).error().code == ErrorCode::Immutable);
    RetroAnswer late;
    late.authorPartnerId = x.madrid;
    late.text = BilingualText(QStringLiteral("es"), QStringLiteral("Demasiado tarde"));
    CHECK(x.run.addAnswer(x.retroId, late).error().code == ErrorCode::Immutable);
    CHECK_FALSE(x.run.removeAction(*actionId).ok());
    CHECK_FALSE(x.run.setPhase(4242, RetroPhase::Close).ok());
}

TEST_CASE("Deleting a run retro leaves none of its texts behind", "[store][facilitation]")
{
    RunFixture x;
    const qint64 before = scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM bitext"));
    const qint64 a1 = x.answer(std::nullopt, QStringLiteral("es"), QStringLiteral("Uno"));
    auto theme = x.run.addTheme(x.retroId, BilingualText(QStringLiteral("es"), QStringLiteral("Tema")), {});
    REQUIRE(theme.ok());
    REQUIRE(x.run.setAnswerTheme(a1, *theme).ok());
    REQUIRE(x.run.setThemeNote(*theme, BilingualText(QStringLiteral("es"), QStringLiteral("Nota"))).ok());
    REQUIRE(x.run.setAnswerNote(a1, BilingualText(QStringLiteral("es"), QStringLiteral("Otra"))).ok());
    REQUIRE(x.run.setLocalUpdate(x.retroId, x.madrid, BilingualText(QStringLiteral("es"), QStringLiteral("Hola"))).ok());
    REQUIRE(x.run.castVote(a1, x.madrid).ok());
    REQUIRE(store::RetroStore(x.f.ws).remove(x.retroId).ok());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM bitext")) == before);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM retro_vote")) == 0);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT count(*) FROM retro_theme")) == 0);
    auto report = store::checkWorkspace(x.f.ws);
    REQUIRE(report.ok());
    CHECK(report->healthy());
}

TEST_CASE("A version 3 workspace gains facilitation and its retros start at check-in", "[store][migration][facilitation]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("v3.trellis"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v3.trellis")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM retro")) == 3);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM retro_answer")) == 10);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM retro_action")) == 2);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());

    store::FacilitationStore run(*ws);
    const qint64 latest = scalar(*ws, QStringLiteral("SELECT id FROM retro ORDER BY held_on DESC LIMIT 1"));
    auto loaded = run.load(latest);
    REQUIRE(loaded.ok());
    CHECK(loaded->settings.phase == RetroPhase::CheckIn);
    CHECK(loaded->settings.votes == VoteRules{});
    CHECK(loaded->settings.anonymousAnswers);
    CHECK(loaded->votes.isEmpty()); // the old tallies stay in retro_answer.votes
    CHECK(loaded->retro.answers.size() ==
          scalar(*ws, QStringLiteral("SELECT count(*) FROM retro_answer WHERE retro_id = ?"), latest));
    REQUIRE_FALSE(loaded->retro.participantIds.isEmpty());
    RetroAnswer a;
    a.authorPartnerId = loaded->retro.participantIds.first();
    a.text = BilingualText(QStringLiteral("es"), QStringLiteral("Después de la migración"));
    CHECK(run.addAnswer(latest, a).ok());
    REQUIRE(run.setPhase(latest, RetroPhase::Write).ok());
}

TEST_CASE("Votes of a version 6 file are kept as earlier votes: the first live vote adds to them", "[store][migration][facilitation]")
{
    test::ScratchDir dir;
    const QString path = dir.path(QStringLiteral("v6.trellis"));
    REQUIRE(QFile::copy(test::testData(QStringLiteral("workspace-v6.trellis")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto ws = store::Workspace::open(path);
    REQUIRE(ws.ok());
    CHECK(ws->schemaVersion() == store::schema::currentVersion());
    // Retro 1's first answer was typed in with 6 votes counted on paper.
    const qint64 answer = scalar(*ws, QStringLiteral("SELECT id FROM retro_answer WHERE retro_id = 1 ORDER BY position LIMIT 1"));
    CHECK(scalar(*ws, QStringLiteral("SELECT votes FROM retro_answer WHERE id = ?"), answer) == 6);
    CHECK(scalar(*ws, QStringLiteral("SELECT earlier_votes FROM retro_answer WHERE id = ?"), answer) == 6);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM retro_answer WHERE earlier_votes <> votes")) == 0);
    auto report = store::checkWorkspace(*ws);
    REQUIRE(report.ok());
    INFO(report->problems.join(u'\n').toStdString());
    CHECK(report->healthy());

    store::FacilitationStore run(*ws);
    const qint64 voter = scalar(*ws, QStringLiteral("SELECT partner_id FROM retro_participant WHERE retro_id = 1 LIMIT 1"));
    REQUIRE(run.castVote(answer, voter).ok());
    CHECK(scalar(*ws, QStringLiteral("SELECT votes FROM retro_answer WHERE id = ?"), answer) == 7);
    auto loaded = run.load(1);
    REQUIRE(loaded.ok());
    CHECK(loaded->earlierVotes.value(answer) == 6);
    CHECK(loaded->votesOn(answer) == 7);
    CHECK(loaded->votesOn(answer, voter) == 1);
    // The earlier votes are no one's: the voter still has the rest of its own votes.
    CHECK(loaded->votesGiven(voter) == 1);
    REQUIRE(run.castVote(answer, voter).ok());
    CHECK_FALSE(run.castVote(answer, voter).ok()); // at most 2 on one answer, whatever the earlier count
    REQUIRE(run.withdrawVote(answer, voter).ok());
    REQUIRE(run.withdrawVote(answer, voter).ok());
    CHECK(scalar(*ws, QStringLiteral("SELECT votes FROM retro_answer WHERE id = ?"), answer) == 6);
}

TEST_CASE("Votes typed into a retro stay the earlier count beside the participants' own", "[store][facilitation]")
{
    RunFixture x;
    auto retro = store::RetroStore(x.f.ws).get(x.retroId);
    REQUIRE(retro.ok());
    RetroAnswer typed;
    typed.question = RetroQuestion::Transformative;
    typed.authorPartnerId = x.madrid;
    typed.text = BilingualText(QStringLiteral("es"), QStringLiteral("La caja de resistencia"));
    typed.votes = 5;
    retro->answers = {typed};
    REQUIRE(store::RetroStore(x.f.ws).update(*retro).ok());
    const qint64 answer = scalar(x.f.ws, QStringLiteral("SELECT id FROM retro_answer WHERE retro_id = ?"), x.retroId);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT earlier_votes FROM retro_answer WHERE id = ?"), answer) == 5);

    REQUIRE(x.run.castVote(answer, x.tehran).ok());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT votes FROM retro_answer WHERE id = ?"), answer) == 6);

    // Saved again from the editor with its tally unchanged: nothing moves.
    retro = store::RetroStore(x.f.ws).get(x.retroId);
    REQUIRE(retro.ok());
    REQUIRE(retro->answers.size() == 1);
    CHECK(retro->answers.first().votes == 6);
    REQUIRE(store::RetroStore(x.f.ws).update(*retro).ok());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT earlier_votes FROM retro_answer WHERE id = ?"), answer) == 5);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT votes FROM retro_answer WHERE id = ?"), answer) == 6);

    // Typed down to zero, the earlier count goes but the participant's vote stays counted.
    retro->answers[0].votes = 0;
    REQUIRE(store::RetroStore(x.f.ws).update(*retro).ok());
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT earlier_votes FROM retro_answer WHERE id = ?"), answer) == 0);
    CHECK(scalar(x.f.ws, QStringLiteral("SELECT votes FROM retro_answer WHERE id = ?"), answer) == 1);
}

TEST_CASE("What a live retro writes waits in the translation queue and is found by search, opening the retro", "[store][facilitation][queue]")
{
    RunFixture x;
    const qint64 answerId = x.answer(x.tehran, QStringLiteral("fa"), QStringLiteral("ترجمه بار ما بود"));
    auto theme = x.run.addTheme(x.retroId, BilingualText(QStringLiteral("es"), QStringLiteral("Carga invisible")), {});
    REQUIRE(theme.ok());
    REQUIRE(x.run.setThemeNote(*theme, BilingualText(QStringLiteral("es"), QStringLiteral("Nadie contaba las horas"))).ok());
    REQUIRE(x.run.setAnswerNote(answerId, BilingualText(QStringLiteral("es"), QStringLiteral("Repartir el peso"))).ok());
    REQUIRE(x.run.setLocalUpdate(x.retroId, x.madrid, BilingualText(QStringLiteral("es"), QStringLiteral("Huelga del metal"))).ok());

    auto queue = store::translationQueue(x.f.ws.database(), {.targetLanguage = QStringLiteral("fa")});
    REQUIRE(queue.ok());
    QMap<QString, int> kinds;
    for (const store::QueueItem &item : std::as_const(*queue)) {
        if (item.ownerKind == QLatin1String("partner"))
            continue; // the partners' names wait too
        ++kinds[item.ownerKind];
        CHECK(item.ownerId > 0);
        CHECK(item.since.isValid());
        CHECK(item.record.kind == QStringLiteral("retro"));
        CHECK(item.record.id == x.retroId);
        CHECK_FALSE(item.settled);
    }
    CHECK(kinds == QMap<QString, int>{{QStringLiteral("retro_theme"), 1}, {QStringLiteral("retro_note"), 2},
                                      {QStringLiteral("retro_local_update"), 1}});
    // The Spanish side of the retro waits for nothing but the Persian answer.
    queue = store::translationQueue(x.f.ws.database(), {.targetLanguage = QStringLiteral("es"),
                                                        .kinds = {QStringLiteral("retro_answer"), QStringLiteral("retro_theme"),
                                                                  QStringLiteral("retro_note"), QStringLiteral("retro_local_update")}});
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().ownerKind == QStringLiteral("retro_answer"));
    CHECK(queue->first().record.kind == QStringLiteral("retro"));

    for (const QString &words : {QStringLiteral("invisible"), QStringLiteral("horas"), QStringLiteral("metal")}) {
        auto hits = store::search(x.f.ws, words);
        REQUIRE(hits.ok());
        REQUIRE(hits->size() == 1);
        INFO(hits->first().recordKind.toStdString());
        CHECK(hits->first().recordId > 0);
        auto opens = store::owningRecord(x.f.ws, hits->first().recordKind, hits->first().recordId);
        REQUIRE(opens.ok());
        CHECK(opens->kind == QStringLiteral("retro"));
        CHECK(opens->id == x.retroId);
    }

    // Once the retro is published, its texts are settled: they come first.
    REQUIRE(store::RetroStore(x.f.ws).publish(x.retroId).ok());
    queue = store::translationQueue(x.f.ws.database(), {.targetLanguage = QStringLiteral("fa")});
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 6);
    for (int i = 0; i < queue->size(); ++i) {
        // The retro's four first, then the two partners' names, unsettled.
        CHECK(queue->at(i).settled == (i < 4));
        CHECK((queue->at(i).ownerKind == QLatin1String("partner")) == (i >= 4));
    }
}
