#pragma once
// The demo alliance's rhythm: its quarterly retro, monthly listening circle, yearly rupture
// rehearsal, a fire drill and the archive custodians' hand-over, each titled in its organizer's language,
// the pause two partners agreed over the year's turn, and the records that fulfilled the rituals.

#include "util/result.h"

#include <QList>

namespace trellis::store {
class Workspace;
struct DemoSummary;
}

namespace trellis::store::demo {

/// Writes the demo's rituals; partnerIds follow demo::partners() order. Returns how many.
Result<int> writeRituals(Workspace &workspace, const QList<qint64> &partnerIds);
/// Writes the demo's agreed pause (two partners resting over the year's turn). Returns how many.
Result<int> writePauses(Workspace &workspace, const QList<qint64> &partnerIds);

/// Writes the records of the rhythm (demorhythmrecords.cpp), after the rituals, retros and protocols:
/// the archive's hand-overs under the custodian rotation, the week without messages (testing
/// protocolId) fulfilling the fire drill, the Kanun's envoy to Colectiva, and the retros and the
/// rehearsal fulfilling their rituals' occurrences. Adds how many of each it wrote to summary.
Status writeRhythmRecords(Workspace &workspace, const QList<qint64> &partnerIds, qint64 protocolId, DemoSummary &summary);

} // namespace trellis::store::demo
