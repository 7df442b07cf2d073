#pragma once
// Wall-clock times in a named time zone turned into UTC moments, through ICU's zone data.

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace trellis::rhythm {

/// True when ICU knows the IANA zone id ("Europe/Madrid", "Asia/Tehran").
bool isKnownTimeZone(const QString &zoneId);

/// The UTC moment of a wall-clock time in a zone, as RFC 5545 reads one: a time skipped by a
/// daylight-saving change counts with the offset before the gap, a repeated time means its first
/// occurrence. An unknown zone is an error.
Result<QDateTime> toUtc(const QDate &date, const QTime &time, const QString &zoneId);

/// The same moment as the wall-clock time in a zone, with that moment's UTC offset.
Result<QDateTime> toZone(const QDateTime &utc, const QString &zoneId);

} // namespace trellis::rhythm
