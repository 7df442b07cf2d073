#include "rhythm/pause.h"

namespace trellis::rhythm {

Status Pause::validate()
{
    if (partnerA <= 0 || partnerB <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A pause is agreed between two partners"));
    if (partnerA == partnerB)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A pause is agreed between two different partners"));
    if (!firstDay.isValid() || !lastDay.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A pause needs its first and last day"));
    if (lastDay < firstDay)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The pause ends (%1) before it begins (%2)")
                                                      .arg(lastDay.toString(Qt::ISODate), firstDay.toString(Qt::ISODate)));
    return reason.normalise(QStringLiteral("reason"));
}

Status Pause::normalise()
{
    TRELLIS_TRY(validate());
    if (reason.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Say why the partners pause: a pause is rest, not abandonment, when both know why"));
    if (firstDay.daysTo(lastDay) >= 731)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A pause lasts two years at most; agree a new one when it ends"));
    for (const QDate &consent : {consentedByA, consentedByB})
        if (consent.isValid() && consent > lastDay)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Consent to a pause is given before it ends (%1), not on %2")
                                 .arg(lastDay.toString(Qt::ISODate), consent.toString(Qt::ISODate)));
    return {};
}

std::optional<Pause> agreedPauseOn(const QList<Pause> &pauses, qint64 a, qint64 b, const QDate &date)
{
    for (const Pause &pause : pauses)
        if (pause.isAgreed() && pause.isBetween(a, b) && pause.covers(date))
            return pause;
    return std::nullopt;
}

} // namespace trellis::rhythm
