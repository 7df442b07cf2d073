#include "domain/phasetimer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace trellis::domain {

MonotonicClock steadyClock()
{
    return [] {
        static QElapsedTimer origin = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        return origin.elapsed();
    };
}

PhaseTimer::PhaseTimer(MonotonicClock clock) : m_clock(std::move(clock)) {}

void PhaseTimer::reset(qint64 durationMs)
{
    m_running = false;
    m_total = std::max<qint64>(0, durationMs);
    m_leftAtMark = m_total;
}

void PhaseTimer::start()
{
    if (m_running)
        return;
    m_mark = m_clock();
    m_running = true;
}

void PhaseTimer::pause()
{
    if (!m_running)
        return;
    m_leftAtMark = signedRemaining();
    m_running = false;
}

void PhaseTimer::toggle()
{
    if (m_running)
        pause();
    else
        start();
}

void PhaseTimer::extend(qint64 ms)
{
    if (ms <= 0)
        return;
    // Time already run past zero is forgiven: +1 min after zero means one more minute from now.
    const qint64 now = m_running ? m_clock() : m_mark;
    m_leftAtMark = std::max<qint64>(0, signedRemaining()) + ms;
    m_mark = now;
    m_total += ms;
}

qint64 PhaseTimer::signedRemaining() const
{
    return m_running ? m_leftAtMark - (m_clock() - m_mark) : m_leftAtMark;
}

qint64 PhaseTimer::remainingMs() const { return std::max<qint64>(0, signedRemaining()); }

qint64 PhaseTimer::overrunMs() const { return std::max<qint64>(0, -signedRemaining()); }

qint64 PhaseTimer::shownSeconds() const { return (remainingMs() + 999) / 1000; }

qint64 PhaseTimer::msUntilShownChange() const
{
    if (!m_running || isAtZero())
        return -1;
    const qint64 left = remainingMs();
    const qint64 intoSecond = left % 1000;
    return intoSecond == 0 ? 1000 : intoSecond;
}

} // namespace trellis::domain
