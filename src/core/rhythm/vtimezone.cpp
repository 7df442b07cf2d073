#include "rhythm/vtimezone.h"

#include "i18n/icudate.h"
#include "i18n/icustring.h"
#include "rhythm/zonedtime.h"

#include <unicode/vtzone.h>

#include <memory>

namespace trellis::rhythm {

Result<QStringList> vtimezoneLines(const QString &zoneId, const QDate &from)
{
    if (!isKnownTimeZone(zoneId))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a time zone Trellis knows").arg(zoneId));
    std::unique_ptr<icu::VTimeZone> zone(icu::VTimeZone::createVTimeZoneByID(i18n::toIcu(zoneId)));
    if (!zone)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ICU has no calendar description of the time zone %1").arg(zoneId));
    // Midnight UTC on January 1 of the year before.
    const UDate start = i18n::noonUtc(QDate(from.year() - 1, 1, 1)) - 12.0 * 3600 * 1000;
    icu::UnicodeString written;
    UErrorCode status = U_ZERO_ERROR;
    zone->write(start, written, status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ICU could not describe the time zone %1 (%2)")
                                                      .arg(zoneId, QString::fromLatin1(u_errorName(status))));
    QStringList lines;
    for (const QString &line : i18n::fromIcu(written).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
        lines.append(line.trimmed());
    if (lines.isEmpty() || lines.first() != u"BEGIN:VTIMEZONE" || lines.last() != u"END:VTIMEZONE")
        return makeError(ErrorCode::InvalidInput, QStringLiteral("ICU wrote an incomplete description of the time zone %1").arg(zoneId));
    return lines;
}

} // namespace trellis::rhythm
