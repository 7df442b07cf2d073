#include "rhythm/ritual.h"

#include "util/keytable.h"

namespace trellis::rhythm {
namespace {

constexpr KeyTable<RitualKind, 8> kRitualKinds = {{
    {RitualKind::QuarterlyRetro, u"quarterly-retro"},
    {RitualKind::ListeningCircle, u"listening-circle"},
    {RitualKind::RuptureRehearsal, u"rupture-rehearsal"},
    {RitualKind::FireDrill, u"fire-drill"},
    {RitualKind::CustodianRotation, u"custodian-rotation"},
    {RitualKind::CulturalExchange, u"cultural-exchange"},
    {RitualKind::Congress, u"congress"},
    {RitualKind::Custom, u"custom"},
}};

} // namespace

Status Ritual::normalise()
{
    if (title.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A ritual needs a title"));
    TRELLIS_TRY(title.normalise(QStringLiteral("Title")));
    TRELLIS_TRY(description.normalise(QStringLiteral("Description")));
    for (qint64 id : partnerIds)
        if (id <= 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Each partner of a ritual must be saved first"));
    return schedule.validate();
}

QString ritualKindKey(RitualKind kind) { return keyIn(kRitualKinds, kind); }
std::optional<RitualKind> ritualKindFromKey(const QString &key) { return valueIn(kRitualKinds, key); }

} // namespace trellis::rhythm
