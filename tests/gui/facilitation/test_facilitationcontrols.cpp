// The run's own settings (vote rules, anonymity) set from the facilitation window, saved and shown to
// the room; undo of notes, reviews and phase changes; the retro report exported mid-run.
#include "retrofixture.h"

#include "domain/retro.h"
#include "gui/facilitation/facilitationwindow.h"
#include "gui/facilitation/retrosession.h"
#include "gui/reports/reportdialog.h"
#include "store/facilitationstore.h"
#include "store/retrostore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace trellis;
using domain::RetroPhase;
using test::kTehran;
using test::kTierra;
using test::newRetro;

namespace {

domain::RunSettings saved(store::Workspace &ws, qint64 retroId)
{
    auto run = store::FacilitationStore(ws).load(retroId);
    REQUIRE(run.ok());
    return run->settings;
}

QString roomText(gui::FacilitationWindow &window)
{
    auto *room = window.findChild<QLabel *>(QStringLiteral("roomView"));
    REQUIRE(room);
    return room->text();
}

domain::RetroAnswer spoken(std::optional<qint64> author, const QString &text)
{
    domain::RetroAnswer a;
    a.authorPartnerId = author;
    a.text = domain::BilingualText(QStringLiteral("es"), text);
    return a;
}

void setSpin(QSpinBox *box, int value)
{
    box->setFocus();
    box->setValue(value);
    Q_EMIT box->editingFinished();
}

} // namespace

TEST_CASE("The anonymity switch is set in Write, saved, shown to the room and undone", "[gui][facilitation]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const qint64 retroId = newRetro(ws);
    gui::FacilitationWindow window(ws, retroId, RetroPhase::Write);
    test::showActive(window);
    auto *anonymous = window.findChild<QCheckBox *>(QStringLiteral("anonymousAnswers"));
    auto *author = window.findChild<QComboBox *>(QStringLiteral("author"));
    REQUIRE((anonymous && author));
    CHECK(anonymous->isChecked());
    CHECK(author->findData(-1) >= 0);
    CHECK(roomText(window).contains(QStringLiteral("Anonymous answers are welcome")));

    // Alt+W switches it off: saved, the author list loses "Anonymous", the room is told.
    QTest::keyClick(&window, Qt::Key_W, Qt::AltModifier); // the mnemonic clicks the box
    CHECK(anonymous->hasFocus());
    for (int i = 0; i < 50 && anonymous->isChecked(); ++i)
        QTest::qWait(20);
    CHECK_FALSE(anonymous->isChecked());
    CHECK_FALSE(saved(ws, retroId).anonymousAnswers);
    CHECK(author->findData(-1) < 0);
    CHECK(roomText(window).contains(QStringLiteral("Answers are named in this retro.")));
    CHECK(roomText(window).contains(QStringLiteral("named answers only")));

    // Undone, anonymous answers are welcome again.
    window.session().undoStack()->undo();
    CHECK(saved(ws, retroId).anonymousAnswers);
    CHECK(anonymous->isChecked());
    CHECK(author->findData(-1) >= 0);

    // Once an anonymous answer is in, the switch cannot go off: refused in words, the box unchanged.
    REQUIRE(window.session().addAnswer(spoken(std::nullopt, QStringLiteral("Nadie preguntó"))).ok());
    anonymous->setChecked(false);
    CHECK(anonymous->isChecked());
    CHECK(saved(ws, retroId).anonymousAnswers);
    CHECK(window.findChild<QLabel *>(QStringLiteral("message"))->text().contains(QStringLiteral("already holds anonymous answers")));
}

