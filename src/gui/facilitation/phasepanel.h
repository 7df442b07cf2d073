#pragma once
// What every phase view of the facilitation window does: show the run, say what the room sees,
// and keep what is being typed as a draft.

#include "domain/retrorun.h"

#include <QJsonObject>
#include <QWidget>

namespace trellis::gui {

class RetroSession;

/// One phase's controls on the facilitator's screen.
class PhasePanel : public QWidget {
    Q_OBJECT
public:
    PhasePanel(RetroSession &session, QWidget *parent = nullptr) : QWidget(parent), m_session(session) {}
    /// Shows the run as it is now (after every saved change).
    virtual void refresh() = 0;
    /// The room's view of this phase, as HTML for large type; never an anonymous answer's author.
    virtual QString roomHtml() const = 0;
    /// Text typed and not yet saved, to survive a crash or a phase change; never an anonymous
    /// answer's author.
    virtual QJsonObject draft() const { return {}; }
    virtual void restoreDraft(const QJsonObject &) {}
    /// The widget that takes the keyboard when the phase opens.
    virtual QWidget *firstInput() const = 0;

Q_SIGNALS:
    void draftChanged();
    /// Discuss: the item under discussion changed (its timer starts again).
    void itemChanged();

protected:
    RetroSession &session() const { return m_session; }
    const domain::RetroRun &run() const;

private:
    RetroSession &m_session;
};

/// HTML helpers for the room's view: a paragraph in a language's own direction.
QString roomParagraph(const QString &text, const QString &language, const QString &style = QString());
/// Both languages of the pair side by side, each in its direction ("—" for a missing one).
QString roomPair(const domain::BilingualText &text, const QString &languageA, const QString &languageB);
/// The question in both languages of the retro's pair.
QString roomQuestion(domain::RetroQuestion question, const QString &languageA, const QString &languageB);

// Each phase's panel, made in its room file.
PhasePanel *makeCheckInPanel(RetroSession &session, QWidget *parent);
PhasePanel *makeWritePanel(RetroSession &session, QWidget *parent);
PhasePanel *makeRevealPanel(RetroSession &session, QWidget *parent);
PhasePanel *makeGroupPanel(RetroSession &session, QWidget *parent);
PhasePanel *makeVotePanel(RetroSession &session, QWidget *parent);
PhasePanel *makeDiscussPanel(RetroSession &session, QWidget *parent);
PhasePanel *makeActionsPanel(RetroSession &session, QWidget *parent);
PhasePanel *makeClosePanel(RetroSession &session, QWidget *parent);

/// The panel for a phase (parent owns it).
PhasePanel *makePhasePanel(domain::RetroPhase phase, RetroSession &session, QWidget *parent);

} // namespace trellis::gui
