#pragma once
// The demo alliance's rhythm: its quarterly retro, monthly listening circle, yearly rupture
// rehearsal, a fire drill and the archive custodians' hand-over, each titled in its organizer's language,
// and the pause two partners agreed over the year's turn.

#include "util/result.h"

#include <QList>

namespace trellis::store {
class Workspace;
}

namespace trellis::store::demo {

/// Writes the demo's rituals; partnerIds follow demo::partners() order. Returns how many.
Result<int> writeRituals(Workspace &workspace, const QList<qint64> &partnerIds);
/// Writes the demo's agreed pause (two partners resting over the year's turn). Returns how many.
Result<int> writePauses(Workspace &workspace, const QList<qint64> &partnerIds);

} // namespace trellis::store::demo
