#pragma once
// The demo alliance's shared risks, each part told by its partner in its own language, cited by
// the retros' third question; and its narrative crossovers, slogans reborn across scripts.

#include "util/result.h"

#include <QList>

namespace trellis::store {
class Workspace;
}

namespace trellis::store::demo {

/// Writes the demo's shared risks, linked to the demo campaigns (in list order) and incident, and
/// cited by the answer to the third question of the retro of their quarter. Returns how many.
Result<int> writeSharedRisks(Workspace &workspace, const QList<qint64> &partnerIds);

/// Writes the demo's narrative crossovers; partnerIds follow demo::partners() order. Returns how many.
Result<int> writeCrossovers(Workspace &workspace, const QList<qint64> &partnerIds);

} // namespace trellis::store::demo
