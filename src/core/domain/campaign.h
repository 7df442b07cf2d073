#pragma once
// A campaign: a joint project of partners, gated by the listening quorum and paired with a
// cultural exchange. Its status goes proposed → quorum met → active → paused → closed.

#include "domain/bilingualtext.h"
#include "domain/record.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis::domain {

enum class CampaignStatus { Proposed, QuorumMet, Active, Paused, Closed };
QString campaignStatusKey(CampaignStatus status); ///< "proposed", "quorum_met", ... as stored
std::optional<CampaignStatus> campaignStatusFromKey(const QString &key);
/// Whether the flow allows from → to (the same rule the file enforces); the gate comes on top.
bool campaignStatusMayFollow(CampaignStatus from, CampaignStatus to);
/// Whether reaching this status needs the listening quorum (quorum met, active).
bool campaignStatusNeedsQuorum(CampaignStatus status);

/// One partner of a campaign and the day it joined.
struct CampaignPartner {
    qint64 partnerId = 0;
    QDate joinedOn;
    bool operator==(const CampaignPartner &) const = default;
};

/// A joint project; status changes go through the gate, never through a plain save.
struct Campaign {
    RecordStamp stamp;
    BilingualText title;
    BilingualText aims;
    QDate startsOn; ///< may be unset while proposed
    QDate endsOn;
    CampaignStatus status = CampaignStatus::Proposed;
    QList<CampaignPartner> partners;

    /// Checks every field and normalises text; errors name the field.
    Status normalise();
};

} // namespace trellis::domain
