#pragma once
// The records an exchange, a shared risk or a crossover can be linked to, as checklists offer them.

#include "gui/editing/recordchecklist.h"

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Every campaign by its title as written.
QList<ChecklistItem> campaignChoices(store::Workspace &workspace);
/// Every incident by its date and summary in the UI language (else its original), newest first.
QList<ChecklistItem> incidentChoices(store::Workspace &workspace);

} // namespace trellis::gui
