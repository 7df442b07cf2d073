#pragma once
// Balances of the reciprocity ledger: given, received, net and asymmetry per unit, computed in SQL.

#include "domain/ledgerentry.h"
#include "store/period.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace trellis::store {

class Workspace;

/// |given - received| / (given + received) as an exact fraction: 0 is balanced, 1 is one-way.
struct Asymmetry {
    qint64 numerator = 0;
    qint64 denominator = 1; ///< always > 0

    /// Rounded half up to `decimals` places, written with '.': "0.3333", "1.0000".
    QString toString(int decimals = 4) const;
    bool operator==(const Asymmetry &) const = default;
};

/// One unit's figures for a partner, against one other partner or against all. Amounts are exact
/// minor units of the unit (cents, hundredths of an hour, words). Currencies are never mixed.
struct UnitBalance {
    QString unit;                       ///< the stored unit key: "EUR", "hours", "words", ...
    qint64 given = 0;                   ///< what counts: posted entries, funds only once disbursed
    qint64 received = 0;
    qint64 fundsProposedGiven = 0;      ///< every posted funds entry, disbursed or not
    qint64 fundsProposedReceived = 0;
    qint64 fundsDisbursedGiven = 0;     ///< funds with an approval standing from each side
    qint64 fundsDisbursedReceived = 0;
    qint64 entries = 0;                 ///< entries behind the figures; a reversed pair counts as none

    qint64 net() const { return given - received; }
    /// Undefined (nothing) when nothing was given or received.
    std::optional<Asymmetry> asymmetry() const;
};

/// A contribution with no unit: listed beside the numbers, because not everything is counted.
struct NarrativeContribution {
    qint64 entryId = 0;
    QDate date;
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    domain::ContributionKind kind = domain::ContributionKind::Other;
    QString language;  ///< the narrative's original language
    QString narrative; ///< the narrative's original text
};

/// A partner's balance against another partner (or all of them) over a period.
struct Balance {
    qint64 partnerId = 0;
    std::optional<qint64> otherPartnerId; ///< nothing: against every other partner
    Period period;
    QList<UnitBalance> units;             ///< sorted by unit key; units with no entries left out
    QList<NarrativeContribution> narrativeOnly; ///< by date, then id

    /// The unit's figures, or nullptr when the period has none in that unit.
    const UnitBalance *unit(const QString &key) const;
};

/// One cell of the partner x partner matrix: what `from` gave `to` in one unit.
struct MatrixCell {
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    QString unit;
    qint64 counted = 0;        ///< as UnitBalance::given: funds only once disbursed
    qint64 fundsProposed = 0;
    qint64 fundsDisbursed = 0;
    qint64 entries = 0;
};

/// Computes balances over posted entries. Drafts never count; a reversal cancels its original in
/// every balance (it is counted on its original's date); funds count once both sides approve.
class Balances {
public:
    explicit Balances(Workspace &workspace) : m_ws(workspace) {}

    /// partnerId against otherPartnerId, or against all partners when it is nothing.
    Result<Balance> between(qint64 partnerId, std::optional<qint64> otherPartnerId, const Period &period = {}) const;
    /// Every partner against all the others, in one pass over the ledger: for each partner the
    /// same figures and narrative-only list as between(partner, nothing, period). Sorted by partner
    /// id; a partner with no entries in the period is there with no units.
    Result<QList<Balance>> all(const Period &period = {}) const;
    /// The same per-unit figures as all(), with no narrative-only lists: one grouped pass over the
    /// counted entries, for totals that need no text read.
    Result<QList<Balance>> totals(const Period &period = {}) const;
    /// Every (from, to, unit) with entries in the period, in one pass over the ledger.
    Result<QList<MatrixCell>> matrix(const Period &period = {}) const;

private:
    Workspace &m_ws;
};

} // namespace trellis::store
