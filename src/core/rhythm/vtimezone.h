#pragma once
// The VTIMEZONE component of an IANA zone, written by ICU's VTimeZone from its own zone data.

#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace trellis::rhythm {

/// The VTIMEZONE for zoneId as unfolded content lines (no line breaks), covering every moment
/// from January 1 of the year before `from` on: ICU writes the transitions after that moment, so
/// an event on `from` falls after an observance's start. The same zone and `from` always give the
/// same lines (ICU's X-TZINFO names its data version and that moment).
Result<QStringList> vtimezoneLines(const QString &zoneId, const QDate &from);

} // namespace trellis::rhythm
