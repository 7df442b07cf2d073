#pragma once
// The demo alliance's retros, protocols, incident and rehearsal.

#include "domain/protocol.h"
#include "domain/retro.h"

#include <QList>

namespace trellis::store::demo {

/// Three quarterly retros; partnerIds follow demo::partners() order.
QList<domain::Retro> retros(const QList<qint64> &partnerIds);
/// Two conflict protocols.
QList<domain::ConflictProtocol> protocols(const QList<qint64> &partnerIds);
domain::Incident incident(qint64 protocolId);
domain::Rehearsal rehearsal(const QList<qint64> &partnerIds);

} // namespace trellis::store::demo
