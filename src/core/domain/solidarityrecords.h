#pragma once
// The records campaigns are paired with: cultural exchange rituals, shared risks and narrative
// crossovers ("a slogan born in one language and reborn in another").

#include "domain/bilingualtext.h"
#include "domain/record.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis::domain {

/// Refuses an id list with an unsaved or repeated id; what names the list in the message.
Status checkIds(const QList<qint64> &ids, const QString &what);

enum class ExchangeKind { ArtTrade, StudySession, StorytellingNight, SharedMeal, Song, Vigil, Other };
QString exchangeKindKey(ExchangeKind kind); ///< "art_trade", ... as stored
std::optional<ExchangeKind> exchangeKindFromKey(const QString &key);

enum class ExchangeStatus { Planned, Held, Cancelled };
QString exchangeStatusKey(ExchangeStatus status);
std::optional<ExchangeStatus> exchangeStatusFromKey(const QString &key);

/// A cultural exchange ritual paired with campaigns: an art trade, a study session, a night of stories.
struct CulturalExchange {
    RecordStamp stamp;
    ExchangeKind kind = ExchangeKind::StorytellingNight;
    QDate heldOn;
    ExchangeStatus status = ExchangeStatus::Planned;
    QList<qint64> partnerIds;
    BilingualText exchanged; ///< what was exchanged
    BilingualText notes;
    QList<qint64> campaignIds;

    Status normalise();
};

/// One partner's part in a shared risk, in its words.
struct SharedRiskPart {
    qint64 partnerId = 0;
    BilingualText part;
    bool operator==(const SharedRiskPart &) const = default;
};

/// A risk the partners took together; the retro's third question can cite it.
struct SharedRisk {
    RecordStamp stamp;
    QDate takenOn;
    BilingualText what;
    BilingualText outcome;
    QList<SharedRiskPart> parts;
    QList<qint64> campaignIds;
    QList<qint64> ledgerEntryIds;
    QList<qint64> incidentIds;

    Status normalise();
};

enum class CrossoverKind { Phrase, Metaphor, Slogan, Joke, Strategy, Other };
QString crossoverKindKey(CrossoverKind kind);
std::optional<CrossoverKind> crossoverKindFromKey(const QString &key);

/// A phrase, metaphor, slogan or strategy born in one partner's language and reborn in
/// another's: the essay's proof of internalization.
struct NarrativeCrossover {
    RecordStamp stamp;
    CrossoverKind kind = CrossoverKind::Slogan;
    qint64 originPartnerId = 0;
    qint64 adoptingPartnerId = 0;
    BilingualText origin; ///< as born, its original in the origin's language
    BilingualText reborn; ///< as reborn, its original in the adopting partner's language
    QDate bornOn;         ///< may be unknown
    QDate rebornOn;
    BilingualText seenAt; ///< where it was seen
    QList<qint64> campaignIds;

    Status normalise();
};

} // namespace trellis::domain
