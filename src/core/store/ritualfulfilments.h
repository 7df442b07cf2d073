#pragma once
// Which record fulfilled which occurrence of a ritual, and the calendar's occurrences with their state.

#include "rhythm/occurrencestate.h"
#include "rhythm/ritual.h"
#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace trellis::store {

class Workspace;

/// How long after its date an occurrence stays due before it counts as missed: a retro or a
/// rehearsal is often written up days after it was held.
inline constexpr int kFulfilmentGraceDays = 14;

/// The record kinds that fulfil occurrences, as ritual_fulfilment.record_kind keeps them.
QStringList fulfillingKinds(); ///< "retro", "rehearsal", "fire-drill", "custodian-term", "envoy-journey", "exchange"
/// The record kinds that fulfil a ritual of kind; congresses and custom rituals take any.
QStringList fittingKinds(rhythm::RitualKind kind);

/// One occurrence of one ritual as the calendar room shows it.
struct CalendarOccurrence {
    qint64 ritualId = 0;
    rhythm::RitualKind kind = rhythm::RitualKind::Custom;
    domain::BilingualText title;
    QDate date;          ///< in the organizer's zone (or the all-day date)
    QDateTime startUtc;  ///< invalid for an all-day ritual
    rhythm::OccurrenceState state = rhythm::OccurrenceState::Upcoming;
    std::optional<rhythm::Fulfilment> fulfilment;
};

/// An occurrence a record fulfils, seen from the record.
struct FulfilledOccurrence {
    qint64 ritualId = 0;
    QDate occurrenceDate;
};

/// A fulfilment whose date is no longer an occurrence of its ritual (its rule changed since).
struct StrayFulfilment {
    qint64 ritualId = 0;
    rhythm::Fulfilment fulfilment;
};

/// Links between rituals' occurrences and the records that fulfilled them. A record fulfils one
/// occurrence at most and an occurrence is fulfilled by one record; deleting either side deletes the link.
class RitualFulfilments {
public:
    explicit RitualFulfilments(Workspace &workspace) : m_ws(workspace) {}

    /// Links record (kind, id) to the ritual's occurrence on date. Refused, with nothing written,
    /// when the date is not one of the ritual's occurrences, the record does not exist, the kind of
    /// record does not fit the ritual's kind (a retro fulfils a retro or a circle, not a fire drill),
    /// the occurrence is fulfilled by another record, or the record fulfils another occurrence.
    /// Linking the same record to the same occurrence again changes nothing.
    Status link(qint64 ritualId, const QDate &date, const QString &recordKind, qint64 recordId);
    /// Removes the link of the ritual's occurrence on date; one that is not linked is refused.
    Status unlink(qint64 ritualId, const QDate &date);
    /// The ritual's fulfilments, by date.
    Result<QList<rhythm::Fulfilment>> fulfilments(qint64 ritualId) const;
    /// The occurrence a record fulfils, if any (an editor shows it).
    Result<std::optional<FulfilledOccurrence>> fulfilledBy(const QString &recordKind, qint64 recordId) const;
    /// Every ritual's occurrences with a date in [from, to], by date (then start, then ritual), each
    /// with its state on today (kFulfilmentGraceDays) and the record that fulfilled it.
    Result<QList<CalendarOccurrence>> occurrencesBetween(const QDate &from, const QDate &to, const QDate &today) const;
    /// Fulfilments whose date is not an occurrence of their ritual's schedule (trellis-cli check).
    Result<QList<StrayFulfilment>> strays() const;

private:
    Workspace &m_ws;
};

} // namespace trellis::store
