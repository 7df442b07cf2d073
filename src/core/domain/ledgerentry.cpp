#include "domain/ledgerentry.h"

namespace trellis::domain {

QString contributionKindKey(ContributionKind kind)
{
    switch (kind) {
    case ContributionKind::Funds: return QStringLiteral("funds");
    case ContributionKind::Time: return QStringLiteral("time");
    case ContributionKind::Translation: return QStringLiteral("translation");
    case ContributionKind::Hosting: return QStringLiteral("hosting");
    case ContributionKind::EmotionalLabour: return QStringLiteral("emotional_labour");
    case ContributionKind::CulturalLabour: return QStringLiteral("cultural_labour");
    case ContributionKind::ContextualisingNews: return QStringLiteral("contextualising_news");
    case ContributionKind::Materials: return QStringLiteral("materials");
    case ContributionKind::Expertise: return QStringLiteral("expertise");
    case ContributionKind::MoralLeadership: return QStringLiteral("moral_leadership");
    case ContributionKind::Other: return QStringLiteral("other");
    case ContributionKind::Count: break;
    }
    return QString();
}

std::optional<ContributionKind> contributionKindFromText(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(u' ', u'_');
    t.replace(u'-', u'_');
    t.replace(QLatin1String("labor"), QLatin1String("labour"));
    t.replace(QLatin1String("contextualizing"), QLatin1String("contextualising"));
    if (t == QLatin1String("money"))
        t = QStringLiteral("funds");
    if (t == QLatin1String("hours"))
        t = QStringLiteral("time");
    for (int i = 0; i < int(ContributionKind::Count); ++i) {
        if (contributionKindKey(ContributionKind(i)) == t)
            return ContributionKind(i);
    }
    return std::nullopt;
}

Status LedgerEntry::normalise()
{
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A ledger entry needs a valid date"));
    if (fromPartnerId <= 0 || toPartnerId <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A ledger entry needs a giving and a receiving partner"));
    if (fromPartnerId == toPartnerId)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A contribution goes from one partner to another, not to itself"));
    if (quantity) {
        if (quantity->unit.isNone())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A quantity needs a unit"));
        if (!reversesId && quantity->minorUnits <= 0)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("A quantity must be more than zero (a correction is a reversing entry)"));
    }
    if (kind == ContributionKind::Funds && (!quantity || !quantity->unit.isCurrency()))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A funds entry needs an amount in a currency"));
    if (!quantity && narrative.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A narrative-only entry needs its narrative"));
    return narrative.normalise(QStringLiteral("Narrative"));
}

} // namespace trellis::domain
