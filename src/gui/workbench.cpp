#include "gui/workbench.h"

#include "store/workspace.h"

#include <QUndoStack>

namespace trellis::gui {

Workbench::Workbench(store::Workspace &workspace, QObject *parent)
    : QObject(parent), m_ws(workspace), m_undo(new QUndoStack(this))
{
}

QStringList Workbench::workingLanguages() const
{
    auto settings = m_ws.settings();
    return settings ? settings->workingLanguages : QStringList{};
}

} // namespace trellis::gui
