#include "gui/app/workbench.h"

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

qint64 Workbench::currentId(Section section, qint64 id) const
{
    return m_readded.value({int(section), id}, id);
}

void Workbench::recordReadded(Section section, qint64 previousId, qint64 newId)
{
    for (auto it = m_readded.begin(); it != m_readded.end(); ++it) {
        if (it.key().first == int(section) && it.value() == previousId)
            it.value() = newId;
    }
    m_readded.insert({int(section), previousId}, newId);
}

} // namespace trellis::gui
