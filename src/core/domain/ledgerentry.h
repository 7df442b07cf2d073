#pragma once
// A reciprocity-ledger entry: a contribution from one partner to another, exact and bilingual.

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "domain/unit.h"

#include <QDate>

#include <optional>

namespace trellis::domain {

/// The kinds of contribution the essay names; all of them count, not only money.
enum class ContributionKind {
    Funds, Time, Translation, Hosting, EmotionalLabour, CulturalLabour,
    ContextualisingNews, Materials, Expertise, MoralLeadership, Other, Count
};
QString contributionKindKey(ContributionKind kind); ///< stored form: "funds", "emotional_labour", ...
/// Accepts stored keys and the words people write ("Emotional labor", "contextualizing news").
std::optional<ContributionKind> contributionKindFromText(const QString &text);

enum class EntryStatus { Draft, Posted };

/// One contribution. Posted entries are immutable; a correction is a reversing entry.
struct LedgerEntry {
    RecordStamp stamp;
    QDate date;
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    ContributionKind kind = ContributionKind::Other;
    std::optional<Quantity> quantity; ///< none for a narrative-only entry
    BilingualText narrative;
    EntryStatus status = EntryStatus::Draft;
    std::optional<qint64> reversesId; ///< set on a reversing entry
    QString postedAt;

    /// Checks the rules a single entry must keep on its own (partners, quantity, text).
    Status normalise();
};

} // namespace trellis::domain
