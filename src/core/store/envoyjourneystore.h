#pragma once
// Saves envoy journeys between partners, with the ledger entries and crossovers they are linked to.

#include "rhythm/envoyjourney.h"
#include "store/recordstore.h"

#include <QList>

namespace trellis::store {

/// Envoy journeys. A ledger entry a journey names (its hosting, its funds) is kept; a crossover
/// that is deleted leaves the journey, without the link.
class EnvoyJourneyStore : public RecordStore<rhythm::EnvoyJourney> {
public:
    using RecordStore::RecordStore;
    /// Every journey, the latest first.
    Result<QList<qint64>> ids() const;
    /// The journeys from or to a partner, the latest first.
    Result<QList<qint64>> ofPartner(qint64 partnerId) const;
};

template <> Status RecordStore<rhythm::EnvoyJourney>::write(rhythm::EnvoyJourney &record, bool isNew);
template <> RecordRow RecordStore<rhythm::EnvoyJourney>::rowOf(rhythm::EnvoyJourney &record);
template <> Result<rhythm::EnvoyJourney> RecordStore<rhythm::EnvoyJourney>::get(qint64 id) const;

} // namespace trellis::store
