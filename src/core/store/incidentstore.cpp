// ProtocolStore's incidents and rupture rehearsals.
#include "store/protocolstore.h"

#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"

namespace trellis::store {
namespace {

Error notFound(const QString &what, qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2 does not exist").arg(what).arg(id));
}

/// Reads uuid, created_at and the listed text ids of an existing row; nothing when absent.
struct Existing {
    QString uuid;
    QString createdAt;
    QList<std::optional<qint64>> texts;
};

Result<std::optional<Existing>> existing(Database &db, const QString &sql, qint64 id, int textColumns)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Existing>();
    Existing e{select->text(0), select->text(1), {}};
    for (int i = 0; i < textColumns; ++i)
        e.texts.append(select->optionalInt64(2 + i));
    return std::optional<Existing>(e);
}

Result<QList<qint64>> allIds(Database &db, const QString &sql)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    return select->int64Column();
}

} // namespace

Result<qint64> ProtocolStore::addIncident(domain::Incident &incident)
{
    TRELLIS_TRY(writeIncident(incident, true));
    return incident.stamp.id;
}

Status ProtocolStore::updateIncident(domain::Incident &incident)
{
    return writeIncident(incident, false);
}

Status ProtocolStore::writeIncident(domain::Incident &incident, bool isNew)
{
    domain::Incident i = incident;
    TRELLIS_TRY(i.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    QList<std::optional<qint64>> before{std::nullopt, std::nullopt, std::nullopt};
    if (isNew) {
        i.stamp.uuid = newUuid();
        i.stamp.createdAt = now;
    } else {
        auto row = existing(db, QStringLiteral("SELECT uuid, created_at, summary_text_id, outcome_text_id, lessons_text_id "
                                               "FROM incident WHERE id = ?"), i.stamp.id, 3);
        if (!row)
            return row.error();
        if (!*row)
            return notFound(QStringLiteral("Incident"), i.stamp.id);
        i.stamp.uuid = (*row)->uuid;
        i.stamp.createdAt = (*row)->createdAt;
        before = (*row)->texts;
    }
    i.stamp.updatedAt = now;
    i.stamp.author = m_ws.author();
    TextStore texts(db);
    const QString owner = QStringLiteral("incident");
    auto summary = texts.save({owner, i.stamp.uuid, QStringLiteral("summary")}, i.summary, before.at(0));
    if (!summary)
        return summary.error();
    auto stmt = db.prepare(isNew
        ? QStringLiteral("INSERT INTO incident(uuid, protocol_id, occurred_on, summary_text_id, created_at, updated_at, "
                         "author) VALUES (:uuid, :protocol, :on, :summary, :created, :updated, :author)")
        : QStringLiteral("UPDATE incident SET protocol_id = :protocol, occurred_on = :on, summary_text_id = :summary, "
                         "updated_at = :updated, author = :author WHERE uuid = :uuid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(":uuid", i.stamp.uuid).bind(":protocol", i.protocolId).bind(":on", i.occurredOn.toString(Qt::ISODate))
        .bind(":summary", **summary).bind(":updated", now).bind(":author", i.stamp.author);
    if (isNew)
        stmt->bind(":created", now);
    if (auto s = stmt->run(); !s)
        return s.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::NotFound, QStringLiteral("The incident's protocol does not exist")) : s.error();
    if (isNew)
        i.stamp.id = db.lastInsertRowId();
    auto outcome = texts.save({owner, i.stamp.uuid, QStringLiteral("outcome")}, i.outcome, before.at(1));
    auto lessons = texts.save({owner, i.stamp.uuid, QStringLiteral("lessons")}, i.lessons, before.at(2));
    if (!outcome || !lessons)
        return (!outcome ? outcome : lessons).error();
    auto link = db.prepare(QStringLiteral("UPDATE incident SET outcome_text_id = ?, lessons_text_id = ? WHERE id = ?"));
    if (!link)
        return link.error();
    link->bind(1, *outcome).bind(2, *lessons).bind(3, i.stamp.id);
    TRELLIS_TRY(link->run());
    TRELLIS_TRY(tx->commit());
    incident = i;
    return {};
}

Result<domain::Incident> ProtocolStore::incident(qint64 id) const
{
    Database &db = m_ws.database();
    auto select = db.prepare(QStringLiteral(
        "SELECT uuid, protocol_id, occurred_on, summary_text_id, outcome_text_id, lessons_text_id, created_at, "
        "updated_at, author FROM incident WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("Incident"), id);
    domain::Incident i;
    i.stamp = {id, select->text(0), select->text(6), select->text(7), select->text(8)};
    i.protocolId = select->optionalInt64(1);
    i.occurredOn = QDate::fromString(select->text(2), Qt::ISODate);
    TextStore texts(db);
    auto summary = texts.load(select->int64(3));
    auto outcome = texts.load(select->optionalInt64(4));
    auto lessons = texts.load(select->optionalInt64(5));
    if (!summary || !outcome || !lessons)
        return (!summary ? summary : !outcome ? outcome : lessons).error();
    i.summary = *summary;
    i.outcome = *outcome;
    i.lessons = *lessons;
    return i;
}

Result<QList<qint64>> ProtocolStore::incidentIds() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM incident ORDER BY occurred_on DESC, id DESC"));
}

Result<qint64> ProtocolStore::addRehearsal(domain::Rehearsal &rehearsal)
{
    TRELLIS_TRY(writeRehearsal(rehearsal, true));
    return rehearsal.stamp.id;
}

Status ProtocolStore::updateRehearsal(domain::Rehearsal &rehearsal)
{
    return writeRehearsal(rehearsal, false);
}

Status ProtocolStore::writeRehearsal(domain::Rehearsal &rehearsal, bool isNew)
{
    domain::Rehearsal r = rehearsal;
    TRELLIS_TRY(r.normalise());
    Database &db = m_ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const QString now = nowUtc();
    QList<std::optional<qint64>> before{std::nullopt, std::nullopt, std::nullopt};
    if (isNew) {
        r.stamp.uuid = newUuid();
        r.stamp.createdAt = now;
    } else {
        auto row = existing(db, QStringLiteral("SELECT uuid, created_at, scenario_text_id, observations_text_id, "
                                               "followups_text_id FROM rehearsal WHERE id = ?"), r.stamp.id, 3);
        if (!row)
            return row.error();
        if (!*row)
            return notFound(QStringLiteral("Rehearsal"), r.stamp.id);
        r.stamp.uuid = (*row)->uuid;
        r.stamp.createdAt = (*row)->createdAt;
        before = (*row)->texts;
    }
    r.stamp.updatedAt = now;
    r.stamp.author = m_ws.author();
    TextStore texts(db);
    const QString owner = QStringLiteral("rehearsal");
    auto scenario = texts.save({owner, r.stamp.uuid, QStringLiteral("scenario")}, r.scenario, before.at(0));
    if (!scenario)
        return scenario.error();
    auto stmt = db.prepare(isNew
        ? QStringLiteral("INSERT INTO rehearsal(uuid, held_on, scenario_text_id, created_at, updated_at, author) "
                         "VALUES (:uuid, :on, :scenario, :created, :updated, :author)")
        : QStringLiteral("UPDATE rehearsal SET held_on = :on, scenario_text_id = :scenario, updated_at = :updated, "
                         "author = :author WHERE uuid = :uuid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(":uuid", r.stamp.uuid).bind(":on", r.heldOn.toString(Qt::ISODate)).bind(":scenario", **scenario)
        .bind(":updated", now).bind(":author", r.stamp.author);
    if (isNew)
        stmt->bind(":created", now);
    TRELLIS_TRY(stmt->run());
    if (isNew)
        r.stamp.id = db.lastInsertRowId();
    auto observations = texts.save({owner, r.stamp.uuid, QStringLiteral("observations")}, r.observations, before.at(1));
    auto followUps = texts.save({owner, r.stamp.uuid, QStringLiteral("followups")}, r.followUps, before.at(2));
    if (!observations || !followUps)
        return (!observations ? observations : followUps).error();
    auto link = db.prepare(QStringLiteral(
        "UPDATE rehearsal SET observations_text_id = ?, followups_text_id = ? WHERE id = ?"));
    if (!link)
        return link.error();
    link->bind(1, *observations).bind(2, *followUps).bind(3, r.stamp.id);
    TRELLIS_TRY(link->run());
    auto clear = db.prepare(QStringLiteral("DELETE FROM rehearsal_participant WHERE rehearsal_id = ?"));
    if (!clear)
        return clear.error();
    clear->bind(1, r.stamp.id);
    TRELLIS_TRY(clear->run());
    auto participant = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO rehearsal_participant(rehearsal_id, partner_id) VALUES (?, ?)"));
    if (!participant)
        return participant.error();
    for (qint64 partnerId : std::as_const(r.participantIds)) {
        participant->reset();
        participant->bind(1, r.stamp.id).bind(2, partnerId);
        if (!participant->run())
            return makeError(ErrorCode::NotFound, QStringLiteral("A participant of the rehearsal is not a partner of this workspace"));
    }
    TRELLIS_TRY(tx->commit());
    rehearsal = r;
    return {};
}

Result<domain::Rehearsal> ProtocolStore::rehearsal(qint64 id) const
{
    Database &db = m_ws.database();
    auto select = db.prepare(QStringLiteral(
        "SELECT uuid, held_on, scenario_text_id, observations_text_id, followups_text_id, created_at, updated_at, author "
        "FROM rehearsal WHERE id = ?"));
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(QStringLiteral("Rehearsal"), id);
    domain::Rehearsal r;
    r.stamp = {id, select->text(0), select->text(5), select->text(6), select->text(7)};
    r.heldOn = QDate::fromString(select->text(1), Qt::ISODate);
    TextStore texts(db);
    auto scenario = texts.load(select->int64(2));
    auto observations = texts.load(select->optionalInt64(3));
    auto followUps = texts.load(select->optionalInt64(4));
    if (!scenario || !observations || !followUps)
        return (!scenario ? scenario : !observations ? observations : followUps).error();
    r.scenario = *scenario;
    r.observations = *observations;
    r.followUps = *followUps;
    auto participants = db.prepare(QStringLiteral(
        "SELECT partner_id FROM rehearsal_participant WHERE rehearsal_id = ? ORDER BY partner_id"));
    if (!participants)
        return participants.error();
    participants->bind(1, id);
    auto participantIds = participants->int64Column();
    if (!participantIds)
        return participantIds.error();
    r.participantIds = *participantIds;
    return r;
}

Result<QList<qint64>> ProtocolStore::rehearsalIds() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM rehearsal ORDER BY held_on DESC, id DESC"));
}

} // namespace trellis::store
