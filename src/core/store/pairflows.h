#pragma once
// The flows between two partners over time: per month or quarter, each direction, in one unit.

#include "store/period.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace trellis::store {

class Workspace;

/// How wide one point of a flow series is.
enum class FlowStep { Month, Quarter };

/// What flowed each way in one month or quarter. Exact minor units, counted as Balances counts
/// them: posted entries only, funds once disbursed, a reversal on its original's date.
struct PairFlowPoint {
    QDate start;        ///< the first day of the month or quarter
    qint64 given = 0;   ///< from the first partner to the second
    qint64 received = 0; ///< from the second partner to the first
    bool operator==(const PairFlowPoint &) const = default;
};

/// A pair and unit in which the same partner kept giving much more than it received.
struct PersistingAsymmetry {
    qint64 givingMore = 0;
    qint64 givingLess = 0;
    QString unit;
    bool operator==(const PersistingAsymmetry &) const = default;
};

/// Quarters a persisting asymmetry must span, and its least index (the larger flow is at least
/// three times the smaller): see docs/ledger.md.
inline constexpr int kPersistQuarters = 3;
inline constexpr qint64 kPersistNumerator = 1, kPersistDenominator = 2;

/// Sums a pair's flows per period step in SQL, one GROUP BY over the pair's entries.
class PairFlows {
public:
    explicit PairFlows(Workspace &workspace) : m_ws(workspace) {}

    /// Every step from the period's start (or the pair's first entry) to its end (or the pair's
    /// last entry), empty steps included as zeros; nothing when the pair has no entries in unit.
    Result<QList<PairFlowPoint>> between(qint64 partnerId, qint64 otherPartnerId, const QString &unit,
                                         const Period &period, FlowStep step) const;
    /// Months for spans up to two years, quarters beyond; an open period is measured on the
    /// pair's entries in unit.
    Result<FlowStep> stepFor(qint64 partnerId, qint64 otherPartnerId, const QString &unit, const Period &period) const;

    /// Pairs whose asymmetry persists: in each of the kPersistQuarters quarters up to the one
    /// that holds until (invalid: the latest posted entry), the pair's counted flows in the unit
    /// are not zero and have an asymmetry of at least 1/2, with the same partner giving more.
    Result<QList<PersistingAsymmetry>> persisting(const QDate &until) const;

    /// The first day of the month or quarter that holds day.
    static QDate stepStart(const QDate &day, FlowStep step);

private:
    Workspace &m_ws;
};

} // namespace trellis::store
