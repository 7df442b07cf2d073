#pragma once
// The countdown of a retro phase or discussion item, on a monotonic clock that tests can inject.

#include <QtGlobal>

#include <functional>

namespace trellis::domain {

/// Milliseconds since an arbitrary fixed point; never goes back (not the wall clock).
using MonotonicClock = std::function<qint64()>;
/// The system's steady clock (QElapsedTimer).
MonotonicClock steadyClock();

/// A countdown that can be paused, extended and run past zero; it reads the clock only when asked,
/// so it costs nothing between repaints.
class PhaseTimer {
public:
    explicit PhaseTimer(MonotonicClock clock = steadyClock());

    /// Stops and sets the time left to durationMs (not negative).
    void reset(qint64 durationMs);
    void start();
    void pause();
    /// Starts a paused timer, pauses a running one.
    void toggle();
    /// Adds time (one minute by default), also after zero: the countdown resumes from the new time.
    void extend(qint64 ms = 60'000);

    bool isRunning() const { return m_running; }
    /// The duration set by the last reset() plus every extension.
    qint64 totalMs() const { return m_total; }
    /// Time left, never below zero.
    qint64 remainingMs() const;
    /// True once the countdown has reached zero (and until it is extended or reset).
    bool isAtZero() const { return m_total > 0 && remainingMs() == 0; }
    /// How far past zero a running timer is, for a signal that grows gently; 0 before zero.
    qint64 overrunMs() const;
    /// Whole seconds to show: time left rounded up, so "00:01" lasts until the very end.
    qint64 shownSeconds() const;
    /// Milliseconds until shownSeconds() next changes (a running timer), or -1 when it will not:
    /// a repaint needs to happen no more often than this.
    qint64 msUntilShownChange() const;

private:
    qint64 signedRemaining() const;
    MonotonicClock m_clock;
    qint64 m_total = 0;
    qint64 m_leftAtMark = 0; ///< time left when the clock read m_mark
    qint64 m_mark = 0;
    bool m_running = false;
};

} // namespace trellis::domain
