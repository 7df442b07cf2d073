#pragma once
// Saves what happened under the conflict protocols: incidents and rupture rehearsals, each a dated
// record with three bilingual texts.

#include "domain/protocol.h"
#include "store/recordstore.h"

#include <QList>

namespace trellis::store {

/// Incidents and the protocol each was handled with. remove refuses an incident another record
/// refers to (a shared risk that links it).
class IncidentStore : public RecordStore<domain::Incident> {
public:
    using RecordStore::RecordStore;
    /// Every incident, the latest first.
    Result<QList<qint64>> ids() const;
};

/// Rupture rehearsals and the partners who took part; remove takes the participants and texts with it.
class RehearsalStore : public RecordStore<domain::Rehearsal> {
public:
    using RecordStore::RecordStore;
    /// Every rehearsal, the latest first.
    Result<QList<qint64>> ids() const;
};

template <> Status RecordStore<domain::Incident>::write(domain::Incident &record, bool isNew);
template <> RecordRow RecordStore<domain::Incident>::rowOf(domain::Incident &record);
template <> Result<domain::Incident> RecordStore<domain::Incident>::get(qint64 id) const;

template <> Status RecordStore<domain::Rehearsal>::write(domain::Rehearsal &record, bool isNew);
template <> RecordRow RecordStore<domain::Rehearsal>::rowOf(domain::Rehearsal &record);
template <> Result<domain::Rehearsal> RecordStore<domain::Rehearsal>::get(qint64 id) const;

} // namespace trellis::store
