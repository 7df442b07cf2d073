#pragma once
// An agreed pause between two partners: "silence can be strategic if it is mutual and framed as rest".

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis::rhythm {

/// A rest between two partners over a span of days, with the reason and each side's consent.
struct Pause {
    qint64 partnerA = 0;
    qint64 partnerB = 0;
    QDate firstDay;
    QDate lastDay;                  ///< inclusive
    domain::BilingualText reason;
    QDate consentedByA;             ///< when partner A agreed; invalid while A has not
    QDate consentedByB;
    domain::RecordStamp stamp;      ///< its row once saved

    /// Agreed only when both sides consented: a one-sided silence is not a pause.
    bool isAgreed() const { return consentedByA.isValid() && consentedByB.isValid(); }
    bool covers(const QDate &date) const { return date >= firstDay && date <= lastDay; }
    /// True for the pair in either order.
    bool isBetween(qint64 a, qint64 b) const { return (a == partnerA && b == partnerB) || (a == partnerB && b == partnerA); }

    /// Checks two distinct partners, a first day on or before the last, and a normalised reason.
    Status validate();
    /// What a saved pause needs on top: a reason (a pause is framed as rest, never left
    /// unexplained), at most two years, and consents given on or before its last day.
    Status normalise();
};

/// The agreed pause between partners a and b that covers date, if any: a ledger entry between
/// them dated inside it asks for confirmation first.
std::optional<Pause> agreedPauseOn(const QList<Pause> &pauses, qint64 a, qint64 b, const QDate &date);

} // namespace trellis::rhythm
