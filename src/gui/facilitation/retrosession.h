#pragma once
// One retro being run: its live state read from the file, every change saved as it is made,
// and an undo history of the run's own changes.

#include "domain/retrorun.h"
#include "util/result.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// The live run of one retro for the facilitation window; emits changed() after every change.
class RetroSession : public QObject {
    Q_OBJECT
public:
    RetroSession(store::Workspace &workspace, qint64 retroId, QObject *parent = nullptr);

    /// Reads the retro again from the file; an error when it is gone.
    Status reload();
    const domain::RetroRun &run() const { return m_run; }
    qint64 retroId() const { return m_retroId; }
    store::Workspace &workspace() { return m_ws; }
    QUndoStack *undoStack() const { return m_undo; }
    /// A partner's name as it writes it (for the facilitator's controls; never an answer's author
    /// when anonymous, which the session never knows).
    QString partnerName(qint64 partnerId) const;

    /// Saves the phase the run opens at (not an undo step).
    Status openAt(domain::RetroPhase phase);
    /// Saves the phase the run is in (undoable: undo goes back to the phase before).
    Status goToPhase(domain::RetroPhase phase);
    /// The run's vote rules and whether it takes anonymous answers (undoable, refused in words
    /// when votes given or answers written no longer fit).
    Status setVoteRules(const domain::VoteRules &rules);
    Status setAnonymousAnswers(bool allowed);
    /// Adds an answer (undoable: undo removes it, redo adds it again).
    Result<qint64> addAnswer(const domain::RetroAnswer &answer);
    Status setAnswerText(qint64 answerId, const domain::BilingualText &text);
    Status castVote(qint64 answerId, qint64 voterId);
    Status withdrawVote(qint64 answerId, qint64 voterId);
    Status setVoteClosed(bool closed);
    /// Groups answers into a new theme (undoable).
    Result<qint64> groupIntoTheme(const QList<qint64> &answerIds, const QStringList &tags);
    Status setAnswerTheme(qint64 answerId, std::optional<qint64> themeId);
    Status setThemeTags(qint64 themeId, const QStringList &tags);
    Status setThemeNote(qint64 themeId, const domain::BilingualText &note);
    Status setAnswerNote(qint64 answerId, const domain::BilingualText &note);
    Status setLocalUpdate(qint64 partnerId, const domain::BilingualText &text);
    Status reviewAction(qint64 actionId, domain::ActionOutcome outcome, const domain::BilingualText &note);
    Result<qint64> addAction(const domain::RetroAction &action);
    Status publish();

Q_SIGNALS:
    void changed();
    /// A message for the facilitator (what was saved, what was refused); never record text.
    void reported(const QString &message);

private:
    /// Runs change now and pushes an undo step for it when it succeeds; undo and redo report
    /// their own failures.
    Status push(const QString &label, std::function<Status()> redo, std::function<Status()> undo);
    Status finish(Status status);
    store::Workspace &m_ws;
    qint64 m_retroId;
    domain::RetroRun m_run;
    QHash<qint64, QString> m_partnerNames;
    QUndoStack *m_undo = nullptr;
};

} // namespace trellis::gui
