#include "store/incidentstore.h"

#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"

namespace trellis::store {

using domain::Incident;
using domain::Rehearsal;

namespace {

const LinkTable kRehearsalParticipants = partnerLinks(QStringLiteral("rehearsal_participant"), QStringLiteral("rehearsal_id"));

} // namespace

template <>
RecordRow RecordStore<Incident>::rowOf(Incident &i)
{
    return {QStringLiteral("incident"), QStringLiteral("Incident"), {QStringLiteral("protocol_id"), QStringLiteral("occurred_on")},
            {{QStringLiteral("summary"), &i.summary}, {QStringLiteral("outcome"), &i.outcome},
             {QStringLiteral("lessons"), &i.lessons}}};
}

template <>
RecordRow RecordStore<Rehearsal>::rowOf(Rehearsal &r)
{
    return {QStringLiteral("rehearsal"), QStringLiteral("Rehearsal"), {QStringLiteral("held_on")},
            {{QStringLiteral("scenario"), &r.scenario}, {QStringLiteral("observations"), &r.observations},
             {QStringLiteral("followups"), &r.followUps}},
            {{kRehearsalParticipants, &r.participantIds,
              QStringLiteral("A participant of the rehearsal is not a partner of this workspace")}}};
}

template <>
Status RecordStore<Incident>::write(Incident &incident, bool isNew)
{
    return saveRow(incident, isNew, [](Statement &row, const Incident &i) { row.bindAll(i.protocolId, i.occurredOn); },
                   QStringLiteral("The incident's protocol does not exist"));
}

template <>
Result<Incident> RecordStore<Incident>::get(qint64 id) const
{
    Incident i;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, i));
    row.readAll(i.protocolId, i.occurredOn);
    return i;
}

Result<QList<qint64>> IncidentStore::ids() const
{
    return m_ws.database().ids(QStringLiteral("SELECT id FROM incident ORDER BY occurred_on DESC, id DESC"));
}

template <>
Status RecordStore<Rehearsal>::write(Rehearsal &rehearsal, bool isNew)
{
    return saveRow(rehearsal, isNew, [](Statement &row, const Rehearsal &r) { row.bindAll(r.heldOn); });
}

template <>
Result<Rehearsal> RecordStore<Rehearsal>::get(qint64 id) const
{
    Rehearsal r;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, r));
    row.readAll(r.heldOn);
    return r;
}

Result<QList<qint64>> RehearsalStore::ids() const
{
    return m_ws.database().ids(QStringLiteral("SELECT id FROM rehearsal ORDER BY held_on DESC, id DESC"));
}

} // namespace trellis::store
