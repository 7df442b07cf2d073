#pragma once
// Facilitation mode: a retro run live, phase by phase. The facilitator's controls, and the room's
// view in large type (on the second screen when one is attached, above the controls otherwise).

#include "domain/facilitation.h"
#include "domain/phasetimer.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

class PhasePanel;
class QuarterFacts;
class ReportDialog;
class RecoveryDraft;
class RetroSession;

/// The facilitation window over one retro of an open workspace.
class FacilitationWindow : public QWidget {
    Q_OBJECT
public:
    /// Opens retroId at its saved phase, or at phase (which is then saved). Check ok() after.
    FacilitationWindow(store::Workspace &workspace, qint64 retroId, std::optional<domain::RetroPhase> phase = {},
                       domain::MonotonicClock clock = domain::steadyClock(), QWidget *parent = nullptr);
    ~FacilitationWindow() override;

    /// Empty when the retro opened; otherwise why not, in words for the user.
    QString openError() const { return m_openError; }
    domain::RetroPhase phase() const { return m_phase; }
    RetroSession &session() { return *m_session; }
    PhasePanel *panel(domain::RetroPhase phase) const;
    domain::PhaseTimer &timer() { return m_timer; }
    /// Check-in's moment of silence (Ctrl+M): its own timer, one minute, the room sees only it.
    void toggleSilence();
    bool inSilence() const { return m_silent; }
    domain::PhaseTimer &silenceTimer() { return m_silenceTimer; }
    static constexpr qint64 kSilenceMs = 60'000;
    /// The room's view (a separate window on a second screen, or part of this one).
    QWidget *roomView() const;
    void goToPhase(domain::RetroPhase phase);
    void nextPhase();
    void previousPhase();
    void toggleHelp();
    void toggleRoomView();
    /// Compare quarters (F8) over this retro's quarter and the three before it.
    void compareQuarters();
    /// The retro report of this retro's quarter and pair (Ctrl+E), in the reports' own dialog.
    ReportDialog *exportRetroReport();
    /// Shows the windows: full screen, the room's view on the second screen when there is one.
    void showForRoom();

Q_SIGNALS:
    void retroChanged(qint64 retroId);

private:
    /// Shows a phase already saved: its panel, its side panel, its timer from the start.
    void showPhase(domain::RetroPhase phase);
    void buildKeys();
    domain::PhaseTimer &activeTimer() { return m_silent ? m_silenceTimer : m_timer; }
    void refresh();
    void updateHeader();
    void scheduleTick();
    void writeDraft();
    void restoreDraft();
    QString helpText() const;

    RetroSession *m_session = nullptr;
    QString m_openError;
    domain::RetroPhase m_phase = domain::RetroPhase::CheckIn;
    domain::PhaseTimer m_timer;
    domain::PhaseTimer m_silenceTimer;
    bool m_silent = false;
    QTimer *m_tick = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_room = nullptr;
    QScrollArea *m_roomArea = nullptr;
    QWidget *m_roomWindow = nullptr; ///< the second screen's window, when there is one
    QStackedWidget *m_panels = nullptr;
    QList<PhasePanel *> m_panelList;
    QuarterFacts *m_facts = nullptr;
    QTextBrowser *m_help = nullptr;
    std::unique_ptr<RecoveryDraft> m_draft;
};

} // namespace trellis::gui
