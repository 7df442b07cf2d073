// ProtocolStore's incidents and rupture rehearsals: two dated records with three texts each, written
// and removed by one shared routine.
#include "store/protocolstore.h"

#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <functional>

namespace trellis::store {
namespace {

Error notFound(const QString &what, qint64 id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2 does not exist").arg(what).arg(id));
}

/// What an incident and a rehearsal row differ in. Table and column names are literals below,
/// never user text.
struct EventShape {
    QString table;             ///< also the owner kind of its texts
    QString what;              ///< "Incident", for messages
    QStringList factColumns;   ///< bound as :f0, :f1, ...
    std::function<void(Statement &)> bindFacts;
    QList<QPair<QString, const domain::BilingualText *>> texts; ///< field; its column is field + "_text_id"
    /// Rows of other tables that belong to the record (rehearsal participants), written in the
    /// same transaction once the record has its id.
    std::function<Status(Database &, qint64 id)> writeChildren;
    /// The message for a failed foreign key on the row itself (a missing protocol).
    QString badReference;
};

Result<QList<qint64>> allIds(Database &db, const QString &sql)
{
    auto select = db.prepare(sql);
    if (!select)
        return select.error();
    return select->int64Column();
}

/// Inserts or updates (the row with stamp.id) one incident or rehearsal with its texts, in one transaction.
Status writeEvent(Workspace &ws, domain::RecordStamp &stamp, bool isNew, const EventShape &shape)
{
    Database &db = ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    QStringList textColumns;
    for (const auto &text : shape.texts)
        textColumns << text.first + QStringLiteral("_text_id");
    domain::RecordStamp s = isNew ? domain::RecordStamp{} : stamp;
    const QString now = nowUtc();
    QList<std::optional<qint64>> before(shape.texts.size());
    if (isNew) {
        s.uuid = newUuid();
        s.createdAt = now;
    } else {
        auto select = db.prepare(QStringLiteral("SELECT uuid, created_at, %1 FROM %2 WHERE id = ?")
                                     .arg(textColumns.join(QStringLiteral(", ")), shape.table));
        if (!select)
            return select.error();
        select->bind(1, s.id);
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return notFound(shape.what, s.id);
        s.uuid = select->text(0);
        s.createdAt = select->text(1);
        for (int i = 0; i < before.size(); ++i)
            before[i] = select->optionalInt64(2 + i);
    }
    s.updatedAt = now;
    s.author = ws.author();

    TextStore texts(db);
    QList<std::optional<qint64>> textIds;
    for (int i = 0; i < shape.texts.size(); ++i) {
        auto id = texts.save({shape.table, s.uuid, shape.texts.at(i).first}, *shape.texts.at(i).second, before.at(i));
        if (!id)
            return id.error();
        textIds << *id;
    }

    QStringList columns = shape.factColumns + textColumns;
    QStringList values;
    for (int i = 0; i < columns.size(); ++i)
        values << QStringLiteral(":f%1").arg(i);
    QString sql;
    if (isNew) {
        sql = QStringLiteral("INSERT INTO %1(uuid, created_at, updated_at, author, %2) "
                             "VALUES (:uuid, :created, :updated, :author, %3)")
                  .arg(shape.table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
    } else {
        QStringList assignments;
        for (int i = 0; i < columns.size(); ++i)
            assignments << columns.at(i) + QStringLiteral(" = ") + values.at(i);
        sql = QStringLiteral("UPDATE %1 SET updated_at = :updated, author = :author, %2 WHERE uuid = :uuid")
                  .arg(shape.table, assignments.join(QStringLiteral(", ")));
    }
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(":uuid", s.uuid).bind(":updated", now).bind(":author", s.author);
    if (isNew)
        stmt->bind(":created", now);
    shape.bindFacts(*stmt);
    for (int i = 0; i < textIds.size(); ++i)
        stmt->bind(QStringLiteral(":f%1").arg(shape.factColumns.size() + i).toLatin1().constData(), textIds.at(i));
    if (auto run = stmt->run(); !run) {
        return run.error().code == ErrorCode::Conflict && !shape.badReference.isEmpty()
            ? makeError(ErrorCode::NotFound, shape.badReference) : run.error();
    }
    if (isNew)
        s.id = db.lastInsertRowId();
    if (shape.writeChildren)
        TRELLIS_TRY(shape.writeChildren(db, s.id));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("{} {} saved", shape.table.toStdString(), s.id);
    stamp = s;
    return {};
}

/// Removes one incident or rehearsal, then its texts (and with them their search index rows).
/// A row that another record still refers to is kept, and nothing is removed.
Status removeEvent(Workspace &ws, const QString &table, const QString &what, qint64 id)
{
    Database &db = ws.database();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto select = db.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table));
    if (!select)
        return select.error();
    select->bind(1, id);
    auto row = select->step();
    if (!row)
        return row.error();
    if (!*row)
        return notFound(what, id);
    const QString uuid = select->text(0);
    auto del = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    if (!del)
        return del.error();
    del->bind(1, id);
    if (auto s = del->run(); !s) {
        return s.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict, QStringLiteral("%1 %2 is referred to by other records and cannot be deleted")
                                                 .arg(what).arg(id))
            : s.error();
    }
    TRELLIS_TRY(TextStore(db).removeOwner(uuid));
    TRELLIS_TRY(tx->commit());
    log::get("store")->debug("{} {} removed", table.toStdString(), id);
    return {};
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
    const EventShape shape{
        QStringLiteral("incident"), QStringLiteral("Incident"), {QStringLiteral("protocol_id"), QStringLiteral("occurred_on")},
        [&i](Statement &s) { s.bind(":f0", i.protocolId).bind(":f1", i.occurredOn.toString(Qt::ISODate)); },
        {{QStringLiteral("summary"), &i.summary}, {QStringLiteral("outcome"), &i.outcome},
         {QStringLiteral("lessons"), &i.lessons}},
        {}, QStringLiteral("The incident's protocol does not exist")};
    TRELLIS_TRY(writeEvent(m_ws, i.stamp, isNew, shape));
    incident = i;
    return {};
}

