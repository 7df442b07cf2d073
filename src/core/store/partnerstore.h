#pragma once
// Saves and loads partners and the listening quorum's paraphrases of their goals.

#include "domain/partner.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

/// A partner as lists show it, without loading its texts.
struct PartnerSummary {
    qint64 id = 0;
    QString uuid;
    QString name;         ///< in its original script
    QString nameLanguage; ///< the original's language
    QString nameLatin;
    domain::PartnerKind kind = domain::PartnerKind::Movement;
    QString country;
};

/// Partners and the listening quorum's paraphrases of their goals. remove refuses a partner that a
/// ledger entry, retro or protocol refers to.
class PartnerStore : public RecordStore<domain::Partner> {
public:
    using RecordStore::RecordStore;

    /// Every partner, sorted by name with the collation of sortLanguage (or root order).
    Result<QList<PartnerSummary>> list(const QString &sortLanguage = QString()) const;
    Result<qint64> count() const;
    /// What could deceive in a partner's name before it is saved: mixed scripts, invisible
    /// characters, and look-alikes of other partners' names (UTS #39 skeletons). Empty when honest.
    Result<QStringList> nameWarnings(const domain::Partner &partner) const;

    Result<qint64> addParaphrase(domain::GoalParaphrase &paraphrase);
    Result<QList<domain::GoalParaphrase>> paraphrasesOf(qint64 partnerId) const;
    /// Saves the translations of a paraphrase; its original stays as its author wrote it (a new
    /// wording is a revision, recorded by the campaign's listening quorum).
    Status saveParaphraseTranslations(qint64 paraphraseId, const domain::BilingualText &text);
};

template <> RecordRow RecordStore<domain::Partner>::rowOf(domain::Partner &record);
template <> Status RecordStore<domain::Partner>::write(domain::Partner &record, bool isNew);
template <> Status RecordStore<domain::Partner>::remove(qint64 id);
template <> Result<domain::Partner> RecordStore<domain::Partner>::get(qint64 id) const;

} // namespace trellis::store
