#include "gui/editing/recordcommand.h"

#include "gui/app/workbench.h"

#include <QCoreApplication>
#include <QUndoStack>


namespace trellis::gui {

RecordCommand::RecordCommand(Workbench &workbench, const QString &text, Action undo, Action redo, Joins joins)
    : QUndoCommand(text), m_workbench(workbench), m_undo(std::move(undo)), m_redo(std::move(redo)), m_joins(joins)
{
}

int RecordCommand::id() const
{
    return 0x5472; // one id for all: QUndoStack offers each push to the command before it
}

bool RecordCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const RecordCommand *>(other);
    if (!next || next->m_joins != Joins::Previous)
        return false;
    // Undo takes the follow-up back first; redo makes it after the step it follows.
    m_undo = [undoNext = next->m_undo, undoThis = m_undo]() -> Status {
        TRELLIS_TRY(undoNext());
        return undoThis();
    };
    m_redo = [redoThis = m_redo, redoNext = next->m_redo]() -> Status {
        TRELLIS_TRY(redoThis());
        return redoNext();
    };
    return true;
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

namespace trellis::gui {

store::Workspace &workspaceOf(Workbench &workbench)
{
    return workbench.workspace();
}

void tellChanged(Workbench &wb, Section section, qint64 id)
{
    Q_EMIT wb.recordChanged(section, id);
}

Result<qint64> addWithUndo(Workbench &wb, const QString &text, const RecordExistence &existence)
{
    TRELLIS_TRY_ASSIGN(const qint64 id, existence.add());
    Q_EMIT wb.recordAdded(existence.section, id);
    pushExistence(wb, text, existence, id, true);
    return id;
}

Status removeWithUndo(Workbench &wb, const QString &text, const RecordExistence &existence, qint64 id)
{
    TRELLIS_TRY(existence.remove(id));
    Q_EMIT wb.recordRemoved(existence.section, id);
    pushExistence(wb, text, existence, id, false);
    return {};
}

void pushExistence(Workbench &wb, const QString &text, const RecordExistence &existence, qint64 id, bool added)
{
    const Section section = existence.section;
    RecordCommand::Action bring = [&wb, existence, section, id]() -> Status {
        auto again = existence.add();
        if (!again)
            return again.error();
        wb.recordReadded(section, wb.currentId(section, id), *again);
        Q_EMIT wb.recordAdded(section, *again);
        return {};
    };
    RecordCommand::Action take = [&wb, existence, section, id]() -> Status {
        const qint64 current = wb.currentId(section, id);
        TRELLIS_TRY(existence.remove(current));
        Q_EMIT wb.recordRemoved(section, current);
        return {};
    };
    wb.undoStack()->push(added ? new RecordCommand(wb, text, take, bring) : new RecordCommand(wb, text, bring, take));
}

void pushEdit(Workbench &wb, const QString &text, Section section, qint64 id, std::function<Status(qint64)> writeBefore,
              std::function<Status(qint64)> writeAfter)
{
    auto tell = [&wb, section, id](const std::function<Status(qint64)> &write) -> Status {
        const qint64 current = wb.currentId(section, id);
        TRELLIS_TRY(write(current));
        Q_EMIT wb.recordChanged(section, current);
        return {};
    };
    wb.undoStack()->push(new RecordCommand(wb, text, [tell, writeBefore] { return tell(writeBefore); },
                                           [tell, writeAfter] { return tell(writeAfter); }));
}

} // namespace trellis::gui