Status ProtocolStore::removeIncident(qint64 id)
{
    return removeEvent(m_ws, QStringLiteral("incident"), QStringLiteral("Incident"), id);
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
    auto participants = [&r](Database &db, qint64 id) -> Status {
        auto clear = db.prepare(QStringLiteral("DELETE FROM rehearsal_participant WHERE rehearsal_id = ?"));
        if (!clear)
            return clear.error();
        clear->bind(1, id);
        TRELLIS_TRY(clear->run());
        auto insert = db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO rehearsal_participant(rehearsal_id, partner_id) VALUES (?, ?)"));
        if (!insert)
            return insert.error();
        for (qint64 partnerId : std::as_const(r.participantIds)) {
            insert->reset();
            insert->bind(1, id).bind(2, partnerId);
            if (!insert->run())
                return makeError(ErrorCode::NotFound,
                                 QStringLiteral("A participant of the rehearsal is not a partner of this workspace"));
        }
        return {};
    };
    const EventShape shape{
        QStringLiteral("rehearsal"), QStringLiteral("Rehearsal"), {QStringLiteral("held_on")},
        [&r](Statement &s) { s.bind(":f0", r.heldOn.toString(Qt::ISODate)); },
        {{QStringLiteral("scenario"), &r.scenario}, {QStringLiteral("observations"), &r.observations},
         {QStringLiteral("followups"), &r.followUps}},
        participants, QString()};
    TRELLIS_TRY(writeEvent(m_ws, r.stamp, isNew, shape));
    rehearsal = r;
    return {};
}

Status ProtocolStore::removeRehearsal(qint64 id)
{
    return removeEvent(m_ws, QStringLiteral("rehearsal"), QStringLiteral("Rehearsal"), id);
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
