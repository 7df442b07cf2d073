#include "rhythm/zonedtime.h"

#include "i18n/icustring.h"

#include <QTimeZone>

#include <unicode/basictz.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>

#include <memory>

namespace trellis::rhythm {
namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kDayMs = 86400000;

std::unique_ptr<icu::BasicTimeZone> zoneFor(const QString &zoneId)
{
    if (zoneId.isEmpty())
        return nullptr;
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(i18n::toIcu(zoneId)));
    icu::UnicodeString id;
    if (!zone || zone->getID(id) == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID))
        return nullptr;
    auto *basic = dynamic_cast<icu::BasicTimeZone *>(zone.get());
    if (!basic)
        return nullptr;
    zone.release();
    return std::unique_ptr<icu::BasicTimeZone>(basic);
}

Error unknownZone(const QString &zoneId)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("\"%1\" is not a time zone Trellis knows; use a name such as Europe/Madrid or Asia/Tehran").arg(zoneId));
}

} // namespace

bool isKnownTimeZone(const QString &zoneId) { return zoneFor(zoneId) != nullptr; }

Result<QDateTime> toUtc(const QDate &date, const QTime &time, const QString &zoneId)
{
    const auto zone = zoneFor(zoneId);
    if (!zone)
        return unknownZone(zoneId);
    const double localMs = double((date.toJulianDay() - kUnixEpochJulianDay) * kDayMs + time.msecsSinceStartOfDay());
    int32_t raw = 0;
    int32_t dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone->getOffsetFromLocal(localMs, UCAL_TZ_LOCAL_FORMER, UCAL_TZ_LOCAL_FORMER, raw, dst, status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The time zone %1 could not place %2 %3")
                                                      .arg(zoneId, date.toString(Qt::ISODate), time.toString(u"HH:mm")));
    return QDateTime::fromMSecsSinceEpoch(qint64(localMs) - raw - dst, Qt::UTC);
}

Result<QDateTime> toZone(const QDateTime &utc, const QString &zoneId)
{
    const auto zone = zoneFor(zoneId);
    if (!zone)
        return unknownZone(zoneId);
    int32_t raw = 0;
    int32_t dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone->getOffset(double(utc.toMSecsSinceEpoch()), false, raw, dst, status);
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The time zone %1 could not place a moment").arg(zoneId));
    return utc.toTimeZone(QTimeZone((raw + dst) / 1000));
}

} // namespace trellis::rhythm
