#pragma once
// Saves cultural exchange rituals and links them to the campaigns they are paired with.

#include "domain/solidarityrecords.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

/// An exchange as a campaign's view lists it.
struct ExchangeSummary {
    qint64 id = 0;
    domain::ExchangeKind kind = domain::ExchangeKind::Other;
    domain::ExchangeStatus status = domain::ExchangeStatus::Planned;
    QDate heldOn;
    QString exchanged;         ///< what was exchanged, in its original language (may be empty)
    QString exchangedLanguage;
};

/// Cultural exchanges with their partners and the campaigns they are paired with. remove refuses
/// an exchange that was held: it stays in the alliance's record.
class ExchangeStore : public RecordStore<domain::CulturalExchange> {
public:
    using RecordStore::RecordStore;

    /// Marks an exchange held or cancelled (or planned again).
    Status setStatus(qint64 id, domain::ExchangeStatus status);
    /// The exchanges paired with a campaign, by date.
    Result<QList<ExchangeSummary>> forCampaign(qint64 campaignId) const;
};

template <> RecordRow RecordStore<domain::CulturalExchange>::rowOf(domain::CulturalExchange &record);
template <> Status RecordStore<domain::CulturalExchange>::write(domain::CulturalExchange &exchange, bool isNew);
template <> Status RecordStore<domain::CulturalExchange>::remove(qint64 id);
template <> Result<domain::CulturalExchange> RecordStore<domain::CulturalExchange>::get(qint64 id) const;

} // namespace trellis::store
