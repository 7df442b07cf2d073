#pragma once
// Saves who held the alliance's archive each cycle, and says who is due to take it over next.

#include "rhythm/custodianhandover.h"
#include "store/recordstore.h"

#include <QList>

#include <optional>

namespace trellis::store {

/// The next hand-over of the archive by the rotation rule.
struct NextHandOver {
    qint64 custodianId = 0;         ///< the partner due next
    QDate on;                       ///< the rotation ritual's next occurrence on or after today; invalid without one
    std::optional<qint64> ritualId; ///< the rotation ritual it follows, if there is one
    std::optional<rhythm::CustodianRepeat> repeat; ///< set when the one due next also held it last
};

/// Hand-overs of the archive, one a day at most, each to a partner of the workspace. Recording the
/// same custodian twice in a row is allowed; repeatWarning says so first.
class CustodianTermStore : public RecordStore<rhythm::CustodianHandOver> {
public:
    using RecordStore::RecordStore;

    /// Every hand-over, oldest first.
    Result<QList<rhythm::CustodianHandOver>> all() const;
    /// The rotation ritual: the one the latest hand-over names, else the first custodian-rotation ritual.
    Result<std::optional<qint64>> rotationRitual() const;
    /// Who takes turns, by partner id: the rotation ritual's participants in their stored order when
    /// it has some, else the custodians in the order of their first hand-over.
    Result<QList<qint64>> rotation() const;
    /// The custodian due next by the rule and the day of the rotation ritual's next occurrence on or
    /// after today; nothing while no one takes turns.
    Result<std::optional<NextHandOver>> nextHandOver(const QDate &today) const;
    /// The warning to show before saving proposed: its custodian would hold the archive twice in a row.
    Result<std::optional<rhythm::CustodianRepeat>> repeatWarning(const rhythm::CustodianHandOver &proposed) const;
};

template <> Status RecordStore<rhythm::CustodianHandOver>::write(rhythm::CustodianHandOver &record, bool isNew);
template <> RecordRow RecordStore<rhythm::CustodianHandOver>::rowOf(rhythm::CustodianHandOver &record);
template <> Result<rhythm::CustodianHandOver> RecordStore<rhythm::CustodianHandOver>::get(qint64 id) const;

} // namespace trellis::store
