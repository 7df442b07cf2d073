#pragma once
// The records a fire drill or an envoy journey can be linked to, as checklists offer them.

#include "gui/editing/recordchecklist.h"

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// How many ledger entries between two partners a journey offers, the latest first.
inline constexpr int kPairEntriesOffered = 200;

/// Every protocol (its newest version) by its title and version number ("Title (version 2)").
QList<ChecklistItem> protocolChoices(store::Workspace &workspace);
/// The latest kPairEntriesOffered ledger entries between partners a and b (either way), and the
/// entries of also (those a journey names) wherever they are, each by its date, kind and amount.
QList<ChecklistItem> pairEntryChoices(store::Workspace &workspace, qint64 a, qint64 b, const QList<qint64> &also);
/// Every narrative crossover by the day it was reborn and its first line in the UI language, latest first.
QList<ChecklistItem> crossoverChoices(store::Workspace &workspace);

} // namespace trellis::gui
