#include "store/ritualstore.h"

#include "store/partnerquery.h"
#include "store/recordkit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

namespace trellis::store {

using rhythm::Ritual;

namespace {

const QString kOwner = QStringLiteral("ritual");
const LinkTable kPartners{QStringLiteral("ritual_partner"), QStringLiteral("ritual_id"), QStringLiteral("partner_id"),
                          QStringLiteral("Partner")};
constexpr auto kColumns = "r.id, r.uuid, r.kind, r.title_text_id, r.description_text_id, r.first_date, r.start_time, "
                          "r.time_zone, r.duration_minutes, r.rrule, r.updated_at";

Error notFound(qint64 id) { return recordNotFound(QStringLiteral("Ritual"), id); }

std::optional<QString> timeOrNull(const std::optional<QTime> &time)
{
    return time ? std::optional<QString>(time->toString(QStringLiteral("HH:mm"))) : std::nullopt;
}

/// A row of kColumns as a ritual (texts and partners read after).
Result<Ritual> ritualOf(Statement &row, std::optional<qint64> &titleId, std::optional<qint64> &descriptionId)
{
    Ritual r;
    r.id = row.int64(0);
    r.uuid = row.text(1);
    r.kind = rhythm::ritualKindFromKey(row.text(2)).value_or(rhythm::RitualKind::Custom);
    titleId = row.optionalInt64(3);
    descriptionId = row.optionalInt64(4);
    r.schedule.firstDate = QDate::fromString(row.text(5), Qt::ISODate);
    if (!row.isNull(6))
        r.schedule.startTime = QTime::fromString(row.text(6), QStringLiteral("HH:mm"));
    r.schedule.timeZone = row.text(7);
    r.schedule.durationMinutes = int(row.int64(8));
    if (const QString rule = row.text(9); !rule.isEmpty()) {
        auto parsed = rhythm::RecurrenceRule::parse(rule);
        if (!parsed)
            return makeError(ErrorCode::Corrupt, QStringLiteral("Ritual %1 has a recurrence rule Trellis cannot read: %2")
                                                     .arg(r.id).arg(parsed.error().message));
        r.schedule.rule = *parsed;
    }
    r.updatedAt = QDateTime::fromString(row.text(10), Qt::ISODate).toUTC();
    return r;
}

} // namespace

Result<qint64> RitualStore::add(Ritual &ritual)
{
    TRELLIS_TRY(write(ritual, true));
    return ritual.id;
}

Status RitualStore::update(Ritual &ritual)
{
    return write(ritual, false);
}

Status RitualStore::write(Ritual &ritual, bool isNew)
{
    Ritual r = ritual;
    TRELLIS_TRY(r.normalise());
    Database &db = m_ws.database();
    QString now;
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        now = nowUtc();
        QList<TextField> fields = {{QStringLiteral("title"), &r.title, std::nullopt},
                                   {QStringLiteral("description"), &r.description, std::nullopt}};
        QString createdAt = now;
        if (isNew) {
            r.uuid = newUuid();
        } else {
            TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
                "SELECT uuid, created_at, title_text_id, description_text_id FROM ritual WHERE id = ?"), r.id));
            TRELLIS_TRY(select.requireRow(notFound(r.id)));
            r.uuid = select.text(0);
            createdAt = select.text(1);
            fields[0].existingId = select.optionalInt64(2);
            fields[1].existingId = select.optionalInt64(3);
        }
        TRELLIS_TRY_ASSIGN(const auto textIds, TextStore(db).saveFields(kOwner, r.uuid, fields));
        TRELLIS_TRY_ASSIGN(Statement save, db.prepare(isNew ? QStringLiteral(
            "INSERT INTO ritual(kind, title_text_id, description_text_id, first_date, start_time, time_zone, "
            "duration_minutes, rrule, updated_at, author, uuid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                                            : QStringLiteral(
            "UPDATE ritual SET kind = ?, title_text_id = ?, description_text_id = ?, first_date = ?, start_time = ?, "
            "time_zone = ?, duration_minutes = ?, rrule = ?, updated_at = ?, author = ? WHERE id = ?")));
        const rhythm::Schedule &s = r.schedule;
        save.bindAll(rhythm::ritualKindKey(r.kind), textIds.at(0), textIds.at(1), s.firstDate.toString(Qt::ISODate),
                     timeOrNull(s.startTime), s.isAllDay() ? QString() : s.timeZone, s.durationMinutes,
                     s.rule ? s.rule->toRrule() : QString(), now, m_ws.author());
        if (isNew)
            save.bind(11, r.uuid).bind(12, createdAt);
        else
            save.bind(11, r.id);
        TRELLIS_TRY(save.run());
        if (isNew)
            r.id = db.lastInsertRowId();
        return replaceLinks(db, kPartners, r.id, r.partnerIds);
    }));
    r.updatedAt = QDateTime::fromString(now, Qt::ISODate).toUTC();
    log::get("store")->debug("ritual {} saved", r.id);
    ritual = r;
    return {};
}

Status RitualStore::remove(qint64 id)
{
    Database &db = m_ws.database();
    TRELLIS_TRY(Transaction::run(db, [&] {
        return removeRecord(db, kOwner, id, notFound(id),
                            QStringLiteral("Ritual %1 is referred to by other records and cannot be deleted").arg(id));
    }));
    log::get("store")->info("ritual {} removed", id);
    return {};
}

Result<Ritual> RitualStore::get(qint64 id) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT %1 FROM ritual r WHERE r.id = ?")
                                                      .arg(QLatin1String(kColumns)), id));
    TRELLIS_TRY(select.requireRow(notFound(id)));
    std::optional<qint64> titleId, descriptionId;
    TRELLIS_TRY_ASSIGN(Ritual r, ritualOf(select, titleId, descriptionId));
    TRELLIS_TRY(TextStore(db).loadFields({{titleId, &r.title}, {descriptionId, &r.description}}));
    TRELLIS_TRY_ASSIGN(r.partnerIds, linksOf(db, kPartners, id));
    return r;
}

Result<QList<Ritual>> RitualStore::all(const QString &language) const
{
    Database &db = m_ws.database();
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT id FROM ritual ORDER BY first_date, id")));
    TRELLIS_TRY_ASSIGN(const QList<qint64> ids, select.int64Column());
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
