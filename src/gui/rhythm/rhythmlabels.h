#pragma once
// How the window names the kinds of the rhythm's records.

#include "domain/bilingualtext.h"
#include "rhythm/firedrill.h"

#include <QList>
#include <QString>

namespace trellis::gui {

/// Every kind of fire drill, in the order the editor offers them.
QList<rhythm::FireDrillKind> fireDrillKinds();
/// "Communication blackout", "Role swap", "Other drill".
QString fireDrillKindLabel(rhythm::FireDrillKind kind);
/// A text (a ritual's title, a partner's name) in the UI language where it is written there, else as written.
QString inUiLanguage(const domain::BilingualText &text);

} // namespace trellis::gui
