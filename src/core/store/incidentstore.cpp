#include "store/incidentstore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using domain::Incident;
using domain::Rehearsal;

namespace {

const ParticipantTable kRehearsalParticipants{QStringLiteral("rehearsal_participant"), QStringLiteral("rehearsal_id")};

RecordRow rowOf(Incident &i)
{
    return {QStringLiteral("incident"), QStringLiteral("Incident"), {QStringLiteral("protocol_id"), QStringLiteral("occurred_on")},
            {{QStringLiteral("summary"), &i.summary}, {QStringLiteral("outcome"), &i.outcome},
             {QStringLiteral("lessons"), &i.lessons}}};
}

RecordRow rowOf(Rehearsal &r)
{
    return {QStringLiteral("rehearsal"), QStringLiteral("Rehearsal"), {QStringLiteral("held_on")},
            {{QStringLiteral("scenario"), &r.scenario}, {QStringLiteral("observations"), &r.observations},
             {QStringLiteral("followups"), &r.followUps}}};
}

Result<QList<qint64>> allIds(Database &db, const QString &sql)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(sql));
    return select.int64Column();
}

} // namespace

template <>
Status RecordStore<Incident>::write(Incident &incident, bool isNew)
{
    return save(incident, "incident", [&](Database &db, Incident &i) {
        return writeRecordRow(db, rowOf(i), isNew, i.stamp, m_ws.author(),
                              [&](Statement &row) { row.bindAll(i.protocolId, i.occurredOn); },
                              QStringLiteral("The incident's protocol does not exist"));
    });
}

template <>
Status RecordStore<Incident>::remove(qint64 id)
{
    Incident i;
    return removeRecordRow(m_ws.database(), rowOf(i), id);
}

template <>
Result<Incident> RecordStore<Incident>::get(qint64 id) const
{
    Incident i;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(m_ws.database(), rowOf(i), id, i.stamp));
    i.protocolId = row.optionalInt64(0);
    i.occurredOn = row.date(1);
    return i;
}

Result<QList<qint64>> IncidentStore::ids() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM incident ORDER BY occurred_on DESC, id DESC"));
}

template <>
Status RecordStore<Rehearsal>::write(Rehearsal &rehearsal, bool isNew)
{
    return save(rehearsal, "rehearsal", [&](Database &db, Rehearsal &r) -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(r), isNew, r.stamp, m_ws.author(),
                                   [&](Statement &row) { row.bindAll(r.heldOn); }));
        return replaceParticipants(db, kRehearsalParticipants, r.stamp.id, r.participantIds,
                                   QStringLiteral("A participant of the rehearsal is not a partner of this workspace"));
    });
}

template <>
Status RecordStore<Rehearsal>::remove(qint64 id)
{
    Rehearsal r;
    return removeRecordRow(m_ws.database(), rowOf(r), id);
}

template <>
Result<Rehearsal> RecordStore<Rehearsal>::get(qint64 id) const
{
    Rehearsal r;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(m_ws.database(), rowOf(r), id, r.stamp));
    r.heldOn = row.date(0);
    TRELLIS_TRY_ASSIGN(r.participantIds, participantsOf(m_ws.database(), kRehearsalParticipants, id));
    return r;
}

Result<QList<qint64>> RehearsalStore::ids() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM rehearsal ORDER BY held_on DESC, id DESC"));
}

} // namespace trellis::store
