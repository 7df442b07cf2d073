#include "store/firedrillstore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using rhythm::FireDrill;

namespace {

const LinkTable kDrillPartners = partnerLinks(QStringLiteral("fire_drill_partner"), QStringLiteral("drill_id"));
const LinkTable kProtocols{QStringLiteral("fire_drill_protocol"), QStringLiteral("drill_id"), QStringLiteral("protocol_id"),
                           QStringLiteral("Protocol")};

} // namespace

template <>
RecordRow RecordStore<FireDrill>::rowOf(FireDrill &d)
{
    return {QStringLiteral("fire_drill"), QStringLiteral("Fire drill"),
            {QStringLiteral("kind"), QStringLiteral("first_day"), QStringLiteral("last_day")},
            {{QStringLiteral("what_held"), &d.whatHeld}, {QStringLiteral("what_broke"), &d.whatBroke},
             {QStringLiteral("follow_ups"), &d.followUps}},
            {{kDrillPartners, &d.partnerIds, QStringLiteral("A partner of the fire drill is not a partner of this workspace")},
             {kProtocols, &d.protocolIds}}};
}

template <>
Status RecordStore<FireDrill>::write(FireDrill &drill, bool isNew)
{
    return saveRow(drill, isNew, [](Statement &row, const FireDrill &d) {
        row.bindAll(rhythm::fireDrillKindKey(d.kind), d.firstDay, d.lastDay);
    });
}

template <>
Result<FireDrill> RecordStore<FireDrill>::get(qint64 id) const
{
    FireDrill d;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, d));
    d.kind = rhythm::fireDrillKindFromKey(row.text(0)).value_or(rhythm::FireDrillKind::Other);
    row.readFrom(1, d.firstDay, d.lastDay);
    return d;
}

Result<QList<qint64>> FireDrillStore::ids() const
{
    return m_ws.database().ids(QStringLiteral(
        "SELECT id FROM fire_drill ORDER BY first_day DESC, id DESC"));
}

Result<QList<qint64>> FireDrillStore::ofProtocol(qint64 protocolId) const
{
    return m_ws.database().ids(QStringLiteral(
        "SELECT d.id FROM fire_drill d JOIN fire_drill_protocol p ON p.drill_id = d.id WHERE p.protocol_id = ? "
        "ORDER BY d.first_day DESC, d.id DESC"), protocolId);
}

} // namespace trellis::store
