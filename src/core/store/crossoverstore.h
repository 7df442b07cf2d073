#pragma once
// Saves narrative crossovers — a phrase, metaphor, slogan or strategy born in one partner's
// language and reborn in another's — and counts them per pair of partners over time.

#include "domain/solidarityrecords.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

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

/// Narrative crossovers with the campaigns they belong to. A crossover's text as born must be in a
/// language of the origin partner, its text as reborn in one of the adopting partner's.
class CrossoverStore : public RecordStore<domain::NarrativeCrossover> {
public:
    using RecordStore::RecordStore;

    /// Every crossover, by the day it was reborn.
    Result<QList<CrossoverSummary>> list() const;
    /// The crossovers from `from` to `to` (or both ways), by the day they were reborn.
    Result<QList<CrossoverSummary>> between(qint64 from, qint64 to, PairDirection direction) const;
    /// Every pair of partners with a crossover, the most crossovers first.
    Result<QList<CrossoverPairCount>> countsPerPair() const;
};

template <> Status RecordStore<domain::NarrativeCrossover>::write(domain::NarrativeCrossover &record, bool isNew);
template <> RecordRow RecordStore<domain::NarrativeCrossover>::rowOf(domain::NarrativeCrossover &record);
template <> Result<domain::NarrativeCrossover> RecordStore<domain::NarrativeCrossover>::get(qint64 id) const;

} // namespace trellis::store
