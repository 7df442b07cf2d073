#pragma once
// "Synchronized vigils across time zones": where a timed occurrence falls on each partner's clock.

#include "rhythm/schedule.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace trellis::rhythm {

/// One partner's wall-clock start of a synchronous ritual.
struct LocalStart {
    QString timeZone; ///< the partner's IANA zone
    QDateTime start;  ///< the same moment on that zone's clock (its UTC offset at that moment)
    int dayShift = 0; ///< the local date minus the organizer's date: -1 the evening before, +1 the next morning
};

/// The occurrence's start in each zone, in the order given. An all-day occurrence has no moment
/// and an unknown zone is named in the error.
Result<QList<LocalStart>> localStarts(const Occurrence &occurrence, const QStringList &timeZones);

} // namespace trellis::rhythm
