#pragma once
// One undoable change to the workspace (a save, a deletion), as two actions on the stores.

#include "gui/sections/section.h"
#include "util/result.h"

#include <QUndoCommand>

#include <functional>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

class Workbench;

/// The workbench's workspace, for the templates below (which see Workbench only declared).
store::Workspace &workspaceOf(Workbench &workbench);

/// Undo and redo run store operations; the first redo is skipped because the change is already
/// made when the command is pushed. A failing undo or redo is reported, and the command stops
/// there (it becomes obsolete) rather than pretending.
class RecordCommand : public QUndoCommand {
public:
    using Action = std::function<Status()>;
    /// Whether a command stands alone on the stack, or joins the command pushed just before it
    /// (a save's follow-up, as linking the saved record to a ritual): one Undo takes back both.
    enum class Joins { Alone, Previous };
    RecordCommand(Workbench &workbench, const QString &text, Action undo, Action redo, Joins joins = Joins::Alone);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Workbench &m_workbench;
    Action m_undo;
    Action m_redo;
    bool m_done = true;
    Joins m_joins;
};

/// How undo brings a removed record back (adding it again, under a new id) and takes it away.
struct RecordExistence {
    Section section;
    std::function<Result<qint64>()> add;
    std::function<Status(qint64 id)> remove;
};

/// The existence of a record kind whose store adds with add(Record &) and removes with remove(id).
template <typename Store, typename Record>
RecordExistence storeExistence(Workbench &wb, Section section, Record record)
{
    return {section, [&wb, record]() mutable { record.stamp = {}; return Store(workspaceOf(wb)).add(record); },
            [&wb](qint64 id) { return Store(workspaceOf(wb)).remove(id); }};
}

/// Adds a new record through existence, tells its section's list and pushes the undo command.
Result<qint64> addWithUndo(Workbench &workbench, const QString &text, const RecordExistence &existence);
/// Removes record id through existence, tells the list and pushes the command that brings it back.
Status removeWithUndo(Workbench &workbench, const QString &text, const RecordExistence &existence, qint64 id);

/// Pushes the command for a record that was just added as id (added) or removed as id (!added):
/// undo and redo remove and re-add it, and tell the lists through the workbench.
void pushExistence(Workbench &workbench, const QString &text, const RecordExistence &existence, qint64 id, bool added);

/// Pushes the command for a record (id) just saved: undo and redo write it again as it was before
/// and after (given the record's current id), then tell the lists.
void pushEdit(Workbench &workbench, const QString &text, Section section, qint64 id,
              std::function<Status(qint64 id)> writeBefore, std::function<Status(qint64 id)> writeAfter);

/// The same for a record value with a stamp, saved through update (a store's update call).
template <typename Record>
void pushEdit(Workbench &workbench, const QString &text, Section section, const Record &before, const Record &after,
              std::function<Status(Record &)> update)
{
    auto write = [update](Record value, qint64 id) {
        value.stamp.id = id;
        return update(value);
    };
    pushEdit(workbench, text, section, after.stamp.id, [before, write](qint64 id) { return write(before, id); },
             [after, write](qint64 id) { return write(after, id); });
}

/// The same for a record saved through Store::update.
template <typename Store, typename Record>
void pushStoreEdit(Workbench &workbench, const QString &text, Section section, const Record &before, const Record &after)
{
    pushEdit<Record>(workbench, text, section, before, after,
                     [&workbench](Record &value) { return Store(workspaceOf(workbench)).update(value); });
}

/// Tells section's list that record id changed (for the templates here, which see Workbench only declared).
void tellChanged(Workbench &workbench, Section section, qint64 id);

/// Saves record through Store with undo: a new record is added (addText names the step in
/// Edit > Undo); a saved one, which was before, is updated and its list told (editText). Its id.
/// before is a copy: telling the list may show the saved record in the editor it came from.
template <typename Store, typename Record>
Result<qint64> saveWithUndo(Workbench &workbench, Section section, Record &record, const Record before,
                            const QString &addText, const QString &editText)
{
    if (record.stamp.id == 0)
        return addWithUndo(workbench, addText, storeExistence<Store>(workbench, section, record));
    TRELLIS_TRY(Store(workspaceOf(workbench)).update(record));
    tellChanged(workbench, section, record.stamp.id);
    pushStoreEdit<Store>(workbench, editText, section, before, record);
    return record.stamp.id;
}

} // namespace trellis::gui
