#pragma once
// Saves and loads solidarity retros with their participants, answers and actions.

#include "domain/retro.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Database;
class Workspace;

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

/// Retro persistence; a retro and all its parts are written in one transaction.
class RetroStore {
public:
    explicit RetroStore(Workspace &workspace) : m_ws(workspace) {}

    Result<qint64> add(domain::Retro &retro);
    /// Saves changes; answers and actions keep their UUIDs, removed ones are deleted. A published
    /// retro takes only changes to its translations (Immutable otherwise).
    Status update(domain::Retro &retro);
    /// Deletes an unpublished retro with its answers, actions and texts; a published one is kept
    /// (Immutable).
    Status remove(qint64 id);
    /// Marks the bilingual record as published (time stamped), once; it cannot be taken back.
    /// From then on the retro stays editable only for translations.
    Status publish(qint64 id);
    Result<domain::Retro> get(qint64 id) const;
    Result<QList<RetroSummary>> list() const;

private:
    Status write(domain::Retro &retro, bool isNew);
    static Status writeAnswers(Database &db, domain::Retro &r, const QString &now);
    static Status writeActions(Database &db, domain::Retro &r, const QString &now);
    Workspace &m_ws;
};

} // namespace trellis::store
