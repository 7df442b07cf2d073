#pragma once
// Saves the alliance's fire drills with their partners and the protocol versions they tested.

#include "rhythm/firedrill.h"
#include "store/recordstore.h"

#include <QList>

namespace trellis::store {

/// Fire drills, their partners and protocols. A protocol version a drill tested is kept (its
/// removal is refused, as for an incident); removing a drill takes its links and its fulfilment along.
class FireDrillStore : public RecordStore<rhythm::FireDrill> {
public:
    using RecordStore::RecordStore;
    /// Every drill, the latest first.
    Result<QList<qint64>> ids() const;
    /// The drills that tested a protocol version, the latest first.
    Result<QList<qint64>> ofProtocol(qint64 protocolId) const;
};

template <> Status RecordStore<rhythm::FireDrill>::write(rhythm::FireDrill &record, bool isNew);
template <> RecordRow RecordStore<rhythm::FireDrill>::rowOf(rhythm::FireDrill &record);
template <> Result<rhythm::FireDrill> RecordStore<rhythm::FireDrill>::get(qint64 id) const;

} // namespace trellis::store
