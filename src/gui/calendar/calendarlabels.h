#pragma once
// The calendar room's words: ritual kinds and occurrence states as the window names them.

#include "rhythm/occurrencestate.h"
#include "rhythm/ritual.h"

#include <QList>
#include <QString>

namespace trellis::gui {

/// "Quarterly retro", "Listening circle", … in the UI language.
QString ritualKindLabel(rhythm::RitualKind kind);
/// Every kind, in the order the editor offers them.
QList<rhythm::RitualKind> ritualKinds();
/// How a rule repeats, in a few words: "once", "every 3 months", "every year, 5 times", "every
/// week, until 2027-06-30". An RRULE the core cannot read is shown as written.
QString repeatLabel(const QString &rrule);
/// "upcoming", "due", "done", "missed" in the UI language.
QString occurrenceStateLabel(rhythm::OccurrenceState state);

} // namespace trellis::gui
