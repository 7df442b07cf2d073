#include "domain/solidarityrecords.h"

#include "util/keytable.h"

#include <QSet>

namespace trellis::domain {
namespace {

const KeyTable<ExchangeKind, 7> kExchangeKinds = {{{ExchangeKind::ArtTrade, u"art_trade"},
                                                   {ExchangeKind::StudySession, u"study_session"},
                                                   {ExchangeKind::StorytellingNight, u"storytelling_night"},
                                                   {ExchangeKind::SharedMeal, u"shared_meal"},
                                                   {ExchangeKind::Song, u"song"},
                                                   {ExchangeKind::Vigil, u"vigil"},
                                                   {ExchangeKind::Other, u"other"}}};
const KeyTable<ExchangeStatus, 3> kExchangeStatuses = {{{ExchangeStatus::Planned, u"planned"},
                                                        {ExchangeStatus::Held, u"held"},
                                                        {ExchangeStatus::Cancelled, u"cancelled"}}};
const KeyTable<CrossoverKind, 6> kCrossoverKinds = {{{CrossoverKind::Phrase, u"phrase"},
                                                     {CrossoverKind::Metaphor, u"metaphor"},
                                                     {CrossoverKind::Slogan, u"slogan"},
                                                     {CrossoverKind::Joke, u"joke"},
                                                     {CrossoverKind::Strategy, u"strategy"},
                                                     {CrossoverKind::Other, u"other"}}};

} // namespace

Status checkIds(const QList<qint64> &ids, const QString &what)
{
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id <= 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: only saved records can be linked").arg(what));
        if (seen.contains(id))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: a record is linked only once").arg(what));
        seen.insert(id);
    }
    return {};
}

QString exchangeKindKey(ExchangeKind kind) { return keyIn(kExchangeKinds, kind); }
std::optional<ExchangeKind> exchangeKindFromKey(const QString &key) { return valueIn(kExchangeKinds, key); }
QString exchangeStatusKey(ExchangeStatus status) { return keyIn(kExchangeStatuses, status); }
std::optional<ExchangeStatus> exchangeStatusFromKey(const QString &key) { return valueIn(kExchangeStatuses, key); }
QString crossoverKindKey(CrossoverKind kind) { return keyIn(kCrossoverKinds, kind); }
std::optional<CrossoverKind> crossoverKindFromKey(const QString &key) { return valueIn(kCrossoverKinds, key); }

Status CulturalExchange::normalise()
{
    if (!heldOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A cultural exchange needs the day it is held"));
    if (partnerIds.size() < 2)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A cultural exchange is between at least two partners"));
    TRELLIS_TRY(checkIds(partnerIds, QStringLiteral("Partners")));
    TRELLIS_TRY(checkIds(campaignIds, QStringLiteral("Campaigns")));
    TRELLIS_TRY(exchanged.normalise(QStringLiteral("What was exchanged")));
    TRELLIS_TRY(notes.normalise(QStringLiteral("Notes")));
    return {};
}

Status SharedRisk::normalise()
{
    if (!takenOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A shared risk needs the day it was taken"));
    if (what.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A shared risk needs what was risked"));
    TRELLIS_TRY(what.normalise(QStringLiteral("What was risked")));
    TRELLIS_TRY(outcome.normalise(QStringLiteral("Outcome")));
    if (parts.size() < 2)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A shared risk is borne by at least two partners"));
    QSet<qint64> partners;
    for (SharedRiskPart &p : parts) {
        if (p.partnerId <= 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Each part of a shared risk is borne by a saved partner"));
        if (partners.contains(p.partnerId))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A partner bears one part of a shared risk: it is listed twice"));
        partners.insert(p.partnerId);
        TRELLIS_TRY(p.part.normalise(QStringLiteral("Part borne")));
    }
    TRELLIS_TRY(checkIds(campaignIds, QStringLiteral("Campaigns")));
    TRELLIS_TRY(checkIds(ledgerEntryIds, QStringLiteral("Ledger entries")));
    TRELLIS_TRY(checkIds(incidentIds, QStringLiteral("Incidents")));
    return {};
}

Status NarrativeCrossover::normalise()
{
    if (originPartnerId <= 0 || adoptingPartnerId <= 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A crossover needs the partner it was born in and the one that adopted it"));
    if (originPartnerId == adoptingPartnerId)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A crossover goes from one partner to another, not to itself"));
    if (origin.original().trimmed().isEmpty() || reborn.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A crossover needs both texts: as it was born and as it was reborn"));
    TRELLIS_TRY(origin.normalise(QStringLiteral("As born")));
    TRELLIS_TRY(reborn.normalise(QStringLiteral("As reborn")));
    TRELLIS_TRY(seenAt.normalise(QStringLiteral("Where it was seen")));
    if (origin.originalLanguage() == reborn.originalLanguage())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A crossover is reborn in another language: both texts are in %1")
                             .arg(origin.originalLanguage()));
    if (!rebornOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A crossover needs the day it was reborn"));
    if (bornOn.isValid() && bornOn > rebornOn)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A crossover cannot be reborn before it was born"));
    TRELLIS_TRY(checkIds(campaignIds, QStringLiteral("Campaigns")));
    return {};
}

} // namespace trellis::domain
