#pragma once
// Undo that keeps a ritual's occurrence linked to the record that fulfilled it: a deleted record or
// ritual brought back is linked again, and a save's change of link is undone with the save.

#include "gui/editing/recordcommand.h"
#include "store/ritualfulfilments.h"

#include <optional>

namespace trellis::gui {

/// The existence of a record that may fulfil an occurrence (recordKind as ritual_fulfilment keeps
/// it): removing it remembers the occurrence, and adding it back links the new row to it again.
RecordExistence fulfillingExistence(Workbench &workbench, RecordExistence record, const QString &recordKind);

/// The existence of a ritual: removing it remembers which records fulfilled its occurrences, and
/// adding it back links them to the new row again.
RecordExistence ritualExistence(Workbench &workbench, RecordExistence ritual);

/// Pushes the step that moved record id (of section, as first saved) from the occurrence it
/// fulfilled (before) to another (after); it joins the save's own step when that was just pushed.
void pushLinkChange(Workbench &workbench, Section section, const QString &recordKind, qint64 id,
                    const std::optional<store::FulfilledOccurrence> &before,
                    const std::optional<store::FulfilledOccurrence> &after, bool joinsSave);

} // namespace trellis::gui
