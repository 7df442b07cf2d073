#pragma once
// Internal: the dates a recurrence rule gives inside one of its periods (a week, a month, a year).

#include "rhythm/recurrencerule.h"

#include <QDate>
#include <QList>

namespace trellis::rhythm {

/// The period `step` periods after the one holding firstDate (step counts whole periods, so the
/// rule's INTERVAL is already applied by the caller). `start` is its first day.
struct RecurrencePeriod {
    QDate start;
    QList<QDate> dates; ///< ascending, without repeats, before COUNT/UNTIL and before firstDate are applied
};

RecurrencePeriod recurrencePeriod(const RecurrenceRule &rule, const QDate &firstDate, qint64 step);

} // namespace trellis::rhythm
