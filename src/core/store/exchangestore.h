#pragma once
// Saves cultural exchange rituals and links them to the campaigns they are paired with.

#include "domain/solidarityrecords.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

/// An exchange as a campaign's view lists it.
struct ExchangeSummary {
    qint64 id = 0;
    domain::ExchangeKind kind = domain::ExchangeKind::Other;
    domain::ExchangeStatus status = domain::ExchangeStatus::Planned;
    QDate heldOn;
    QString exchanged;         ///< what was exchanged, in its original language (may be empty)
    QString exchangedLanguage;
};

/// Cultural exchange persistence; every write is one transaction.
class ExchangeStore {
public:
    explicit ExchangeStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates and saves a new exchange with its partners and campaign links; returns its id.
    Result<qint64> add(domain::CulturalExchange &exchange);
    /// Saves the facts, partners, campaign links and texts of a saved exchange (texts keep their history).
    Status update(domain::CulturalExchange &exchange);
    /// Removes an exchange that was not held, with its links and texts; one that was held stays
    /// in the alliance's record.
    Status remove(qint64 id);
    Result<domain::CulturalExchange> get(qint64 id) const;
    /// Marks an exchange held or cancelled (or planned again).
    Status setStatus(qint64 id, domain::ExchangeStatus status);
    /// The exchanges paired with a campaign, by date.
    Result<QList<ExchangeSummary>> forCampaign(qint64 campaignId) const;

private:
    Status write(domain::CulturalExchange &exchange, bool isNew);
    Workspace &m_ws;
};

} // namespace trellis::store
