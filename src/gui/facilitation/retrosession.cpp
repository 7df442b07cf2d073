#include "gui/facilitation/retrosession.h"

#include "store/facilitationstore.h"
#include "store/partnerstore.h"
#include "store/retrostore.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace trellis::gui {

namespace {

/// One undoable change of the run; the first redo() is the change already made.
class RunCommand : public QUndoCommand {
public:
    RunCommand(const QString &label, std::function<Status()> redo, std::function<Status()> undo,
               std::function<void(Status)> done)
        : QUndoCommand(label), m_redo(std::move(redo)), m_undo(std::move(undo)), m_done(std::move(done))
    {
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        m_done(m_redo());
    }
    void undo() override { m_done(m_undo()); }

private:
    std::function<Status()> m_redo;
    std::function<Status()> m_undo;
    std::function<void(Status)> m_done;
    bool m_first = true;
};

} // namespace

RetroSession::RetroSession(store::Workspace &workspace, qint64 retroId, QObject *parent)
    : QObject(parent), m_ws(workspace), m_retroId(retroId), m_undo(new QUndoStack(this))
{
    if (auto partners = store::PartnerStore(m_ws).list()) {
        for (const store::PartnerSummary &p : std::as_const(*partners))
            m_partnerNames.insert(p.id, p.name);
    }
}

Status RetroSession::reload()
{
    auto run = store::FacilitationStore(m_ws).load(m_retroId);
    if (!run)
        return run.error();
    m_run = std::move(*run);
    return {};
}

QString RetroSession::partnerName(qint64 partnerId) const { return m_partnerNames.value(partnerId); }

Status RetroSession::finish(Status status)
{
    if (!status) {
        Q_EMIT reported(status.error().message);
        return status;
    }
    if (Status s = reload(); !s) {
        Q_EMIT reported(s.error().message);
        return s;
    }
    Q_EMIT changed();
    return status;
}

Status RetroSession::push(const QString &label, std::function<Status()> redo, std::function<Status()> undo)
{
    if (Status s = finish(redo()); !s)
        return s;
    m_undo->push(new RunCommand(label, std::move(redo), std::move(undo), [this](Status s) { static_cast<void>(finish(s)); }));
    return {};
}

Status RetroSession::openAt(domain::RetroPhase phase)
{
    return finish(store::FacilitationStore(m_ws).setPhase(m_retroId, phase));
}

Status RetroSession::goToPhase(domain::RetroPhase phase)
{
    const domain::RetroPhase before = m_run.settings.phase;
    if (phase == before)
        return {};
    return push(tr("Change phase"), [this, phase] { return store::FacilitationStore(m_ws).setPhase(m_retroId, phase); },
                [this, before] { return store::FacilitationStore(m_ws).setPhase(m_retroId, before); });
}

Status RetroSession::setVoteRules(const domain::VoteRules &rules)
{
    const domain::VoteRules before = m_run.settings.votes;
    if (rules == before)
        return {};
    TRELLIS_TRY(push(tr("Change the vote rules"),
                     [this, rules] { return store::FacilitationStore(m_ws).setVoteRules(m_retroId, rules); },
                     [this, before] { return store::FacilitationStore(m_ws).setVoteRules(m_retroId, before); }));
    Q_EMIT reported(tr("Each participant now has %1 votes, at most %2 on one answer.").arg(QLocale().toString(rules.perParticipant), QLocale().toString(rules.perAnswer)));
    return {};
}

Status RetroSession::setAnonymousAnswers(bool allowed)
{
    if (allowed == m_run.settings.anonymousAnswers)
        return {};
    TRELLIS_TRY(push(allowed ? tr("Welcome anonymous answers") : tr("Take named answers only"),
                     [this, allowed] { return store::FacilitationStore(m_ws).setAnonymousAnswers(m_retroId, allowed); },
                     [this, allowed] { return store::FacilitationStore(m_ws).setAnonymousAnswers(m_retroId, !allowed); }));
    Q_EMIT reported(allowed ? tr("Anonymous answers are welcome.") : tr("Answers are named from now on."));
    return {};
}

