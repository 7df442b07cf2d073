#include "gui/rhythm/fulfilmentundo.h"

#include "gui/app/workbench.h"

#include <QCoreApplication>

#include <memory>

namespace trellis::gui {

using store::FulfilledOccurrence;

namespace {

bool sameOccurrence(const std::optional<FulfilledOccurrence> &a, const std::optional<FulfilledOccurrence> &b)
{
    return a.has_value() == b.has_value()
        && (!a || (a->ritualId == b->ritualId && a->occurrenceDate == b->occurrenceDate));
}

/// A link that cannot be made again is said, never fatal: the record itself is back.
void relinkOrSay(Workbench &wb, Status linked)
{
    if (!linked)
        wb.report(QCoreApplication::translate("FulfilmentUndo", "Brought back, but not linked to its ritual again: %1")
                      .arg(linked.error().message));
}

} // namespace

RecordExistence fulfillingExistence(Workbench &wb, RecordExistence record, const QString &recordKind)
{
    auto held = std::make_shared<std::optional<FulfilledOccurrence>>();
    RecordExistence kept = record;
    kept.add = [&wb, add = record.add, recordKind, held]() -> Result<qint64> {
        TRELLIS_TRY_ASSIGN(const qint64 id, add());
        if (*held)
            relinkOrSay(wb, store::RitualFulfilments(wb.workspace()).link((*held)->ritualId, (*held)->occurrenceDate,
                                                                           recordKind, id));
        return id;
    };
    kept.remove = [&wb, remove = record.remove, recordKind, held](qint64 id) -> Status {
        TRELLIS_TRY_ASSIGN(const std::optional<FulfilledOccurrence> linked,
                           store::RitualFulfilments(wb.workspace()).fulfilledBy(recordKind, id));
        TRELLIS_TRY(remove(id));
        *held = linked;
        return {};
    };
    return kept;
}

RecordExistence ritualExistence(Workbench &wb, RecordExistence ritual)
{
    auto held = std::make_shared<QList<rhythm::Fulfilment>>();
    RecordExistence kept = ritual;
    kept.add = [&wb, add = ritual.add, held]() -> Result<qint64> {
        TRELLIS_TRY_ASSIGN(const qint64 id, add());
        store::RitualFulfilments links(wb.workspace());
        for (const rhythm::Fulfilment &f : std::as_const(*held))
            relinkOrSay(wb, links.link(id, f.occurrenceDate, f.recordKind, f.recordId));
        return id;
    };
    kept.remove = [&wb, remove = ritual.remove, held](qint64 id) -> Status {
        TRELLIS_TRY_ASSIGN(const QList<rhythm::Fulfilment> links, store::RitualFulfilments(wb.workspace()).fulfilments(id));
        TRELLIS_TRY(remove(id));
        *held = links;
        return {};
    };
    return kept;
}

void pushLinkChange(Workbench &wb, Section section, const QString &recordKind, qint64 id,
                    const std::optional<FulfilledOccurrence> &before, const std::optional<FulfilledOccurrence> &after,
                    bool joinsSave)
{
    if (sameOccurrence(before, after))
        return;
    // Moves the record (by its id now: undo may have brought it back under another) from one
    // occurrence to the other; a link that is no longer there is not unlinked.
    auto move = [&wb, section, recordKind, id](const std::optional<FulfilledOccurrence> &from,
                                               const std::optional<FulfilledOccurrence> &to) -> Status {
        const qint64 current = wb.currentId(section, id);
        store::RitualFulfilments links(wb.workspace());
        TRELLIS_TRY_ASSIGN(const std::optional<FulfilledOccurrence> linked, links.fulfilledBy(recordKind, current));
        if (from && sameOccurrence(linked, from))
            TRELLIS_TRY(links.unlink(from->ritualId, from->occurrenceDate));
        if (to)
            TRELLIS_TRY(links.link(to->ritualId, to->occurrenceDate, recordKind, current));
        Q_EMIT wb.recordChanged(section, current);
        return {};
    };
    wb.undoStack()->push(new RecordCommand(
        wb, QCoreApplication::translate("FulfilmentUndo", "Link to ritual"), [move, before, after] { return move(after, before); },
        [move, before, after] { return move(before, after); },
        joinsSave ? RecordCommand::Joins::Previous : RecordCommand::Joins::Alone));
}

} // namespace trellis::gui
