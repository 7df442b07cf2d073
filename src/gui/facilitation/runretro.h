#pragma once
// Retro ▸ Run retro… and Compare quarters…: the facilitation room's entries in the window's menu,
// and on the command line.

#include <QtGlobal>

#include <functional>

class QApplication;
class QMenu;
class QString;
class QWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Adds "Run retro…" (Ctrl+Shift+R) and "Compare quarters…" to menu. currentRetro gives the retro
/// to run (0: none chosen); changed is called with its id whenever the run saves something.
void addRunRetroAction(QMenu *menu, QWidget *owner, store::Workspace &workspace, std::function<qint64()> currentRetro,
                       std::function<void(qint64)> changed);

/// --compare-quarters FROM:TO: the comparison alone, or grabbed into grabPath when it is not empty.
/// Returns the process's exit code.
int runQuarterComparison(QApplication &app, store::Workspace &workspace, const QString &span, const QString &grabPath);

} // namespace trellis::gui
