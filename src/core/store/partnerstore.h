#pragma once
// Saves and loads partners and the listening quorum's paraphrases of their goals.

#include "domain/partner.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

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

/// Partner persistence; every write is one transaction.
class PartnerStore {
public:
    explicit PartnerStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates, saves and fills partner.stamp; returns the new id.
    Result<qint64> add(domain::Partner &partner);
    Status update(domain::Partner &partner);
    /// Removes a partner that no ledger entry, retro or protocol refers to.
    Status remove(qint64 id);
    Result<domain::Partner> get(qint64 id) const;
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

private:
    Status write(domain::Partner &partner, bool isNew);
    Workspace &m_ws;
};

} // namespace trellis::store
