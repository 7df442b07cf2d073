#include "gui/facilitation/facilitationwindow.h"

#include "gui/editing/labels.h"
#include "gui/app/recoverydraft.h"
#include "gui/facilitation/phasepanel.h"
#include "gui/facilitation/quartercomparisonview.h"
#include "gui/facilitation/quarterfacts.h"
#include "gui/facilitation/retrosession.h"
#include "gui/reports/reportdialog.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace trellis::gui {

using domain::RetroPhase;

namespace {

/// Minutes a phase's timer starts with; Discuss is per item.
qint64 phaseMinutes(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::CheckIn: return 10;
    case RetroPhase::Write: return 8;
    case RetroPhase::Reveal: return 10;
    case RetroPhase::Group: return 8;
    case RetroPhase::Vote: return 5;
    case RetroPhase::Discuss: return 5;
    case RetroPhase::Actions: return 10;
    case RetroPhase::Close: return 5;
    }
    return 5;
}

QString phaseName(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::CheckIn: return QCoreApplication::translate("Facilitation", "Check-in");
    case RetroPhase::Write: return QCoreApplication::translate("Facilitation", "Write");
    case RetroPhase::Reveal: return QCoreApplication::translate("Facilitation", "Reveal");
    case RetroPhase::Group: return QCoreApplication::translate("Facilitation", "Group");
    case RetroPhase::Vote: return QCoreApplication::translate("Facilitation", "Vote");
    case RetroPhase::Discuss: return QCoreApplication::translate("Facilitation", "Discuss");
    case RetroPhase::Actions: return QCoreApplication::translate("Facilitation", "Actions");
    case RetroPhase::Close: return QCoreApplication::translate("Facilitation", "Close");
    }
    return {};
}

/// Large type for the room, in the palette's own high-contrast pair (text on base).
void makeRoomStyle(QWidget *w, qreal scale)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    w->setFont(f);
    QPalette p = w->palette();
    p.setColor(QPalette::Window, p.color(QPalette::Base));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    w->setPalette(p);
    w->setAutoFillBackground(true);
}

} // namespace

FacilitationWindow::FacilitationWindow(store::Workspace &workspace, qint64 retroId, std::optional<RetroPhase> phase,
                                       domain::MonotonicClock clock, QWidget *parent)
    : QWidget(parent), m_timer(clock), m_silenceTimer(clock)
{
    setObjectName(QStringLiteral("facilitation"));
    setWindowTitle(tr("Run retro"));
    m_session = new RetroSession(workspace, retroId, this);
    if (Status s = m_session->reload(); !s) {
        m_openError = s.error().message;
        return;
    }
    if (!m_session->run().retro.publishedAt.isEmpty()) {
        m_openError = tr("This retro is published: it can no longer be run, only translated.");
        return;
    }
    m_draft = std::make_unique<RecoveryDraft>(workspace.path() + QStringLiteral("#retro-%1").arg(retroId));

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("header"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("clock"));
    m_clock->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_clock);

    m_room = new QLabel;
    m_room->setObjectName(QStringLiteral("roomView"));
    m_room->setWordWrap(true);
    m_room->setTextFormat(Qt::RichText);
    m_room->setAlignment(Qt::AlignTop);
    m_room->setMargin(16);
    makeRoomStyle(m_room, 1.8);
    m_roomArea = new QScrollArea;
    m_roomArea->setWidget(m_room);
    m_roomArea->setWidgetResizable(true);
    makeRoomStyle(m_roomArea, 1.0);

    m_panels = new QStackedWidget(this);
    for (RetroPhase p : domain::retroPhases()) {
        PhasePanel *panel = makePhasePanel(p, *m_session, m_panels);
        panel->setObjectName(QStringLiteral("phase-") + domain::retroPhaseKey(p));
        m_panels->addWidget(panel);
        m_panelList.append(panel);
        connect(panel, &PhasePanel::draftChanged, this, &FacilitationWindow::writeDraft);
        connect(panel, &PhasePanel::itemChanged, this, [this] {
            m_timer.reset(phaseMinutes(RetroPhase::Discuss) * 60'000);
            updateHeader();
        });
    }
    m_facts = new QuarterFacts(this);
    m_facts->setMinimumWidth(280);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_panels, 3);
    controls->addWidget(m_facts, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_roomArea, 3);
    layout->addLayout(controls, 2);
    layout->addWidget(m_message);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.6);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_clock->setFont(headerFont);

    // Scrolls and wraps: on a small window (or in large type) the list of keys is taller than the room.
    m_help = new QTextBrowser(this);
    m_help->setObjectName(QStringLiteral("help"));
    m_help->setOpenLinks(false);
    m_help->setFrameShape(QFrame::Box);
    makeRoomStyle(m_help, 1.3);
    m_help->hide();

    m_tick = new QTimer(this);
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::CoarseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateHeader();
        scheduleTick();
    });

    connect(m_session, &RetroSession::changed, this, [this] {
        // A phase saved (or undone) moves the window with it.
        if (m_session->run().settings.phase != m_phase)
            showPhase(m_session->run().settings.phase);
        else
            refresh();
        Q_EMIT retroChanged(m_session->retroId());
    });
    connect(m_session, &RetroSession::reported, m_message, &QLabel::setText);
    buildKeys();

    for (PhasePanel *panel : std::as_const(m_panelList))
        panel->refresh();
    restoreDraft();
    const RetroPhase opening = phase.value_or(m_session->run().settings.phase);
    // Opening at another phase saves it, but is not an undo step of this run.
    if (opening != m_session->run().settings.phase) {
        if (Status s = m_session->openAt(opening); !s)
            m_message->setText(s.error().message);
    }
    showPhase(m_session->run().settings.phase);
    log::get("gui")->info("retro {} opened for facilitation", retroId);
}

