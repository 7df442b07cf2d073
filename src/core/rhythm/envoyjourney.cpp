#include "rhythm/envoyjourney.h"

#include "domain/solidarityrecords.h"

namespace trellis::rhythm {

Status EnvoyJourney::normalise()
{
    envoy = envoy.trimmed().normalized(QString::NormalizationForm_C);
    if (envoy.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Name the envoy who travels"));
    if (envoy.size() > kMaxEnvoyLength)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The envoy's name is longer than %1 characters").arg(kMaxEnvoyLength));
    if (fromPartnerId <= 0 || toPartnerId <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An envoy journey goes from one partner to another: name both"));
    if (fromPartnerId == toPartnerId)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An envoy travels to another partner, not from a partner to itself"));
    if (!firstDay.isValid() || !lastDay.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An envoy journey needs its first and last day"));
    if (lastDay < firstDay)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The journey ends (%1) before it begins (%2)")
                                                      .arg(lastDay.toString(Qt::ISODate), firstDay.toString(Qt::ISODate)));
    if (firstDay.daysTo(lastDay) >= kMaxDays)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("An envoy journey lasts a year at most; record a longer stay as two journeys"));
    TRELLIS_TRY(questions.normalise(QStringLiteral("Questions carried")));
    if (questions.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Write the questions the envoy carries: they are why the journey is made"));
    TRELLIS_TRY(voices.normalise(QStringLiteral("Voices to amplify")));
    TRELLIS_TRY(returned.normalise(QStringLiteral("What returned")));
    TRELLIS_TRY(carbon.normalise(QStringLiteral("Carbon")));
    TRELLIS_TRY(visas.normalise(QStringLiteral("Visas")));
    TRELLIS_TRY(surveillance.normalise(QStringLiteral("Surveillance")));
    TRELLIS_TRY(domain::checkIds(ledgerEntryIds, QStringLiteral("Ledger entries")));
    TRELLIS_TRY(domain::checkIds(crossoverIds, QStringLiteral("Crossovers")));
    return {};
}

} // namespace trellis::rhythm
