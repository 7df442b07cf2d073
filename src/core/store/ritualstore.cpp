#include "store/ritualstore.h"

#include "store/partnerquery.h"
#include "store/recordkit.h"
#include "store/recordrow.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

namespace trellis::store {

using rhythm::Ritual;

namespace {

const LinkTable kRitualPartners = partnerLinks(QStringLiteral("ritual_partner"), QStringLiteral("ritual_id"));

std::optional<QString> timeOrNull(const std::optional<QTime> &time)
{
    return time ? std::optional<QString>(time->toString(QStringLiteral("HH:mm"))) : std::nullopt;
}

} // namespace

template <>
RecordRow RecordStore<Ritual>::rowOf(Ritual &r)
{
    return {QStringLiteral("ritual"), QStringLiteral("Ritual"),
            {QStringLiteral("kind"), QStringLiteral("first_date"), QStringLiteral("start_time"), QStringLiteral("time_zone"),
             QStringLiteral("duration_minutes"), QStringLiteral("rrule")},
            {{QStringLiteral("title"), &r.title}, {QStringLiteral("description"), &r.description}},
            {{kRitualPartners, &r.partnerIds}}};
}

template <>
Status RecordStore<Ritual>::write(Ritual &ritual, bool isNew)
{
    return saveRow(ritual, isNew, [](Statement &row, const Ritual &r) {
        const rhythm::Schedule &s = r.schedule;
        row.bindAll(rhythm::ritualKindKey(r.kind), s.firstDate.toString(Qt::ISODate), timeOrNull(s.startTime),
                    s.isAllDay() ? QString() : s.timeZone, s.durationMinutes, s.rule ? s.rule->toRrule() : QString());
    });
}

template <>
Result<Ritual> RecordStore<Ritual>::get(qint64 id) const
{
    Ritual r;
    TRELLIS_TRY_ASSIGN(const Statement row, readRow(id, r));
    r.kind = rhythm::ritualKindFromKey(row.text(0)).value_or(rhythm::RitualKind::Custom);
    r.schedule.firstDate = QDate::fromString(row.text(1), Qt::ISODate);
    if (!row.isNull(2))
        r.schedule.startTime = QTime::fromString(row.text(2), QStringLiteral("HH:mm"));
    r.schedule.timeZone = row.text(3);
    r.schedule.durationMinutes = int(row.int64(4));
    if (const QString rule = row.text(5); !rule.isEmpty()) {
        auto parsed = rhythm::RecurrenceRule::parse(rule);
        if (!parsed)
            return makeError(ErrorCode::Corrupt, QStringLiteral("Ritual %1 has a recurrence rule Trellis cannot read: %2")
                                                     .arg(id).arg(parsed.error().message));
        r.schedule.rule = *parsed;
    }
    return r;
}

Result<QList<Ritual>> RitualStore::all(const QString &language) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, db.ids(QStringLiteral("SELECT id FROM ritual ORDER BY first_date, id")));
    TRELLIS_TRY_ASSIGN(const auto names, PartnerQuery::names(m_ws, language));
    QList<Ritual> rituals;
    for (qint64 id : ids) {
        TRELLIS_TRY_ASSIGN(Ritual r, get(id));
        for (qint64 partner : std::as_const(r.partnerIds))
            r.participants << names.value(partner);
        rituals << r;
    }
    return rituals;
}

} // namespace trellis::store
