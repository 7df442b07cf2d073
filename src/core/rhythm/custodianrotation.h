#pragma once
// Archive custodians: who holds the alliance's archive each cycle, and who is due next by rotation.

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::rhythm {

/// One cycle's custodian: who took the archive over, and when.
struct CustodianTerm {
    QString custodian; ///< a partner's (or person's) stable key
    QDate handedOverOn;
    friend bool operator==(const CustodianTerm &, const CustodianTerm &) = default;
};

/// "Rotate stewardship of these commons. Assign alternating custodians every cycle."
struct CustodianRotation {
    QStringList order;          ///< who takes turns, in turn order
    QList<CustodianTerm> terms; ///< the hand-overs so far, oldest first

    /// Checks: no one twice in the order, terms in date order with one hand-over a day at most,
    /// every term with a custodian and a date.
    Status validate() const;

    /// Who holds the archive on `date` (the last hand-over on or before it), if anyone.
    std::optional<CustodianTerm> holderOn(const QDate &date) const;

    /// The custodian due next by the rotation: the one after the latest term's custodian in the
    /// order (after the latest one who is in the order, when a stand-in held it since); the first
    /// in the order when there is no term yet; nothing when the order is empty.
    std::optional<QString> nextCustodian() const;

    /// The neighbouring term held by the same custodian when `proposed` were recorded: the same
    /// person would hold the archive twice in a row. Nothing when the rotation holds.
    std::optional<CustodianTerm> repeatedTerm(const CustodianTerm &proposed) const;
};

} // namespace trellis::rhythm
