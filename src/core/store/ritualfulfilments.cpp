#include "store/ritualfulfilments.h"

#include "store/database.h"
#include "store/ritualstore.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <algorithm>

namespace trellis::store {

using rhythm::Fulfilment;
using rhythm::RitualKind;

namespace {

/// A kind of record that fulfils occurrences: its key, its table and its noun in messages.
struct FulfillingKind {
    const char16_t *key;
    const char16_t *table;
    const char16_t *noun;
};

constexpr FulfillingKind kFulfillingKinds[] = {
    {u"retro", u"retro", u"Retro"},
    {u"rehearsal", u"rehearsal", u"Rehearsal"},
    {u"fire-drill", u"fire_drill", u"Fire drill"},
    {u"custodian-term", u"custodian_term", u"Custodian term"},
    {u"envoy-journey", u"envoy_journey", u"Envoy journey"},
    {u"exchange", u"cultural_exchange", u"Cultural exchange"},
};

const FulfillingKind *kindOf(const QString &key)
{
    for (const FulfillingKind &kind : kFulfillingKinds)
        if (key == QString::fromUtf16(kind.key))
            return &kind;
    return nullptr;
}

QString noun(const Fulfilment &f)
{
    const FulfillingKind *kind = kindOf(f.recordKind);
    return QStringLiteral("%1 %2").arg(kind ? QString::fromUtf16(kind->noun) : f.recordKind).arg(f.recordId);
}

} // namespace

QStringList fittingKinds(RitualKind kind)
{
    switch (kind) {
    case RitualKind::QuarterlyRetro:
    case RitualKind::ListeningCircle: return {QStringLiteral("retro")};
    case RitualKind::RuptureRehearsal: return {QStringLiteral("rehearsal")};
    case RitualKind::FireDrill: return {QStringLiteral("fire-drill")};
    case RitualKind::CustodianRotation: return {QStringLiteral("custodian-term")};
    case RitualKind::CulturalExchange: return {QStringLiteral("exchange")};
    case RitualKind::Congress:
    case RitualKind::Custom: break;
    }
    return fulfillingKinds();
}

namespace {

Result<QList<Fulfilment>> fulfilmentsOf(const Database &db, qint64 ritualId)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT occurrence_date, record_kind, record_id FROM ritual_fulfilment WHERE ritual_id = ? ORDER BY occurrence_date"),
        ritualId));
    return select.collect([](const Statement &row) { return Fulfilment{row.date(0), row.text(1), row.int64(2)}; });
}

} // namespace

QStringList fulfillingKinds()
{
    QStringList keys;
    for (const FulfillingKind &kind : kFulfillingKinds)
        keys << QString::fromUtf16(kind.key);
    return keys;
}

Status RitualFulfilments::link(qint64 ritualId, const QDate &date, const QString &recordKind, qint64 recordId)
{
    const FulfillingKind *kind = kindOf(recordKind);
    if (!kind)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\u201c%1\u201d is not a kind of record that fulfils a ritual's occurrence").arg(recordKind));
    if (!date.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Choose the occurrence the record fulfils"));
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(const rhythm::Ritual ritual, RitualStore(m_ws).get(ritualId));
    const QString day = date.toString(Qt::ISODate);
    if (!fittingKinds(ritual.kind).contains(recordKind))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 cannot fulfil a %2: link a %3")
                                                      .arg(noun(Fulfilment{date, recordKind, recordId}),
                                                           rhythm::ritualKindKey(ritual.kind).replace(u'-', u' '),
                                                           fittingKinds(ritual.kind).first().replace(u'-', u' ')));
    TRELLIS_TRY_ASSIGN(const auto onDate, ritual.schedule.occurrences(date, date));
    if (onDate.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not a day the ritual \u201c%2\u201d falls on")
                                                      .arg(day, ritual.title.original()));
    const Fulfilment wanted{date, recordKind, recordId};
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        TRELLIS_TRY_ASSIGN(Statement record, db.query(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?")
                                                          .arg(QString::fromUtf16(kind->table)), recordId));
        TRELLIS_TRY(record.requireRow(recordNotFound(QString::fromUtf16(kind->noun), recordId)));
        TRELLIS_TRY_ASSIGN(const QList<Fulfilment> existing, fulfilmentsOf(db, ritualId));
        for (const Fulfilment &f : existing) {
            if (f == wanted)
                return Status();
            if (f.occurrenceDate == date)
                return makeError(ErrorCode::Conflict, QStringLiteral("The occurrence of %1 is already fulfilled by %2; unlink it first")
                                                          .arg(day, noun(f)));
        }
        TRELLIS_TRY_ASSIGN(const auto other, fulfilledBy(recordKind, recordId));
        if (other)
            return makeError(ErrorCode::Conflict, QStringLiteral("%1 already fulfils the occurrence of %2 of ritual %3; unlink it first")
                                                      .arg(noun(wanted), other->occurrenceDate.toString(Qt::ISODate))
                                                      .arg(other->ritualId));
        return db.execute(QStringLiteral("INSERT INTO ritual_fulfilment(ritual_id, occurrence_date, record_kind, record_id) "
                                         "VALUES (?, ?, ?, ?)"), ritualId, day, recordKind, recordId);
    }));
    log::get("store")->info("ritual {} occurrence linked to {} {}", ritualId, recordKind.toStdString(), recordId);
    return {};
}

