#pragma once
// Writes rituals as an RFC 5545 iCalendar file that calendar apps import and update by UID.

#include "rhythm/ritual.h"
#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::rhythm {

/// What the export writes besides the rituals themselves.
struct CalendarExportOptions {
    QStringList languages;      ///< the pair, in order (e.g. {"fa", "es"}): SUMMARY and DESCRIPTION use these
    QString calendarName;       ///< NAME / X-WR-CALNAME when not empty
    QDateTime exportedAt;       ///< DTSTAMP of a ritual with no updatedAt (UTC)
    std::optional<QDate> from;  ///< with `to`: only rituals with an occurrence in [from, to]
    std::optional<QDate> to;
};

/// The iCalendar UID of a ritual: its uuid in lower case, the same on every export.
QString ritualUid(const Ritual &ritual);

/// The whole VCALENDAR (UTF-8, CRLF, folded): PRODID, VERSION, CALSCALE, one VTIMEZONE per zone
/// a timed ritual uses, one VEVENT per ritual. A ritual whose schedule does not validate is an
/// error naming it; nothing half-written is returned. Unchanged rituals give identical bytes.
Result<QByteArray> writeICalendar(const QList<Ritual> &rituals, const CalendarExportOptions &options);

} // namespace trellis::rhythm
