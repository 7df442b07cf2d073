#pragma once
// Saves campaigns, moves their status through the listening quorum's gate, and records the
// acknowledgements of paraphrased goals (append-only).

#include "domain/campaign.h"
#include "domain/listeningquorum.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

/// A campaign as lists show it.
struct CampaignSummary {
    qint64 id = 0;
    QString uuid;
    QString title;         ///< in its original language
    QString titleLanguage;
    domain::CampaignStatus status = domain::CampaignStatus::Proposed;
    QDate startsOn;
    QDate endsOn;
    int partners = 0;
    bool quorumComplete = false; ///< every ordered pair acknowledged (also for a campaign already active)
};

/// One status change, as the file's history keeps it.
struct CampaignStatusChange {
    std::optional<domain::CampaignStatus> from; ///< nothing at creation
    domain::CampaignStatus to = domain::CampaignStatus::Proposed;
    QString by;
    QString at; ///< UTC, ISO 8601
};

/// One answer to a paraphrase: acknowledged or sent back (with its note), or a revision.
struct ParaphraseEvent {
    qint64 id = 0;
    qint64 paraphraseId = 0;
    domain::ParaphraseState action = domain::ParaphraseState::Acknowledged;
    QString by;
    QString at;
    domain::BilingualText note;
};

/// Campaigns with their partners, the listening quorum's gate and the status flow. A new campaign is
/// saved as proposed and its status moves only through setStatus; remove takes only a proposed one
/// (close the others).
class CampaignStore : public RecordStore<domain::Campaign> {
public:
    using RecordStore::RecordStore;

    Result<QList<CampaignSummary>> list() const;

    /// What the gate sees of the campaign: its partners, their paraphrases of each other, its exchanges.
    Result<domain::QuorumInput> quorum(qint64 id) const;
    /// Moves the campaign to status. Refused when the flow does not allow it, and, for quorum
    /// met or active, with the list of who still has to paraphrase whom (partner names in their
    /// original script) when the gate is closed.
    Status setStatus(qint64 id, domain::CampaignStatus status);
    Result<QList<CampaignStatusChange>> history(qint64 id) const;

    /// The paraphrased partner's "yes, that is what we mean", given by byName.
    Result<qint64> acknowledge(qint64 paraphraseId, const QString &byName);
    /// The paraphrased partner sends the paraphrase back with a note.
    Result<qint64> sendBack(qint64 paraphraseId, const QString &byName, domain::BilingualText note);
    /// Every answer and revision of a paraphrase, oldest first.
    Result<QList<ParaphraseEvent>> paraphraseHistory(qint64 paraphraseId) const;

private:
    Result<qint64> answer(qint64 paraphraseId, domain::ParaphraseState action, const QString &byName,
                          domain::BilingualText note);
    Result<QString> partnerName(qint64 id) const;
};

template <> RecordRow RecordStore<domain::Campaign>::rowOf(domain::Campaign &record);
template <> Status RecordStore<domain::Campaign>::write(domain::Campaign &record, bool isNew);
template <> Status RecordStore<domain::Campaign>::remove(qint64 id);
template <> Result<domain::Campaign> RecordStore<domain::Campaign>::get(qint64 id) const;

} // namespace trellis::store
