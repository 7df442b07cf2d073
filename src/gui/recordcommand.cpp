#include "gui/recordcommand.h"

#include "gui/workbench.h"

#include <QCoreApplication>

namespace trellis::gui {

RecordCommand::RecordCommand(Workbench &workbench, const QString &text, Action undo, Action redo)
    : QUndoCommand(text), m_workbench(workbench), m_undo(std::move(undo)), m_redo(std::move(redo))
{
}

void RecordCommand::undo()
{
    if (Status s = m_undo(); !s) {
        m_workbench.report(QCoreApplication::translate("RecordCommand", "Cannot undo: %1").arg(s.error().message));
        setObsolete(true);
    }
}

void RecordCommand::redo()
{
    if (m_done) {
        m_done = false; // already done by the save that pushed this command
        return;
    }
    if (Status s = m_redo(); !s) {
        m_workbench.report(QCoreApplication::translate("RecordCommand", "Cannot redo: %1").arg(s.error().message));
        setObsolete(true);
    }
}

} // namespace trellis::gui
