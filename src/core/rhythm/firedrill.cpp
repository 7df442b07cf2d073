#include "rhythm/firedrill.h"

#include "domain/solidarityrecords.h"
#include "util/keytable.h"

namespace trellis::rhythm {
namespace {

constexpr KeyTable<FireDrillKind, 3> kDrillKinds = {{
    {FireDrillKind::CommunicationBlackout, u"communication-blackout"},
    {FireDrillKind::RoleSwap, u"role-swap"},
    {FireDrillKind::Other, u"other"},
}};

} // namespace

QString fireDrillKindKey(FireDrillKind kind) { return keyIn(kDrillKinds, kind); }
std::optional<FireDrillKind> fireDrillKindFromKey(const QString &key) { return valueIn(kDrillKinds, key); }

Status FireDrill::normalise()
{
    if (!firstDay.isValid() || !lastDay.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A fire drill needs its first and last day"));
    if (lastDay < firstDay)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The fire drill ends (%1) before it begins (%2)")
                                                      .arg(lastDay.toString(Qt::ISODate), firstDay.toString(Qt::ISODate)));
    if (firstDay.daysTo(lastDay) >= kMaxDays)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A fire drill lasts %1 days at most: it rehearses a rupture, it is not one").arg(kMaxDays));
    if (partnerIds.size() < 2)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A fire drill tests the ties between partners: name at least two"));
    TRELLIS_TRY(domain::checkIds(partnerIds, QStringLiteral("Partners")));
    TRELLIS_TRY(domain::checkIds(protocolIds, QStringLiteral("Protocols")));
    TRELLIS_TRY(whatHeld.normalise(QStringLiteral("What held")));
    TRELLIS_TRY(whatBroke.normalise(QStringLiteral("What broke")));
    TRELLIS_TRY(followUps.normalise(QStringLiteral("Follow-ups")));
    if (whatHeld.original().trimmed().isEmpty() && whatBroke.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Say what held or what broke: a fire drill is recorded once it has been run"));
    return {};
}

} // namespace trellis::rhythm
