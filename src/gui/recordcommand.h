#pragma once
// One undoable change to the workspace (a save, a deletion), as two actions on the stores.

#include "util/result.h"

#include <QUndoCommand>

#include <functional>

namespace trellis::gui {

class Workbench;

/// Undo and redo run store operations; the first redo is skipped because the change is already
/// made when the command is pushed. A failing undo or redo is reported, and the command stops
/// there (it becomes obsolete) rather than pretending.
class RecordCommand : public QUndoCommand {
public:
    using Action = std::function<Status()>;
    RecordCommand(Workbench &workbench, const QString &text, Action undo, Action redo);

    void undo() override;
    void redo() override;

private:
    Workbench &m_workbench;
    Action m_undo;
    Action m_redo;
    bool m_done = true;
};

} // namespace trellis::gui
