#include "rhythm/localtimes.h"

#include "rhythm/zonedtime.h"

namespace trellis::rhythm {

Result<QList<LocalStart>> localStarts(const Occurrence &occurrence, const QStringList &timeZones)
{
    if (!occurrence.startUtc.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An all-day ritual has no start time to show on partners' clocks"));
    QList<LocalStart> starts;
    starts.reserve(timeZones.size());
    for (const QString &zone : timeZones) {
        auto local = toZone(occurrence.startUtc, zone);
        TRELLIS_TRY(local);
        starts.append(LocalStart{zone, *local, int(occurrence.date.daysTo(local->date()))});
    }
    return starts;
}

} // namespace trellis::rhythm