TEST_CASE("Vote rules are set in Vote, saved, shown to the room, refused when votes no longer fit", "[gui][facilitation]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const qint64 retroId = newRetro(ws);
    gui::FacilitationWindow window(ws, retroId, RetroPhase::Write);
    test::showActive(window);
    auto answer = window.session().addAnswer(spoken(kTierra, QStringLiteral("La caja común")));
    REQUIRE(answer.ok());
    window.goToPhase(RetroPhase::Vote);
    auto *each = window.findChild<QSpinBox *>(QStringLiteral("votesPerParticipant"));
    auto *most = window.findChild<QSpinBox *>(QStringLiteral("votesPerAnswer"));
    auto *message = window.findChild<QLabel *>(QStringLiteral("message"));
    REQUIRE((each && most && message));
    CHECK(each->value() == 3);
    CHECK(most->value() == 2);
    CHECK(roomText(window).contains(QStringLiteral("Each participant has 3 votes, at most 2 on one answer.")));

    setSpin(each, 5);
    CHECK(saved(ws, retroId).votes == domain::VoteRules{5, 2});
    CHECK(roomText(window).contains(QStringLiteral("Each participant has 5 votes, at most 2 on one answer.")));
    window.session().undoStack()->undo();
    CHECK(saved(ws, retroId).votes == domain::VoteRules{3, 2});
    CHECK(each->value() == 3);
    window.session().undoStack()->redo();
    CHECK(saved(ws, retroId).votes == domain::VoteRules{5, 2});

    // More on one answer than in all: refused, the field shows what is saved.
    setSpin(most, 6);
    CHECK(saved(ws, retroId).votes == domain::VoteRules{5, 2});
    CHECK(most->value() == 2);
    CHECK_FALSE(message->text().isEmpty());

    // Two votes given on one answer: "at most 1" would break them, and is refused.
    REQUIRE(window.session().castVote(*answer, kTehran).ok());
    REQUIRE(window.session().castVote(*answer, kTehran).ok());
    setSpin(most, 1);
    CHECK(saved(ws, retroId).votes == domain::VoteRules{5, 2});
    CHECK(most->value() == 2);
    CHECK(message->text().contains(QStringLiteral("take those votes back first")));

    // Closed, the vote's rules stand as they are.
    REQUIRE(window.session().setVoteClosed(true).ok());
    CHECK_FALSE(each->isEnabled());
}

TEST_CASE("Notes, check-in reviews and phase changes are undone and redone", "[gui][facilitation]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const qint64 retroId = newRetro(ws);
    gui::FacilitationWindow window(ws, retroId);
    test::showActive(window);
    gui::RetroSession &session = window.session();
    QUndoStack *undo = session.undoStack();
    REQUIRE(session.run().reviews.size() == 1);
    const qint64 action = session.run().reviews.first().actionId;

    // A review carried over makes a copy; undone, the action is open again and the copy gone.
    const domain::BilingualText note(QStringLiteral("es"), QStringLiteral("Falta una persona"));
    REQUIRE(session.reviewAction(action, domain::ActionOutcome::CarriedOver, note).ok());
    CHECK(session.run().retro.actions.size() == 1);
    undo->undo();
    CHECK_FALSE(session.run().reviews.first().outcome.has_value());
    CHECK(session.run().retro.actions.isEmpty());
    undo->redo();
    CHECK(session.run().reviews.first().outcome == domain::ActionOutcome::CarriedOver);
    CHECK(session.run().reviews.first().note == note);
    CHECK(session.run().retro.actions.size() == 1);
    // Reviewed again as done, undo brings back "carried over" with its note.
    REQUIRE(session.reviewAction(action, domain::ActionOutcome::Done, {}).ok());
    CHECK(session.run().retro.actions.isEmpty());
    undo->undo();
    CHECK(session.run().reviews.first().outcome == domain::ActionOutcome::CarriedOver);
    CHECK(session.run().reviews.first().note == note);
    CHECK(session.run().retro.actions.size() == 1);

    // A phase change is an undo step: the window and the file go back with it.
    window.nextPhase();
    CHECK(window.phase() == RetroPhase::Write);
    CHECK(saved(ws, retroId).phase == RetroPhase::Write);
    undo->undo();
    CHECK(window.phase() == RetroPhase::CheckIn);
    CHECK(saved(ws, retroId).phase == RetroPhase::CheckIn);
    undo->redo();
    CHECK(window.phase() == RetroPhase::Write);

    // Discussion notes: each one an undo step, back to the note before, then to none.
    auto answer = session.addAnswer(spoken(kTierra, QStringLiteral("La caja común")));
    REQUIRE(answer.ok());
    const domain::BilingualText first(QStringLiteral("fa"), QStringLiteral("دوباره بحث شود"));
    const domain::BilingualText second(QStringLiteral("fa"), QStringLiteral("در سه ماه بعد"));
    REQUIRE(session.setAnswerNote(*answer, first).ok());
    REQUIRE(session.setAnswerNote(*answer, second).ok());
    CHECK(session.run().answerNotes.value(*answer) == second);
    undo->undo();
    CHECK(session.run().answerNotes.value(*answer) == first);
    undo->undo();
    CHECK_FALSE(session.run().answerNotes.contains(*answer));
}

