#pragma once
// The demo alliance's campaigns: one in every status, one blocked by a missing paraphrase, with
// the paraphrases, acknowledgements and cultural exchanges that put them there.

#include "util/result.h"

#include <QList>

namespace trellis::store {
class Workspace;
}

namespace trellis::store::demo {

/// Writes the demo campaigns; partnerIds follow demo::partners() order. Returns how many.
Result<int> writeCampaigns(Workspace &workspace, const QList<qint64> &partnerIds);

} // namespace trellis::store::demo
