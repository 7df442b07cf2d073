#pragma once
// A ritual of the alliance's rhythm: a retro, circle, rehearsal or hand-over that recurs (or happens once).

#include "domain/bilingualtext.h"
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
    QString uuid; ///< stable across exports: the iCalendar UID is made from it
    RitualKind kind = RitualKind::Custom;
    domain::BilingualText title;
    domain::BilingualText description;
    Schedule schedule;
    QStringList participants; ///< partners' names as shown
    QDateTime updatedAt;      ///< the last change, UTC: the exported DTSTAMP
    qint64 id = 0;            ///< its row in the workspace (0: not saved)
    QList<qint64> partnerIds; ///< the partners who take part, by id

    /// Checks and normalises what a saved ritual needs: a title, texts within their limits, saved
    /// partners, and a schedule that expands and exports (Schedule::validate, which also bounds its length).
    Status normalise();
};

} // namespace trellis::rhythm