Result<qint64> RetroSession::addAnswer(const domain::RetroAnswer &answer)
{
    // The command keeps the answer as given: an anonymous one holds no author to keep.
    auto id = std::make_shared<qint64>(0);
    const qint64 retro = m_retroId;
    auto add = [this, id, retro, answer]() -> Status {
        domain::RetroAnswer a = answer;
        auto added = store::FacilitationStore(m_ws).addAnswer(retro, a);
        if (!added)
            return added.error();
        *id = *added;
        return {};
    };
    auto remove = [this, id]() { return store::FacilitationStore(m_ws).removeAnswer(*id); };
    TRELLIS_TRY(push(tr("Add answer"), add, remove));
    Q_EMIT reported(tr("Answer saved."));
    return *id;
}

Status RetroSession::setAnswerText(qint64 answerId, const domain::BilingualText &text)
{
    domain::BilingualText before;
    for (const domain::RetroAnswer &a : m_run.retro.answers) {
        if (a.stamp.id == answerId)
            before = a.text;
    }
    return push(tr("Translate answer"),
                [this, answerId, text] { return store::FacilitationStore(m_ws).setAnswerText(answerId, text); },
                [this, answerId, before] { return store::FacilitationStore(m_ws).setAnswerText(answerId, before); });
}

Status RetroSession::castVote(qint64 answerId, qint64 voterId)
{
    return push(tr("Vote"), [this, answerId, voterId] { return store::FacilitationStore(m_ws).castVote(answerId, voterId); },
                [this, answerId, voterId] { return store::FacilitationStore(m_ws).withdrawVote(answerId, voterId); });
}

Status RetroSession::withdrawVote(qint64 answerId, qint64 voterId)
{
    return push(tr("Take a vote back"),
                [this, answerId, voterId] { return store::FacilitationStore(m_ws).withdrawVote(answerId, voterId); },
                [this, answerId, voterId] { return store::FacilitationStore(m_ws).castVote(answerId, voterId); });
}

Status RetroSession::setVoteClosed(bool closed)
{
    return push(closed ? tr("Close the vote") : tr("Reopen the vote"),
                [this, closed] { return store::FacilitationStore(m_ws).setVoteClosed(m_retroId, closed); },
                [this, closed] { return store::FacilitationStore(m_ws).setVoteClosed(m_retroId, !closed); });
}

Result<qint64> RetroSession::groupIntoTheme(const QList<qint64> &answerIds, const QStringList &tags)
{
    auto theme = std::make_shared<qint64>(0);
    QHash<qint64, std::optional<qint64>> before;
    for (qint64 id : answerIds)
        before.insert(id, m_run.themeOfAnswer.contains(id) ? std::optional<qint64>(m_run.themeOfAnswer.value(id)) : std::nullopt);
    auto group = [this, theme, answerIds, tags]() -> Status {
        store::FacilitationStore store(m_ws);
        auto added = store.addTheme(m_retroId, {}, tags);
        if (!added)
            return added.error();
        *theme = *added;
        for (qint64 id : answerIds)
            TRELLIS_TRY(store.setAnswerTheme(id, *added));
        return {};
    };
    auto ungroup = [this, theme, before]() -> Status {
        store::FacilitationStore store(m_ws);
        TRELLIS_TRY(store.removeTheme(*theme));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            TRELLIS_TRY(store.setAnswerTheme(it.key(), *it));
        return {};
    };
    TRELLIS_TRY(push(tr("Group answers"), group, ungroup));
    return *theme;
}

Status RetroSession::setAnswerTheme(qint64 answerId, std::optional<qint64> themeId)
{
    const std::optional<qint64> before =
        m_run.themeOfAnswer.contains(answerId) ? std::optional<qint64>(m_run.themeOfAnswer.value(answerId)) : std::nullopt;
    return push(tr("Move answer"), [this, answerId, themeId] { return store::FacilitationStore(m_ws).setAnswerTheme(answerId, themeId); },
                [this, answerId, before] { return store::FacilitationStore(m_ws).setAnswerTheme(answerId, before); });
}

