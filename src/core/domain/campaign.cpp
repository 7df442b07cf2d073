#include "domain/campaign.h"

#include <QSet>

namespace trellis::domain {

QString campaignStatusKey(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Proposed: return QStringLiteral("proposed");
    case CampaignStatus::QuorumMet: return QStringLiteral("quorum_met");
    case CampaignStatus::Active: return QStringLiteral("active");
    case CampaignStatus::Paused: return QStringLiteral("paused");
    case CampaignStatus::Closed: return QStringLiteral("closed");
    }
    return QString();
}

std::optional<CampaignStatus> campaignStatusFromKey(const QString &key)
{
    for (auto s : {CampaignStatus::Proposed, CampaignStatus::QuorumMet, CampaignStatus::Active,
                   CampaignStatus::Paused, CampaignStatus::Closed}) {
        if (campaignStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool campaignStatusMayFollow(CampaignStatus from, CampaignStatus to)
{
    using S = CampaignStatus;
    switch (from) {
    case S::Proposed: return to == S::QuorumMet || to == S::Active || to == S::Closed;
    case S::QuorumMet: return to == S::Proposed || to == S::Active || to == S::Closed;
    case S::Active: return to == S::Paused || to == S::Closed;
    case S::Paused: return to == S::Active || to == S::Closed;
    case S::Closed: return false;
    }
    return false;
}

bool campaignStatusNeedsQuorum(CampaignStatus status)
{
    return status == CampaignStatus::QuorumMet || status == CampaignStatus::Active;
}

Status Campaign::normalise()
{
    if (title.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A campaign needs a title"));
    TRELLIS_TRY(title.normalise(QStringLiteral("Title")));
    TRELLIS_TRY(aims.normalise(QStringLiteral("Aims")));
    if (startsOn.isValid() && endsOn.isValid() && endsOn < startsOn)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A campaign cannot end before it starts"));
    QSet<qint64> seen;
    for (const CampaignPartner &p : partners) {
        if (p.partnerId <= 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A campaign's partner must be a saved partner"));
        if (seen.contains(p.partnerId))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A partner joins a campaign only once"));
        if (!p.joinedOn.isValid())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Each partner of a campaign needs the day it joined"));
        seen.insert(p.partnerId);
    }
    return {};
}

} // namespace trellis::domain
