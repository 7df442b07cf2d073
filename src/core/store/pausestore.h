#pragma once
// Saves the pauses two partners agree between them, and finds the one a ledger entry falls in.

#include "rhythm/pause.h"
#include "store/recordstore.h"

#include <QList>

#include <optional>

namespace trellis::store {

/// Pauses between two partners, agreed or still proposed (one side's consent missing). Only an
/// agreed pause makes a ledger entry dated inside it ask for confirmation.
class PauseStore : public RecordStore<rhythm::Pause> {
public:
    using RecordStore::RecordStore;

    /// Every pause, by its first day.
    Result<QList<rhythm::Pause>> all() const;
    /// The pauses a partner takes part in, by their first day.
    Result<QList<rhythm::Pause>> ofPartner(qint64 partnerId) const;
    /// The agreed pause between a and b (in either order) that covers date, if there is one.
    Result<std::optional<rhythm::Pause>> agreedOn(qint64 a, qint64 b, const QDate &date) const;
};

template <> Status RecordStore<rhythm::Pause>::write(rhythm::Pause &record, bool isNew);
template <> RecordRow RecordStore<rhythm::Pause>::rowOf(rhythm::Pause &record);
template <> Result<rhythm::Pause> RecordStore<rhythm::Pause>::get(qint64 id) const;

} // namespace trellis::store
