#pragma once
// Saves the alliance's rituals (rhythm::Ritual): their kind, bilingual title and description,
// schedule with its recurrence rule in the organizer's zone, and the partners who take part.

#include "rhythm/ritual.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

/// Ritual persistence; every write is one transaction.
class RitualStore {
public:
    explicit RitualStore(Workspace &workspace) : m_ws(workspace) {}

    /// Validates (a title, a schedule that expands and exports) and saves a new ritual; its id.
    Result<qint64> add(rhythm::Ritual &ritual);
    /// Saves a saved ritual again; its texts keep their translations' history.
    Status update(rhythm::Ritual &ritual);
    Status remove(qint64 id);
    Result<rhythm::Ritual> get(qint64 id) const;
    /// Every ritual by its first date, its participants named in language (else their original).
    Result<QList<rhythm::Ritual>> all(const QString &language = QString()) const;

private:
    Status write(rhythm::Ritual &ritual, bool isNew);
    Workspace &m_ws;
};

} // namespace trellis::store
