#include "store/firedrillstore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using rhythm::FireDrill;

namespace {

const ParticipantTable kPartners{QStringLiteral("fire_drill_partner"), QStringLiteral("drill_id")};
const LinkTable kProtocols{QStringLiteral("fire_drill_protocol"), QStringLiteral("drill_id"), QStringLiteral("protocol_id"),
                           QStringLiteral("Protocol")};

RecordRow rowOf(FireDrill &d)
{
    return {QStringLiteral("fire_drill"), QStringLiteral("Fire drill"),
            {QStringLiteral("kind"), QStringLiteral("first_day"), QStringLiteral("last_day")},
            {{QStringLiteral("what_held"), &d.whatHeld}, {QStringLiteral("what_broke"), &d.whatBroke},
             {QStringLiteral("follow_ups"), &d.followUps}}};
}

} // namespace

template <>
Status RecordStore<FireDrill>::write(FireDrill &drill, bool isNew)
{
    return save(drill, "fire drill", [&](Database &db, FireDrill &d) -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(d), isNew, d.stamp, m_ws.author(), [&](Statement &row) {
            row.bindAll(rhythm::fireDrillKindKey(d.kind), d.firstDay, d.lastDay);
        }));
        TRELLIS_TRY(replaceParticipants(db, kPartners, d.stamp.id, d.partnerIds,
                                        QStringLiteral("A partner of the fire drill is not a partner of this workspace")));
        return replaceLinks(db, kProtocols, d.stamp.id, d.protocolIds);
    });
}

template <>
Status RecordStore<FireDrill>::remove(qint64 id)
{
    FireDrill d;
    return removeRecordRow(m_ws.database(), rowOf(d), id);
}

template <>
Result<FireDrill> RecordStore<FireDrill>::get(qint64 id) const
{
    Database &db = m_ws.database();
    FireDrill d;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(db, rowOf(d), id, d.stamp));
    d.kind = rhythm::fireDrillKindFromKey(row.text(0)).value_or(rhythm::FireDrillKind::Other);
    d.firstDay = row.date(1);
    d.lastDay = row.date(2);
    TRELLIS_TRY_ASSIGN(d.partnerIds, participantsOf(db, kPartners, id));
    TRELLIS_TRY_ASSIGN(d.protocolIds, linksOf(db, kProtocols, id));
    return d;
}

Result<QList<qint64>> FireDrillStore::ids() const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT id FROM fire_drill ORDER BY first_day DESC, id DESC")));
    return select.int64Column();
}

Result<QList<qint64>> FireDrillStore::ofProtocol(qint64 protocolId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT d.id FROM fire_drill d JOIN fire_drill_protocol p ON p.drill_id = d.id WHERE p.protocol_id = ? "
        "ORDER BY d.first_day DESC, d.id DESC"), protocolId));
    return select.int64Column();
}

} // namespace trellis::store
