#pragma once
// Saves narrative crossovers — a phrase, metaphor, slogan or strategy born in one partner's
// language and reborn in another's — and counts them per pair of partners over time.

#include "domain/solidarityrecords.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

/// A crossover as lists show it: both texts in their original languages.
struct CrossoverSummary {
    qint64 id = 0;
    QString uuid;
    domain::CrossoverKind kind = domain::CrossoverKind::Other;
    qint64 originPartnerId = 0;
    qint64 adoptingPartnerId = 0;
    QDate bornOn; ///< may be unknown
    QDate rebornOn;
    QString origin;
    QString originLanguage;
    QString reborn;
    QString rebornLanguage;
};

/// The crossovers between two partners (partnerA < partnerB), each way: the essay's "proof of
/// internalization", counted.
struct CrossoverPairCount {
    qint64 partnerA = 0;
    qint64 partnerB = 0;
    int aToB = 0; ///< born in A, reborn in B
    int bToA = 0;
    QDate firstRebornOn;
    QDate lastRebornOn;
    int total() const { return aToB + bToA; }
};

/// Whether a pair's crossovers are those from the first partner to the second only, or both ways.
enum class PairDirection { OneWay, BothWays };

/// Narrative crossover persistence; every write is one transaction.
class CrossoverStore {
public:
    explicit CrossoverStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates and saves a new crossover with its campaign links; returns its id. The text as
    /// born must be in a language of the origin partner, the text as reborn in one of the adopting
    /// partner's.
    Result<qint64> add(domain::NarrativeCrossover &crossover);
    Status update(domain::NarrativeCrossover &crossover);
    Status remove(qint64 id);
    Result<domain::NarrativeCrossover> get(qint64 id) const;
    /// Every crossover, by the day it was reborn.
    Result<QList<CrossoverSummary>> list() const;
    /// The crossovers from `from` to `to` (or both ways), by the day they were reborn.
    Result<QList<CrossoverSummary>> between(qint64 from, qint64 to, PairDirection direction) const;
    /// Every pair of partners with a crossover, the most crossovers first.
    Result<QList<CrossoverPairCount>> countsPerPair() const;

private:
    Status write(domain::NarrativeCrossover &crossover, bool isNew);
    Workspace &m_ws;
};

} // namespace trellis::store
