#pragma once
// A fire drill for solidarity: a week without messages, or representatives swapping roles, and what it showed.

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis::rhythm {

/// What a drill suspends or swaps.
enum class FireDrillKind {
    CommunicationBlackout, ///< "suspend communication for a week to see if local nodes can sustain contact"
    RoleSwap,              ///< "swap representative roles to expose dependency on individual personalities"
    Other,
};

QString fireDrillKindKey(FireDrillKind kind); ///< "communication-blackout", "role-swap", "other" as stored
std::optional<FireDrillKind> fireDrillKindFromKey(const QString &key);

/// One drill as it was run: its days, the partners in it, what held and what broke, and the
/// protocol versions it tested.
struct FireDrill {
    domain::RecordStamp stamp;
    FireDrillKind kind = FireDrillKind::CommunicationBlackout;
    QDate firstDay;
    QDate lastDay; ///< inclusive
    QList<qint64> partnerIds;
    domain::BilingualText whatHeld;
    domain::BilingualText whatBroke;
    domain::BilingualText followUps;
    QList<qint64> protocolIds;

    static constexpr int kMaxDays = 31; ///< a drill is a rehearsal of a rupture, not a rupture

    /// Refuses a drill without two partners, without its days or with them out of order, longer
    /// than kMaxDays, or with neither what held nor what broke written (a drill is recorded once run).
    Status normalise();
};

} // namespace trellis::rhythm
