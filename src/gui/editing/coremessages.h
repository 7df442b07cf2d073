#pragma once
// The core's refusals in the UI language: the core writes its errors in English, as values; the
// window translates those a person meets while editing.

#include <QString>

namespace trellis::gui {

/// coreMessage in the UI language when it is one of the refusals the window knows, else unchanged.
QString uiMessage(const QString &coreMessage);

} // namespace trellis::gui