TEST_CASE("The retro report is exported from inside the run, from the file", "[gui][facilitation][reports]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const qint64 retroId = newRetro(ws);
    gui::FacilitationWindow window(ws, retroId, RetroPhase::Write);
    test::showActive(window);
    REQUIRE(window.session().addAnswer(spoken(kTierra, QStringLiteral("La caja común se vació"))).ok());
    window.goToPhase(RetroPhase::Vote);

    gui::ReportDialog *dialog = window.exportRetroReport();
    REQUIRE(dialog);
    CHECK(dialog->periodEdit()->text() == QStringLiteral("2026-Q4"));
    CHECK(dialog->preview()->toPlainText().contains(QStringLiteral("La caja común se vació")));
    const QString out = dir.path(QStringLiteral("retro.html"));
    dialog->destinationEdit()->setText(out);
    QSignalSpy ended(dialog, &gui::ReportDialog::exportEnded);
    REQUIRE(dialog->startExport());
    REQUIRE(ended.wait(20000));
    CHECK(ended.first().at(0).toString().isEmpty());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("La caja común se vació")));
    dialog->close();
}

TEST_CASE("A moment of silence at check-in runs on its own timer and the room sees only it", "[gui][facilitation][timer]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const qint64 retroId = newRetro(ws);
    auto now = std::make_shared<qint64>(1'000'000);
    gui::FacilitationWindow window(ws, retroId, RetroPhase::CheckIn, [now] { return *now; });
    test::showActive(window);
    const qint64 checkInLeft = window.timer().remainingMs();
    CHECK_FALSE(window.timer().isRunning());
    const QString update = QStringLiteral("La asamblea votó la huelga");
    REQUIRE(window.session().setLocalUpdate(kTierra, domain::BilingualText(QStringLiteral("es"), update)).ok());
    CHECK(roomText(window).contains(update));

    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(window.inSilence());
    CHECK(window.silenceTimer().isRunning());
    CHECK(window.silenceTimer().remainingMs() == gui::FacilitationWindow::kSilenceMs);
    CHECK(roomText(window).contains(QStringLiteral("A moment of silence")));
    CHECK_FALSE(roomText(window).contains(update));

    // F5 pauses the silence, not the check-in; the check-in's timer has not moved.
    *now += 20'000;
    QTest::keyClick(&window, Qt::Key_F5);
    CHECK_FALSE(window.silenceTimer().isRunning());
    CHECK(window.silenceTimer().remainingMs() == 40'000);
    CHECK_FALSE(window.timer().isRunning());
    QTest::keyClick(&window, Qt::Key_F5);
    *now += 45'000;
    CHECK(window.silenceTimer().isAtZero());
    QTest::keyClick(&window, Qt::Key_F6); // one more minute of silence
    CHECK(window.silenceTimer().remainingMs() == 60'000);
    CHECK(window.timer().remainingMs() == checkInLeft);

    // Ended, the room sees the check-in again and its timer as it was.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(window.inSilence());
    CHECK_FALSE(roomText(window).contains(QStringLiteral("A moment of silence")));
    CHECK(roomText(window).contains(update));
    CHECK(window.timer().remainingMs() == checkInLeft);

    // Only at check-in; a phase change ends one in progress.
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    REQUIRE(window.inSilence());
    window.nextPhase();
    CHECK_FALSE(window.inSilence());
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    CHECK_FALSE(window.inSilence());
}

TEST_CASE("Answers dragged onto an answer make a theme, or join the theme it is in", "[gui][facilitation]")
{
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    const qint64 retroId = newRetro(ws);
    gui::FacilitationWindow window(ws, retroId, RetroPhase::Write);
    test::showActive(window);
    gui::RetroSession &session = window.session();
    QList<qint64> ids;
    for (const QString &text : {QStringLiteral("Traducimos solas"), QStringLiteral("Nadie más traduce"),
                                QStringLiteral("Las actas en un solo idioma")}) {
        auto id = session.addAnswer(spoken(kTierra, text));
        REQUIRE(id.ok());
        ids.append(*id);
    }
    window.goToPhase(RetroPhase::Group);
    auto *list = window.findChild<QListWidget *>(QStringLiteral("groupAnswers"));
    auto *tags = window.findChild<QLineEdit *>(QStringLiteral("themeTags"));
    REQUIRE((list && tags));
    REQUIRE(list->count() == 3);
    tags->setText(QStringLiteral("translation"));

    auto drop = [&](int targetRow, const QList<qint64> &dragged) {
        QStringList text;
        for (qint64 id : dragged)
            text.append(QString::number(id));
        QTest::qWait(50); // the list lays its rows out after a refresh
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-trellis-retro-answers"), text.join(u',').toLatin1());
        const QPointF at = list->visualItemRect(list->item(targetRow)).center();
        // As a drag arrives: it enters, moves over the answer, and drops.
        QDragEnterEvent enter(at.toPoint(), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QDragMoveEvent move(at.toPoint(), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &move);
        CHECK(move.isAccepted());
        QDropEvent event(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &event);
        CHECK(event.isAccepted());
    };

    // The second answer dropped on the first: a theme of both, tagged as typed.
    drop(0, {ids.at(1)});
    REQUIRE(session.run().themes.size() == 1);
    const qint64 theme = session.run().themes.first().id;
    CHECK(session.run().themes.first().tags == QStringList{QStringLiteral("translation")});
    CHECK(session.run().answersOf(theme) == QList<qint64>{ids.at(0), ids.at(1)});
    CHECK(list->count() == 3); // the drag moved no row

    // The third dropped on a grouped answer joins its theme; one undo takes it out again.
    drop(1, {ids.at(2)});
    CHECK(session.run().themes.size() == 1);
    CHECK(session.run().answersOf(theme) == ids);
    session.undoStack()->undo();
    CHECK(session.run().answersOf(theme) == QList<qint64>{ids.at(0), ids.at(1)});

    // Something else dropped (plain text) is refused.
    QTest::qWait(50);
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDropEvent other(list->visualItemRect(list->item(0)).center(), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &other);
    CHECK_FALSE(other.isAccepted());
    CHECK(session.run().themes.size() == 1);
}

TEST_CASE("The keys overlay (F1) scrolls in a small window instead of cutting keys off", "[gui][facilitation]")
{
    // Found under Xvfb with no window manager: the window stayed 969x573 and the overlay, a
    // label, showed the keys only down to Ctrl+G.
    test::ScratchDir dir;
    store::Workspace ws = test::openDemo(dir);
    gui::FacilitationWindow window(ws, newRetro(ws), RetroPhase::Write);
    test::showActive(window);
    window.showNormal();
    window.resize(960, 570);
    QApplication::processEvents();
    QTest::keyClick(&window, Qt::Key_F1);
    auto *help = window.findChild<QTextBrowser *>(QStringLiteral("help"));
    REQUIRE(help);
    REQUIRE(help->isVisible());
    CHECK(window.rect().contains(help->geometry()));
    CHECK(help->toPlainText().contains(QStringLiteral("leave facilitation")));
    // Every key is either in view or reachable by scrolling to the end.
    help->verticalScrollBar()->setValue(help->verticalScrollBar()->maximum());
    const QRect last = help->cursorRect(help->document()->find(QStringLiteral("leave facilitation")));
    CHECK(help->viewport()->rect().intersects(last));
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK_FALSE(help->isVisible());
}
