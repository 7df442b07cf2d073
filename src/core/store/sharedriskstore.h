#pragma once
// Saves the risks partners took together, with the part each bore, links them to campaigns,
// ledger entries and incidents, and lets answers to the retro's third question cite them.

#include "domain/solidarityrecords.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

/// A shared risk as lists show it.
struct SharedRiskSummary {
    qint64 id = 0;
    QString uuid;
    QDate takenOn;
    QString what;         ///< in its original language
    QString whatLanguage;
    QList<qint64> partnerIds; ///< those who bore a part, by id
};

/// What a shared risk can be linked to, each through its own table.
enum class RiskLink { Campaign, LedgerEntry, Incident };

/// Shared risks with the part each partner bore (a part keeps its texts' history) and their links.
/// remove takes a risk's parts, links and citations with it, but refuses a risk a published retro cites.
class SharedRiskStore : public RecordStore<domain::SharedRisk> {
public:
    using RecordStore::RecordStore;

    /// Every risk, oldest first.
    Result<QList<SharedRiskSummary>> list() const;

    /// Links the risk to a campaign, ledger entry or incident (linking twice changes nothing).
    Status link(qint64 riskId, RiskLink kind, qint64 otherId);
    /// Removes one link; NotFound when there was none.
    Status unlink(qint64 riskId, RiskLink kind, qint64 otherId);

    /// The risks taken in a quarter ("2026-Q3"), oldest first: what the retro's third question
    /// ("Which shared risk proved our alliance?") can cite.
    Result<QList<SharedRiskSummary>> risksOfQuarter(const QString &quarter) const;
    /// An answer to the retro's third question cites a risk (citing twice changes nothing);
    /// answers to the other two questions are refused.
    Status citeInAnswer(qint64 answerId, qint64 riskId);
    /// Withdraws a citation; NotFound when there was none.
    Status uncite(qint64 answerId, qint64 riskId);
    /// The risks an answer cites, oldest first.
    Result<QList<SharedRiskSummary>> citedIn(qint64 answerId) const;
    /// The answers that cite a risk, by id.
    Result<QList<qint64>> answersCiting(qint64 riskId) const;
};

template <> RecordRow RecordStore<domain::SharedRisk>::rowOf(domain::SharedRisk &record);
template <> Status RecordStore<domain::SharedRisk>::write(domain::SharedRisk &record, bool isNew);
template <> Status RecordStore<domain::SharedRisk>::remove(qint64 id);
template <> Result<domain::SharedRisk> RecordStore<domain::SharedRisk>::get(qint64 id) const;

} // namespace trellis::store
