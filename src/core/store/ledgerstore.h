#pragma once
// Saves, posts and reverses reciprocity-ledger entries, and records mutual consent for funds.

#include "domain/ledgerentry.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

namespace trellis::store {

class Workspace;

/// One approval or withdrawal of a funds entry by one side; never edited or erased.
struct ConsentAction {
    qint64 id = 0;
    qint64 partnerId = 0;
    bool approve = true;  ///< false: a withdrawal
    QString byName;
    QString at;           ///< UTC, ISO 8601
    QString note;
};

/// Where a funds entry stands: each side's latest word, and the whole history.
struct Consent {
    bool fromApproved = false;
    bool toApproved = false;
    QList<ConsentAction> history;
    /// Disbursed only with an approval standing from each side.
    bool disbursed() const { return fromApproved && toApproved; }
};

/// Ledger persistence. Posted entries are immutable (also enforced by triggers in the file).
class LedgerStore {
public:
    explicit LedgerStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates and saves a new entry (draft or posted); fills entry.stamp and postedAt.
    Result<qint64> add(domain::LedgerEntry &entry);
    /// Saves many new entries in one transaction: all of them, or none when one is refused
    /// (the error names its position, counting from 1).
    Status addBatch(QList<domain::LedgerEntry> &entries);
    /// Changes a draft; a posted entry is refused.
    Status updateDraft(domain::LedgerEntry &entry);
    /// Saves the translations of an entry's narrative, posted or not: the original (text and
    /// language) must be the stored one, since a posted narrative is final and a draft's changes
    /// go through updateDraft. The entry's row, and so the ledger chain, is untouched.
    Status saveNarrativeTranslations(qint64 id, const domain::BilingualText &narrative);
    /// Deletes a draft; a posted entry is refused.
    Status removeDraft(qint64 id);
    /// Posts a draft: from then on it is immutable.
    Status post(qint64 id);
    /// Records the posted reversing entry of a posted entry; reason explains it (may be empty).
    Result<qint64> reverse(qint64 id, const domain::BilingualText &reason, const QDate &date = QDate::currentDate());
    Result<domain::LedgerEntry> get(qint64 id) const;
    /// The id of the entry that reverses id, if any.
    Result<std::optional<qint64>> reversalOf(qint64 id) const;
    Result<qint64> count() const;

    /// Records an approval or a withdrawal of a funds entry by one of its two partners.
    Result<qint64> recordConsent(qint64 entryId, qint64 partnerId, bool approve, const QString &byName,
                                 const QString &note = QString());
    Result<Consent> consent(qint64 entryId) const;

private:
    Result<qint64> insert(domain::LedgerEntry &entry);
    Workspace &m_ws;
};

} // namespace trellis::store
