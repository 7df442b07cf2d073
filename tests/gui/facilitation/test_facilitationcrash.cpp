// A real trellis --facilitate process killed with SIGKILL during Write and during Vote: every
// confirmed answer and vote is in the file, and the retro opens again at its phase.
#include "guifixture.h"

#include "store/facilitationstore.h"
#include "store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace trellis;

namespace {

/// Runs the app under a virtual display, plays steps with xdotool and kills it (crashrun.sh).
void runAndKill(const QString &workspace, qint64 retroId, const QString &phase, const QStringList &steps)
{
    const auto r = test::runProgram(QStringLiteral("xvfb-run"),
                                    QStringList{QStringLiteral("-a"), QStringLiteral(TRELLIS_FACILITATION_CRASH_SCRIPT),
                                                QStringLiteral(TRELLIS_GUI_PATH), workspace, QString::number(retroId), phase}
                                        + steps);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.contains(QStringLiteral("killed")));
}

domain::RetroRun reopen(const QString &path, qint64 retroId)
{
    store::OpenOptions options;
    options.dailyBackup = false;
    auto ws = store::Workspace::open(path, options);
    REQUIRE(ws.ok());
    auto run = store::FacilitationStore(*ws).load(retroId);
    REQUIRE(run.ok());
    return *run;
}

} // namespace

TEST_CASE("A facilitated retro killed during Write and during Vote keeps every confirmed answer and vote", "[gui][facilitation][crash]")
{
    test::ScratchDir dir;
    const QString path = test::demoCopy(dir);
    const qint64 retro = 3; // the demo's 2026-Q3 retro
    const int answersBefore = int(reopen(path, retro).retro.answers.size());

    runAndKill(path, retro, QStringLiteral("write"),
               {QStringLiteral("type:Uno dos"), QStringLiteral("key:Return"), QStringLiteral("type:Tres cuatro"),
                QStringLiteral("key:Return"), QStringLiteral("type:no confirmado")});
    domain::RetroRun run = reopen(path, retro);
    CHECK(run.settings.phase == domain::RetroPhase::Write);
    REQUIRE(run.retro.answers.size() == answersBefore + 2);
    CHECK(run.retro.answers.at(answersBefore).text.original() == QStringLiteral("Uno dos"));
    CHECK(run.retro.answers.at(answersBefore + 1).text.original() == QStringLiteral("Tres cuatro"));
    // The unconfirmed text is not an answer, but it survived in the run's recovery draft.
    bool drafted = false;
    QDirIterator files(QDir::homePath(), {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        drafted = drafted || (f.open(QIODevice::ReadOnly) && f.readAll().contains("no confirmado"));
    }
    CHECK(drafted);

    // Vote: two votes by the first voter (the list has the focus), then the kill.
    runAndKill(path, retro, QStringLiteral("vote"), {QStringLiteral("key:plus"), QStringLiteral("key:Down"), QStringLiteral("key:plus")});
    run = reopen(path, retro);
    CHECK(run.settings.phase == domain::RetroPhase::Vote);
    REQUIRE(run.votes.size() == 2);
    CHECK(run.votesGiven(run.retro.participantIds.first()) == 2);
    // One vote each from the voter, added to the demo's earlier (typed-in) counts, which stay.
    for (int i = 0; i < 2; ++i) {
        const qint64 id = run.retro.answers.at(i).stamp.id;
        CHECK(run.votesOn(id, run.retro.participantIds.first()) == 1);
        CHECK(run.earlierVotes.value(id) > 0);
        CHECK(run.votesOn(id) == run.earlierVotes.value(id) + 1);
    }

    // Opened again without --phase, it resumes at Vote (a grab shows where it opened).
    const QString shot = dir.path(QStringLiteral("resumed.png"));
    const auto grab = test::runProgram(QStringLiteral(TRELLIS_GUI_PATH),
        {QStringLiteral("--workspace"), path, QStringLiteral("--facilitate"), QString::number(retro), QStringLiteral("--grab"), shot});
    CHECK(grab.exitCode == 0);
    CHECK(reopen(path, retro).settings.phase == domain::RetroPhase::Vote);
}
