#pragma once
// Saves and loads solidarity retros with their participants, answers and actions.

#include "domain/retro.h"
#include "store/recordstore.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

/// A retro as lists show it.
struct RetroSummary {
    qint64 id = 0;
    QDate heldOn;
    QString quarter;
    QString facilitator;
    QString languageA;
    QString languageB;
    int answers = 0;
    bool published = false;
};

/// Retros: a retro and all its parts are written in one transaction; answers and actions keep their
/// UUIDs and removed ones are deleted. A published retro takes only changes to its translations and
/// cannot be removed.
class RetroStore : public RecordStore<domain::Retro> {
public:
    using RecordStore::RecordStore;

    /// Marks the bilingual record as published (time stamped), once; it cannot be taken back.
    /// From then on the retro stays editable only for translations.
    Status publish(qint64 id);
    Result<QList<RetroSummary>> list() const;
};

template <> RecordRow RecordStore<domain::Retro>::rowOf(domain::Retro &record);
template <> Status RecordStore<domain::Retro>::write(domain::Retro &record, bool isNew);
template <> Status RecordStore<domain::Retro>::remove(qint64 id);
template <> Result<domain::Retro> RecordStore<domain::Retro>::get(qint64 id) const;

} // namespace trellis::store
