#include "gui/rhythm/fulfilmentpicker.h"

#include "gui/app/workbench.h"
#include "gui/editing/labels.h"
#include "gui/rhythm/fulfilmentundo.h"
#include "gui/rhythm/rhythmlabels.h"
#include "store/ritualstore.h"

#include <QUndoStack>

namespace trellis::gui {

using store::FulfilledOccurrence;

namespace {

QString keyOf(const FulfilledOccurrence &o)
{
    return QStringLiteral("%1@%2").arg(o.ritualId).arg(o.occurrenceDate.toString(Qt::ISODate));
}

std::optional<FulfilledOccurrence> occurrenceOf(const QString &key)
{
    const qint64 ritual = key.section(u'@', 0, 0).toLongLong();
    const QDate date = QDate::fromString(key.section(u'@', 1, 1), Qt::ISODate);
    if (ritual <= 0 || !date.isValid())
        return std::nullopt;
    return FulfilledOccurrence{ritual, date};
}

QString occurrenceLabel(const QString &title, const QDate &date)
{
    return FulfilmentPicker::tr("\u2068%1\u2069 on %2").arg(title.section(u'\n', 0, 0), shortDate(date));
}

} // namespace

FulfilmentPicker::FulfilmentPicker(store::Workspace &workspace, QString recordKind, QWidget *parent)
    : QComboBox(parent), m_ws(workspace), m_kind(std::move(recordKind))
{
    setObjectName(QStringLiteral("fulfils"));
    setAccessibleName(tr("The ritual occurrence this record fulfils"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FulfilmentPicker::showRecord(qint64 recordId, const QDate &day)
{
    m_recordId = recordId;
    m_saved.reset();
    if (recordId != 0) {
        if (auto found = store::RitualFulfilments(m_ws).fulfilledBy(m_kind, recordId))
            m_saved = *found;
    }
    list(day, m_saved);
}

void FulfilmentPicker::setDay(const QDate &day)
{
    if (day.isValid() && day != m_day)
        list(day, chosen());
}

void FulfilmentPicker::list(const QDate &day, const std::optional<FulfilledOccurrence> &keep)
{
    const QSignalBlocker block(this);
    m_day = day;
    clear();
    addItem(tr("(none)"), QString());
    if (day.isValid()) {
        auto found = store::RitualFulfilments(m_ws).occurrencesBetween(day.addDays(-kDaysAround), day.addDays(kDaysAround),
                                                                       QDate::currentDate());
        if (found) {
            for (const store::CalendarOccurrence &o : std::as_const(*found)) {
                if (!store::fittingKinds(o.kind).contains(m_kind))
                    continue;
                const bool ours = o.fulfilment && o.fulfilment->recordKind == m_kind && o.fulfilment->recordId == m_recordId &&
                                  m_recordId != 0;
                if (o.fulfilment && !ours)
                    continue;
                addItem(occurrenceLabel(inUiLanguage(o.title), o.date), keyOf({o.ritualId, o.date}));
            }
        }
    }
    // The one it fulfils (or a draft chose) stays offered even when its day is further away.
    for (const auto &extra : {m_saved, keep}) {
        if (!extra || findData(keyOf(*extra)) >= 0)
            continue;
        auto ritual = store::RitualStore(m_ws).get(extra->ritualId);
        addItem(occurrenceLabel(ritual ? inUiLanguage(ritual->title) : numberLabel(extra->ritualId), extra->occurrenceDate),
                keyOf(*extra));
    }
    setCurrentIndex(keep ? std::max(0, findData(keyOf(*keep))) : 0);
}

std::optional<FulfilledOccurrence> FulfilmentPicker::chosen() const
{
    return occurrenceOf(currentData().toString());
}

void FulfilmentPicker::choose(const std::optional<FulfilledOccurrence> &occurrence)
{
    if (occurrence && findData(keyOf(*occurrence)) < 0)
        list(m_day, occurrence);
    setCurrentIndex(occurrence ? findData(keyOf(*occurrence)) : 0);
}

QString FulfilmentPicker::draft() const
{
    return currentData().toString();
}

void FulfilmentPicker::restoreDraft(const QString &draft)
{
    choose(occurrenceOf(draft));
}

Status FulfilmentPicker::apply(qint64 recordId)
{
    const auto wanted = chosen();
    const bool same = recordId == m_recordId && wanted.has_value() == m_saved.has_value() &&
                      (!wanted || (wanted->ritualId == m_saved->ritualId && wanted->occurrenceDate == m_saved->occurrenceDate));
    if (same)
        return {};
    store::RitualFulfilments links(m_ws);
    const std::optional<FulfilledOccurrence> before = recordId == m_recordId ? m_saved : std::nullopt;
    if (before)
        TRELLIS_TRY(links.unlink(before->ritualId, before->occurrenceDate));
    m_recordId = recordId;
    m_saved.reset();
    if (wanted) {
        if (Status linked = links.link(wanted->ritualId, wanted->occurrenceDate, m_kind, recordId); !linked) {
            // The new link refused: the record keeps the occurrence it fulfilled.
            if (before && links.link(before->ritualId, before->occurrenceDate, m_kind, recordId))
                m_saved = before;
            return linked;
        }
        m_saved = wanted;
    }
    return {};
}

Result<qint64> FulfilmentPicker::saveLinked(Workbench &workbench, Section section,
                                            const std::function<Result<qint64>()> &save)
{
    QUndoStack *stack = workbench.undoStack();
    const int index = stack->index();
    const QUndoCommand *top = index > 0 ? stack->command(index - 1) : nullptr;
    const qint64 recordBefore = m_recordId;
    const std::optional<FulfilledOccurrence> before = m_saved;
    TRELLIS_TRY_ASSIGN(const qint64 id, save());
    const bool savePushed = stack->index() > 0 && (stack->index() != index || stack->command(stack->index() - 1) != top);
    if (const Status linked = apply(id); !linked) {
        workbench.report(tr("Saved, but not linked to the ritual: %1").arg(linked.error().message));
        return id;
    }
    pushLinkChange(workbench, section, m_kind, id, recordBefore == id ? before : std::nullopt, m_saved, savePushed);
    return id;
}

} // namespace trellis::gui
