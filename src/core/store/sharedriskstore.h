#pragma once
// Saves the risks partners took together, with the part each bore, links them to campaigns,
// ledger entries and incidents, and lets answers to the retro's third question cite them.

#include "domain/solidarityrecords.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

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

/// Shared risk persistence; every write is one transaction.
class SharedRiskStore {
public:
    explicit SharedRiskStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates and saves a new risk with its parts and links; returns its id.
    Result<qint64> add(domain::SharedRisk &risk);
    /// Saves the facts, parts and links of a saved risk; a part keeps its texts' history.
    Status update(domain::SharedRisk &risk);
    /// Removes a risk, its parts, its links and citations, and their texts.
    Status remove(qint64 id);
    Result<domain::SharedRisk> get(qint64 id) const;
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

private:
    Status write(domain::SharedRisk &risk, bool isNew);
    Workspace &m_ws;
};

} // namespace trellis::store
