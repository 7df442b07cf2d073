#pragma once
// How the window names the kinds of the rhythm's records.

#include "rhythm/firedrill.h"

#include <QList>
#include <QString>

namespace trellis::gui {

/// Every kind of fire drill, in the order the editor offers them.
QList<rhythm::FireDrillKind> fireDrillKinds();
/// "Communication blackout", "Role swap", "Other drill".
QString fireDrillKindLabel(rhythm::FireDrillKind kind);

} // namespace trellis::gui
