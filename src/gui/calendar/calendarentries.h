#pragma once
// What the calendar shows in a span of days: rituals' occurrences with their state and each
// partner's clock, agreed and proposed pauses, and the next archive hand-over.

#include "gui/sections/section.h"
#include "rhythm/occurrencestate.h"
#include "rhythm/ritual.h"
#include "util/result.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// One line of the calendar: an occurrence, a pause (over its days) or the next hand-over.
struct CalendarEntry {
    enum class Kind { Ritual, Pause, HandOver };
    Kind kind = Kind::Ritual;
    Section section = Section::Rituals; ///< where the record opens
    qint64 recordId = 0;                ///< the ritual, the pause, or the custodian-rotation ritual
    QDate date;
    QDate lastDate;                     ///< a pause's last day; date otherwise
    QString title;                      ///< in the asked language, else its original
    rhythm::RitualKind ritualKind = rhythm::RitualKind::Custom;
    rhythm::OccurrenceState state = rhythm::OccurrenceState::Upcoming;
    bool agreed = true;                 ///< a pause both sides consented to
    QDateTime startUtc;                 ///< invalid: all day
    QString organizerZone;
    QString startText;                  ///< on the organizer's clock, "17:30 Asia/Tehran"; empty all day
    QStringList partnerClocks;          ///< "Colectiva 09:00", "Kanun 17:30" (a day shift said with it)
    QString warning;                    ///< a hand-over to whoever held the archive last time

    bool covers(const QDate &day) const { return day >= date && day <= lastDate; }
};

/// The mark of an entry in both views: green done, amber due, red missed, the text colour for
/// what is to come; pauses blue, the hand-over violet.
QColor entryColour(const CalendarEntry &entry, const QPalette &palette);
/// The entry's state in words: "done", "due", "missed", "upcoming"; a pause "agreed" or "proposed".
QString entryStateLabel(const CalendarEntry &entry);

/// The entries with a day in [from, to], by date; states as of today. Names and titles in language
/// (else their original); times in the UI locale.
Result<QList<CalendarEntry>> calendarEntries(store::Workspace &workspace, const QDate &from, const QDate &to,
                                             const QDate &today, const QString &language);

} // namespace trellis::gui
