#pragma once
// Retro ▸ Run retro…: opens the retro shown in the Retros section in facilitation mode.

#include <QtGlobal>

#include <functional>

class QMenu;
class QWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Adds "Run retro…" (Ctrl+Shift+R) to menu. currentRetro gives the retro to run (0: none
/// chosen); changed is called with its id whenever the run saves something.
void addRunRetroAction(QMenu *menu, QWidget *owner, store::Workspace &workspace, std::function<qint64()> currentRetro,
                       std::function<void(qint64)> changed);

} // namespace trellis::gui