FacilitationWindow::~FacilitationWindow()
{
    delete m_roomWindow;
}

PhasePanel *FacilitationWindow::panel(RetroPhase phase) const
{
    return m_panelList.value(domain::retroPhases().indexOf(phase));
}

QWidget *FacilitationWindow::roomView() const { return m_roomArea; }

void FacilitationWindow::buildKeys()
{
    auto key = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { nextPhase(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { previousPhase(); });
    key(QKeySequence(Qt::Key_F5), [this] {
        activeTimer().toggle();
        updateHeader();
        scheduleTick();
    });
    key(QKeySequence(Qt::Key_F6), [this] {
        activeTimer().extend();
        updateHeader();
        scheduleTick();
    });
    key(QKeySequence(Qt::Key_F1), [this] { toggleHelp(); });
    key(QKeySequence(Qt::Key_F11), [this] { toggleRoomView(); });
    key(QKeySequence(Qt::Key_F8), [this] { compareQuarters(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { toggleSilence(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportRetroReport(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Z), [this] { m_session->undoStack()->undo(); });
    key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), [this] { m_session->undoStack()->redo(); });
    key(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { close(); });
    key(QKeySequence(Qt::Key_Escape), [this] {
        if (m_help->isVisible())
            toggleHelp();
    });
}

QString FacilitationWindow::helpText() const
{
    const QList<QPair<QString, QString>> keys = {
        {tr("Ctrl+Page Down / Ctrl+Page Up"), tr("next phase / previous phase")},
        {tr("F5"), tr("start or pause the timer")},
        {tr("F6"), tr("one more minute")},
        {tr("F11"), tr("show or hide the room's view")},
        {tr("F8"), tr("compare this quarter with the three before it")},
        {tr("Ctrl+E"), tr("export the retro report, at any phase")},
        {tr("Ctrl+Z / Ctrl+Shift+Z"), tr("undo / redo")},
        {tr("Tab, arrows"), tr("next field, next answer")},
        {tr("Ctrl+1, Ctrl+2, Ctrl+3"), tr("check-in: done, carried over, dropped")},
        {tr("Ctrl+M"), tr("check-in: begin or end a moment of silence (one minute, its own timer)")},
        {tr("Alt+1, Alt+2, Alt+3, Enter"), tr("write: choose the question, save the answer")},
        {tr("Ctrl+T"), tr("reveal: translate this answer")},
        {tr("Ctrl+G / Ctrl+Shift+G"), tr("group: make a theme of the selected answers / take them out")},
        {tr("+ / −, Ctrl+Enter"), tr("vote: give or take back a vote, close or reopen the vote")},
        {tr("Enter"), tr("discuss: save the item's note")},
        {tr("Ctrl+Enter"), tr("actions: add the action")},
        {tr("Ctrl+Shift+P"), tr("close: publish")},
        {tr("F1, Esc"), tr("this help")},
        {tr("Ctrl+W"), tr("leave facilitation (everything is already saved)")},
    };
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding=\"4\">").arg(tr("Keys").toHtmlEscaped());
    for (const auto &[k, what] : keys)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), what.toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

void FacilitationWindow::toggleHelp()
{
    if (m_help->isVisible()) {
        m_help->hide();
        return;
    }
    m_help->setHtml(helpText());
    m_help->setGeometry(rect().adjusted(width() / 8, height() / 10, -width() / 8, -height() / 10));
    m_help->raise();
    m_help->show();
}

void FacilitationWindow::compareQuarters()
{
    auto quarter = i18n::parseQuarter(m_session->run().retro.quarter);
    openQuarterComparison(this, m_session->workspace(), quarter ? std::optional<i18n::Quarter>(*quarter) : std::nullopt);
}

ReportDialog *FacilitationWindow::exportRetroReport()
{
    // The reports module's own dialog, over this retro's pair and quarter; the report is read
    // from the file, where everything of the run is already saved.
    const domain::Retro &retro = m_session->run().retro;
    auto *dialog = new ReportDialog(m_session->workspace(), reports::ReportKind::RetroReport, false,
                                    {retro.languageA, retro.languageB}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->periodEdit()->setText(retro.quarter);
    dialog->showPreview();
    dialog->open();
    return dialog;
}

void FacilitationWindow::toggleSilence()
{
    if (m_phase != RetroPhase::CheckIn)
        return;
    m_silent = !m_silent;
    if (m_silent) {
        // Its own minute, running at once; the check-in's timer stays where it was.
        m_silenceTimer.reset(kSilenceMs);
        m_silenceTimer.start();
    }
    updateHeader();
    scheduleTick();
}

void FacilitationWindow::toggleRoomView()
{
    if (m_roomWindow)
        m_roomWindow->setVisible(!m_roomWindow->isVisible());
    else
        m_roomArea->setVisible(!m_roomArea->isVisible());
}

void FacilitationWindow::showForRoom()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1 && !m_roomWindow) {
        // The projector shows the room's view; the laptop keeps the controls.
        m_roomWindow = new QWidget;
        m_roomWindow->setWindowTitle(tr("Retro — the room's view"));
        m_roomWindow->setLayoutDirection(layoutDirection());
        auto *layout = new QVBoxLayout(m_roomWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_roomArea);
        m_roomWindow->setScreen(screens.at(1));
        m_roomWindow->setGeometry(screens.at(1)->geometry());
        m_roomWindow->showFullScreen();
        updateHeader();
    }
    showFullScreen();
}

void FacilitationWindow::goToPhase(RetroPhase phase)
{
    // Saving the phase (an undo step) shows it through the session's changed().
    if (phase != m_session->run().settings.phase) {
        static_cast<void>(m_session->goToPhase(phase));
        return;
    }
    showPhase(phase);
}

void FacilitationWindow::showPhase(RetroPhase phase)
{
    m_phase = phase;
    m_panels->setCurrentIndex(int(domain::retroPhases().indexOf(phase)));
    const bool facts = phase == RetroPhase::Write || phase == RetroPhase::Discuss;
    m_facts->setVisible(facts);
    if (facts) {
        QHash<qint64, QString> names;
        for (qint64 id : m_session->run().retro.participantIds)
            names.insert(id, m_session->partnerName(id));
        m_facts->showQuarter(m_session->workspace(), m_session->run().retro, names);
    }
    m_silent = false;
    m_timer.reset(phaseMinutes(phase) * 60'000);
    refresh();
    if (QWidget *input = panel(phase)->firstInput())
        input->setFocus(Qt::OtherFocusReason);
}

void FacilitationWindow::nextPhase()
{
    if (auto next = domain::nextPhase(m_phase))
        goToPhase(*next);
}

void FacilitationWindow::previousPhase()
{
    if (auto previous = domain::previousPhase(m_phase))
        goToPhase(*previous);
}

void FacilitationWindow::refresh()
{
    for (PhasePanel *p : std::as_const(m_panelList))
        p->refresh();
    updateHeader();
    scheduleTick();
}

void FacilitationWindow::updateHeader()
{
    const domain::RetroRun &run = m_session->run();
    QString header = tr("%1 retro · %2").arg(quarterLabel(run.retro.quarter), phaseName(m_phase));
    header += QStringLiteral(" · ") + (run.settings.anonymousAnswers ? tr("anonymous answers welcome") : tr("named answers only"));
    m_header->setText(header);
    const domain::PhaseTimer &timer = activeTimer();
    if (m_silent)
        header += QStringLiteral(" · ") + tr("a moment of silence");
    const qint64 seconds = timer.shownSeconds();
    QString clock = localDigits(QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QChar(u'0')).arg(seconds % 60, 2, 10, QChar(u'0')));
    if (timer.isAtZero())
        clock = tr("time is up");
    else if (!timer.isRunning())
        clock += QStringLiteral(" ") + tr("(paused)");
    m_clock->setText(clock);
    // A gentle visual signal at zero: the clock takes the palette's highlight; no sound.
    QPalette p = palette();
    if (timer.isAtZero())
        p.setColor(QPalette::WindowText, p.color(QPalette::Highlight));
    m_clock->setPalette(p);
    // In a moment of silence the room sees only that, and its clock.
    const QString body = m_silent ? QStringLiteral("<p align=\"center\" style=\"font-size: xx-large\">%1</p>"
                                                   "<p align=\"center\" style=\"font-size: xx-large\">%2</p>")
                                        .arg(tr("A moment of silence").toHtmlEscaped(), clock.toHtmlEscaped())
                                  : panel(m_phase)->roomHtml();
    m_room->setText(QStringLiteral("<p><b>%1 · %2</b></p>").arg(header.toHtmlEscaped(), clock.toHtmlEscaped()) + body);
}

void FacilitationWindow::scheduleTick()
{
    // At most one repaint a second, and none while the timer stands still.
    const qint64 wait = activeTimer().msUntilShownChange();
    if (wait < 0)
        m_tick->stop();
    else
        m_tick->start(int(qMax<qint64>(wait, 1000)));
}

void FacilitationWindow::writeDraft()
{
    QJsonObject draft{{QStringLiteral("retro"), m_session->retroId()}};
    for (RetroPhase p : domain::retroPhases()) {
        const QJsonObject d = panel(p)->draft();
        if (!d.isEmpty())
            draft.insert(domain::retroPhaseKey(p), d);
    }
    if (!m_draft->write(draft))
        log::get("gui")->warn("facilitation draft of retro {} could not be written", m_session->retroId());
}

void FacilitationWindow::restoreDraft()
{
    const QJsonObject draft = m_draft->read();
    if (draft.value(QStringLiteral("retro")).toInteger() != m_session->retroId())
        return;
    for (RetroPhase p : domain::retroPhases()) {
        const QJsonObject d = draft.value(domain::retroPhaseKey(p)).toObject();
        if (!d.isEmpty())
            panel(p)->restoreDraft(d);
    }
}

} // namespace trellis::gui
