#pragma once
// A ritual of the alliance's rhythm: a retro, circle, rehearsal or hand-over that recurs (or happens once).

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "rhythm/schedule.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis::rhythm {

/// What a ritual is for; the calendar and the export name it by its key.
enum class RitualKind {
    QuarterlyRetro,
    ListeningCircle,
    RuptureRehearsal,
    FireDrill,
    CustodianRotation,
    CulturalExchange,
    Congress, ///< a congress or spokes council
    Custom,
};

QString ritualKindKey(RitualKind kind); ///< "quarterly-retro", "listening-circle", … as stored and exported
std::optional<RitualKind> ritualKindFromKey(const QString &key);

/// One ritual: who meets, when, and what it is about, in the pair's languages.
struct Ritual {
    RitualKind kind = RitualKind::Custom;
    domain::BilingualText title;
    domain::BilingualText description;
    Schedule schedule;
    QStringList participants; ///< partners' names as shown
    domain::RecordStamp stamp; ///< its row once saved; the uuid makes the iCalendar UID, updatedAt the DTSTAMP
    QList<qint64> partnerIds; ///< the partners who take part, by id

    /// Checks and normalises what a saved ritual needs: a title, texts within their limits, saved
    /// partners, and a schedule that expands and exports (Schedule::validate, which also bounds its length).
    Status normalise();
};

} // namespace trellis::rhythm
