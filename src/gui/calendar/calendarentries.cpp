#include "gui/calendar/calendarentries.h"

#include "gui/calendar/calendarlabels.h"
#include "gui/editing/labels.h"
#include "rhythm/localtimes.h"
#include "store/custodiantermstore.h"
#include "store/partnerquery.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"
#include "store/ritualfulfilments.h"
#include "store/ritualstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace trellis::gui {
namespace {

QString textIn(const domain::BilingualText &text, const QString &language)
{
    const auto in = text.textIn(language);
    return in && !in->isEmpty() ? *in : text.original();
}

QString clockText(const QDateTime &at, int dayShift)
{
    const QString time = QLocale().toString(at.time(), QLocale::ShortFormat);
    if (dayShift < 0)
        return QCoreApplication::translate("Calendar", "%1 the day before").arg(time);
    if (dayShift > 0)
        return QCoreApplication::translate("Calendar", "%1 the next day").arg(time);
    return time;
}

/// Each partner's wall clock at the occurrence's start, named, in the partners' order.
QStringList partnerClocks(const rhythm::Occurrence &occurrence, const QList<qint64> &partners,
                          const QHash<qint64, QString> &zones, const QHash<qint64, QString> &names)
{
    QStringList clocks;
    for (qint64 id : partners) {
        const QString zone = zones.value(id);
        if (zone.isEmpty())
            continue;
        auto starts = rhythm::localStarts(occurrence, {zone});
        if (!starts || starts->isEmpty())
            continue;
        clocks << QCoreApplication::translate("Calendar", "%1: %2").arg(isolated(names.value(id)),
                                                                       clockText(starts->first().start, starts->first().dayShift));
    }
    return clocks;
}

} // namespace

QColor entryColour(const CalendarEntry &entry, const QPalette &palette)
{
    switch (entry.kind) {
    case CalendarEntry::Kind::Pause: return QColor(0x3a, 0x7b, 0xbf);
    case CalendarEntry::Kind::HandOver: return QColor(0x7b, 0x4b, 0xa6);
    case CalendarEntry::Kind::Ritual: break;
    }
    switch (entry.state) {
    case rhythm::OccurrenceState::Done: return QColor(0x2e, 0x7d, 0x32);
    case rhythm::OccurrenceState::Due: return QColor(0xb2, 0x6a, 0x00);
    case rhythm::OccurrenceState::Missed: return QColor(0xc6, 0x28, 0x28);
    case rhythm::OccurrenceState::Upcoming: break;
    }
    return palette.color(QPalette::Text);
}

QString entryStateLabel(const CalendarEntry &entry)
{
    switch (entry.kind) {
    case CalendarEntry::Kind::Pause:
        return entry.agreed ? QCoreApplication::translate("Calendar", "agreed") : QCoreApplication::translate("Calendar", "proposed");
    case CalendarEntry::Kind::HandOver: return entry.warning.isEmpty() ? QString() : entry.warning;
    case CalendarEntry::Kind::Ritual: break;
    }
    return occurrenceStateLabel(entry.state);
}

Result<QList<CalendarEntry>> calendarEntries(store::Workspace &ws, const QDate &from, const QDate &to, const QDate &today,
                                             const QString &language)
{
    QList<CalendarEntry> entries;
    TRELLIS_TRY_ASSIGN(const auto names, store::PartnerQuery::names(ws, language, uiLanguage()));
    TRELLIS_TRY_ASSIGN(const QList<rhythm::Ritual> rituals, store::RitualStore(ws).all(language));
    QHash<qint64, rhythm::Ritual> ritualById;
    QHash<qint64, QString> zones;
    for (const rhythm::Ritual &r : rituals) {
        ritualById.insert(r.stamp.id, r);
        if (r.schedule.isAllDay())
            continue;
        for (qint64 id : r.partnerIds) {
            if (zones.contains(id))
                continue;
            TRELLIS_TRY_ASSIGN(const domain::Partner partner, store::PartnerStore(ws).get(id));
            zones.insert(id, partner.timeZone);
        }
    }
    TRELLIS_TRY_ASSIGN(const auto occurrences, store::RitualFulfilments(ws).occurrencesBetween(from, to, today));
    for (const store::CalendarOccurrence &o : occurrences) {
        const rhythm::Ritual ritual = ritualById.value(o.ritualId);
        CalendarEntry e;
        e.recordId = o.ritualId;
        e.date = e.lastDate = o.date;
        e.title = textIn(o.title, language);
        e.ritualKind = o.kind;
        e.state = o.state;
        e.startUtc = o.startUtc;
        if (o.startUtc.isValid()) {
            e.organizerZone = ritual.schedule.timeZone;
            e.startText = QCoreApplication::translate("Calendar", "%1 %2")
                              .arg(QLocale().toString(*ritual.schedule.startTime, QLocale::ShortFormat), e.organizerZone);
            e.partnerClocks = partnerClocks({o.date, o.startUtc}, ritual.partnerIds, zones, names);
        }
        entries << e;
    }
    TRELLIS_TRY_ASSIGN(const QList<rhythm::Pause> pauses, store::PauseStore(ws).all());
    for (const rhythm::Pause &p : pauses) {
        if (p.lastDay < from || p.firstDay > to)
            continue;
        CalendarEntry e;
        e.kind = CalendarEntry::Kind::Pause;
        e.section = Section::Pauses;
        e.recordId = p.stamp.id;
        e.date = p.firstDay;
        e.lastDate = p.lastDay;
        e.agreed = p.isAgreed();
        e.title = QCoreApplication::translate("Calendar", "%1 and %2 rest").arg(isolated(names.value(p.partnerA)),
                                                                              isolated(names.value(p.partnerB)));
        entries << e;
    }
    TRELLIS_TRY_ASSIGN(const auto next, store::CustodianTermStore(ws).nextHandOver(today));
    if (next && next->on.isValid() && next->on >= from && next->on <= to) {
        CalendarEntry e;
        e.kind = CalendarEntry::Kind::HandOver;
        e.section = Section::Rituals;
        e.recordId = next->ritualId.value_or(0);
        e.date = e.lastDate = next->on;
        e.ritualKind = rhythm::RitualKind::CustodianRotation;
        e.title = QCoreApplication::translate("Calendar", "Next custodian of the archive: %1").arg(isolated(names.value(next->custodianId)));
        if (next->repeat)
            e.warning = QCoreApplication::translate("Calendar", "%1 held the archive last time too").arg(isolated(names.value(next->custodianId)));
        entries << e;
    }
    std::stable_sort(entries.begin(), entries.end(), [](const CalendarEntry &a, const CalendarEntry &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.startUtc.isValid() && b.startUtc.isValid() ? a.startUtc < b.startUtc : !a.startUtc.isValid() && b.startUtc.isValid();
    });
    return entries;
}

} // namespace trellis::gui
