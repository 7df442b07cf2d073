// ProtocolStore's incidents and rupture rehearsals: two dated records with three texts each,
// written, read and removed through the store kit's record row.
#include "store/protocolstore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

namespace trellis::store {
namespace {

const ParticipantTable kRehearsalParticipants{QStringLiteral("rehearsal_participant"), QStringLiteral("rehearsal_id")};

RecordRow rowOf(domain::Incident &i)
{
    return {QStringLiteral("incident"), QStringLiteral("Incident"), {QStringLiteral("protocol_id"), QStringLiteral("occurred_on")},
            {{QStringLiteral("summary"), &i.summary}, {QStringLiteral("outcome"), &i.outcome},
             {QStringLiteral("lessons"), &i.lessons}}};
}

RecordRow rowOf(domain::Rehearsal &r)
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

Result<qint64> ProtocolStore::addIncident(domain::Incident &incident)
{
    TRELLIS_TRY(writeIncident(incident, true));
    return incident.stamp.id;
}

Status ProtocolStore::updateIncident(domain::Incident &incident)
{
    return writeIncident(incident, false);
}

Status ProtocolStore::writeIncident(domain::Incident &incident, bool isNew)
{
    domain::Incident i = incident;
    TRELLIS_TRY(i.normalise());
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&] {
        return writeRecordRow(db, rowOf(i), isNew, i.stamp, m_ws.author(),
                              [&](Statement &row) { row.bindAll(i.protocolId, i.occurredOn); },
                              QStringLiteral("The incident's protocol does not exist"));
    }));
    log::get("store")->debug("incident {} saved", i.stamp.id);
    incident = i;
    return {};
}

Status ProtocolStore::removeIncident(qint64 id)
{
    domain::Incident i;
    return removeRecordRow(m_ws.database(), rowOf(i), id);
}

Result<domain::Incident> ProtocolStore::incident(qint64 id) const
{
    domain::Incident i;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(m_ws.database(), rowOf(i), id, i.stamp));
    i.protocolId = row.optionalInt64(0);
    i.occurredOn = row.date(1);
    return i;
}

Result<QList<qint64>> ProtocolStore::incidentIds() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM incident ORDER BY occurred_on DESC, id DESC"));
}

Result<qint64> ProtocolStore::addRehearsal(domain::Rehearsal &rehearsal)
{
    TRELLIS_TRY(writeRehearsal(rehearsal, true));
    return rehearsal.stamp.id;
}

Status ProtocolStore::updateRehearsal(domain::Rehearsal &rehearsal)
{
    return writeRehearsal(rehearsal, false);
}

Status ProtocolStore::writeRehearsal(domain::Rehearsal &rehearsal, bool isNew)
{
    domain::Rehearsal r = rehearsal;
    TRELLIS_TRY(r.normalise());
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY(writeRecordRow(db, rowOf(r), isNew, r.stamp, m_ws.author(),
                                   [&](Statement &row) { row.bindAll(r.heldOn); }));
        return replaceParticipants(db, kRehearsalParticipants, r.stamp.id, r.participantIds,
                                   QStringLiteral("A participant of the rehearsal is not a partner of this workspace"));
    }));
    log::get("store")->debug("rehearsal {} saved", r.stamp.id);
    rehearsal = r;
    return {};
}

Status ProtocolStore::removeRehearsal(qint64 id)
{
    domain::Rehearsal r;
    return removeRecordRow(m_ws.database(), rowOf(r), id);
}

Result<domain::Rehearsal> ProtocolStore::rehearsal(qint64 id) const
{
    domain::Rehearsal r;
    TRELLIS_TRY_ASSIGN(const Statement row, readRecordRow(m_ws.database(), rowOf(r), id, r.stamp));
    r.heldOn = row.date(0);
    TRELLIS_TRY_ASSIGN(r.participantIds, participantsOf(m_ws.database(), kRehearsalParticipants, id));
    return r;
}

Result<QList<qint64>> ProtocolStore::rehearsalIds() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM rehearsal ORDER BY held_on DESC, id DESC"));
}

} // namespace trellis::store
