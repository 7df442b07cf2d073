#pragma once
// Saves the alliance's rituals (rhythm::Ritual): their kind, bilingual title and description,
// schedule with its recurrence rule in the organizer's zone, and the partners who take part.

#include "rhythm/ritual.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

/// The alliance's rituals: their kind, bilingual title and description, schedule (one that expands
/// and exports as iCalendar) and the partners who take part.
class RitualStore : public RecordStore<rhythm::Ritual> {
public:
    using RecordStore::RecordStore;

    /// Every ritual by its first date, its participants named in language (else their original).
    Result<QList<rhythm::Ritual>> all(const QString &language = QString()) const;
};

template <> Status RecordStore<rhythm::Ritual>::write(rhythm::Ritual &record, bool isNew);
template <> RecordRow RecordStore<rhythm::Ritual>::rowOf(rhythm::Ritual &record);
template <> Result<rhythm::Ritual> RecordStore<rhythm::Ritual>::get(qint64 id) const;

} // namespace trellis::store
