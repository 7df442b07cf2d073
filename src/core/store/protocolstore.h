#pragma once
// Saves conflict protocols, each version kept (incidents and rehearsals: incidentstore.h).

#include "domain/protocol.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

/// The newest version of a protocol, as lists show it.
struct ProtocolSummary {
    qint64 id = 0;
    QString lineageUuid;
    int version = 1;
    QString title;
    QString titleLanguage;
    QDate reviewDue;
    int agreements = 0;
};

/// Protocol persistence. A protocol version, once saved, is never
/// rewritten except to add agreements; changes make a new version.
class ProtocolStore {
public:
    explicit ProtocolStore(Workspace &workspace) : m_ws(workspace) {}

    /// Saves version 1 of a new protocol.
    Result<qint64> add(domain::ConflictProtocol &protocol);
    /// Saves protocol as the next version of its lineage (its id and version are assigned).
    Result<qint64> addVersion(domain::ConflictProtocol &protocol);
    /// Records a partner's agreement to one version (replacing that partner's earlier record of it).
    Status agree(qint64 protocolId, const domain::ProtocolAgreement &agreement);
    /// Takes back an agreement recorded by mistake (what undo does); NotFound when there is none.
    Status removeAgreement(qint64 protocolId, qint64 partnerId);
    Result<domain::ConflictProtocol> get(qint64 id) const;
    /// Every version of a lineage, oldest first.
    Result<QList<qint64>> versions(const QString &lineageUuid) const;
    /// The newest version of each protocol.
    Result<QList<ProtocolSummary>> list() const;

private:
    Result<qint64> insertProtocol(domain::ConflictProtocol &protocol);
    Workspace &m_ws;
};

} // namespace trellis::store