Status RitualFulfilments::unlink(qint64 ritualId, const QDate &date)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM ritual_fulfilment WHERE ritual_id = ? AND occurrence_date = ?"),
                           ritualId, date.toString(Qt::ISODate)));
    if (db.changes() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("No record fulfils the occurrence of %1 of ritual %2")
                                                  .arg(date.toString(Qt::ISODate)).arg(ritualId));
    log::get("store")->info("ritual {} occurrence unlinked", ritualId);
    return {};
}

Result<QList<Fulfilment>> RitualFulfilments::fulfilments(qint64 ritualId) const
{
    return fulfilmentsOf(m_ws.database(), ritualId);
}

Result<std::optional<FulfilledOccurrence>> RitualFulfilments::fulfilledBy(const QString &recordKind, qint64 recordId) const
{
    TRELLIS_TRY_ASSIGN(Statement select, m_ws.database().query(QStringLiteral(
        "SELECT ritual_id, occurrence_date FROM ritual_fulfilment WHERE record_kind = ? AND record_id = ?"), recordKind, recordId));
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    if (!found)
        return std::optional<FulfilledOccurrence>();
    return std::optional<FulfilledOccurrence>(FulfilledOccurrence{select.int64(0), select.date(1)});
}

Result<QList<CalendarOccurrence>> RitualFulfilments::occurrencesBetween(const QDate &from, const QDate &to, const QDate &today) const
{
    TRELLIS_TRY_ASSIGN(const QList<rhythm::Ritual> rituals, RitualStore(m_ws).all());
    QList<CalendarOccurrence> out;
    for (const rhythm::Ritual &ritual : rituals) {
        TRELLIS_TRY_ASSIGN(const QList<rhythm::Occurrence> occurrences, ritual.schedule.occurrences(from, to));
        if (occurrences.isEmpty())
            continue;
        TRELLIS_TRY_ASSIGN(const QList<Fulfilment> done, fulfilments(ritual.stamp.id));
        for (const rhythm::OccurrenceStatus &s : rhythm::occurrenceStates(occurrences, done, today, kFulfilmentGraceDays))
            out.append({ritual.stamp.id, ritual.kind, ritual.title, s.occurrence.date, s.occurrence.startUtc, s.state, s.fulfilment});
    }
    std::stable_sort(out.begin(), out.end(), [](const CalendarOccurrence &a, const CalendarOccurrence &b) {
        const QDateTime aStart = a.startUtc.isValid() ? a.startUtc : QDateTime(a.date, QTime(0, 0), Qt::UTC);
        const QDateTime bStart = b.startUtc.isValid() ? b.startUtc : QDateTime(b.date, QTime(0, 0), Qt::UTC);
        return std::tie(a.date, aStart, a.ritualId) < std::tie(b.date, bStart, b.ritualId);
    });
    return out;
}

Result<QList<StrayFulfilment>> RitualFulfilments::strays() const
{
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, m_ws.database().ids(QStringLiteral(
        "SELECT DISTINCT ritual_id FROM ritual_fulfilment ORDER BY ritual_id")));
    QList<StrayFulfilment> out;
    for (qint64 id : ids) {
        TRELLIS_TRY_ASSIGN(const rhythm::Ritual ritual, RitualStore(m_ws).get(id));
        TRELLIS_TRY_ASSIGN(const QList<Fulfilment> done, fulfilments(id));
        const QDate until = done.isEmpty() ? ritual.schedule.firstDate : done.last().occurrenceDate;
        TRELLIS_TRY_ASSIGN(const QList<Fulfilment> stray, rhythm::strayFulfilments(ritual.schedule, done, until));
        for (const Fulfilment &f : stray)
            out.append({id, f});
    }
    return out;
}

} // namespace trellis::store