Status RetroSession::setThemeTags(qint64 themeId, const QStringList &tags)
{
    QStringList before;
    for (const domain::RetroTheme &t : m_run.themes) {
        if (t.id == themeId)
            before = t.tags;
    }
    return push(tr("Tag theme"), [this, themeId, tags] { return store::FacilitationStore(m_ws).setThemeTags(themeId, tags); },
                [this, themeId, before] { return store::FacilitationStore(m_ws).setThemeTags(themeId, before); });
}

Status RetroSession::setThemeNote(qint64 themeId, const domain::BilingualText &note)
{
    const domain::BilingualText before = m_run.themeNotes.value(themeId);
    return push(tr("Note"), [this, themeId, note] { return store::FacilitationStore(m_ws).setThemeNote(themeId, note); },
                [this, themeId, before] { return store::FacilitationStore(m_ws).setThemeNote(themeId, before); });
}

Status RetroSession::setAnswerNote(qint64 answerId, const domain::BilingualText &note)
{
    const domain::BilingualText before = m_run.answerNotes.value(answerId);
    return push(tr("Note"), [this, answerId, note] { return store::FacilitationStore(m_ws).setAnswerNote(answerId, note); },
                [this, answerId, before] { return store::FacilitationStore(m_ws).setAnswerNote(answerId, before); });
}

Status RetroSession::setLocalUpdate(qint64 partnerId, const domain::BilingualText &text)
{
    domain::BilingualText before;
    for (const domain::LocalUpdate &u : m_run.localUpdates) {
        if (u.partnerId == partnerId)
            before = u.text;
    }
    return push(tr("Local update"),
                [this, partnerId, text] { return store::FacilitationStore(m_ws).setLocalUpdate(m_retroId, partnerId, text); },
                [this, partnerId, before] { return store::FacilitationStore(m_ws).setLocalUpdate(m_retroId, partnerId, before); });
}

Status RetroSession::reviewAction(qint64 actionId, domain::ActionOutcome outcome, const domain::BilingualText &note)
{
    // Undo restores the review as it was: none (the action open again, any copy gone), or the
    // earlier outcome with its note.
    std::optional<domain::ActionOutcome> before;
    domain::BilingualText beforeNote;
    for (const domain::ActionReview &r : m_run.reviews) {
        if (r.actionId == actionId) {
            before = r.outcome;
            beforeNote = r.note;
        }
    }
    const qint64 retro = m_retroId;
    return push(tr("Review action"),
                [this, retro, actionId, outcome, note] {
                    return store::FacilitationStore(m_ws).reviewAction(retro, actionId, outcome, note);
                },
                [this, retro, actionId, before, beforeNote] {
                    store::FacilitationStore store(m_ws);
                    return before ? store.reviewAction(retro, actionId, *before, beforeNote) : store.clearReview(retro, actionId);
                });
}

Result<qint64> RetroSession::addAction(const domain::RetroAction &action)
{
    auto id = std::make_shared<qint64>(0);
    auto add = [this, id, action]() -> Status {
        domain::RetroAction a = action;
        auto added = store::FacilitationStore(m_ws).addAction(m_retroId, a);
        if (!added)
            return added.error();
        *id = *added;
        return {};
    };
    auto remove = [this, id]() { return store::FacilitationStore(m_ws).removeAction(*id); };
    TRELLIS_TRY(push(tr("Add action"), add, remove));
    Q_EMIT reported(tr("Action saved."));
    return *id;
}

Status RetroSession::publish()
{
    Status s = finish(store::RetroStore(m_ws).publish(m_retroId));
    if (s)
        m_undo->clear(); // a published retro takes no more changes to undo
    return s;
}

} // namespace trellis::gui
