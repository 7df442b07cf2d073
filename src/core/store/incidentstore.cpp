// ProtocolStore's incidents and rupture rehearsals: two dated records with three texts each, written
// and removed by one shared routine.
#include "store/protocolstore.h"

#include "store/recordkit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/clock.h"
#include "util/log.h"

#include <functional>

namespace trellis::store {
namespace {

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

const ParticipantTable kRehearsalParticipants{QStringLiteral("rehearsal_participant"), QStringLiteral("rehearsal_id")};

Result<QList<qint64>> allIds(Database &db, const QString &sql)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(sql));
    return select.int64Column();
}

/// Inserts or updates (the row with stamp.id) one incident or rehearsal with its texts, in one transaction.
Status writeEvent(Workspace &ws, domain::RecordStamp &stamp, bool isNew, const EventShape &shape)
{
    Database &db = ws.database();
    QStringList textColumns;
    for (const auto &text : shape.texts)
        textColumns << text.first + QStringLiteral("_text_id");
    domain::RecordStamp s = isNew ? domain::RecordStamp{} : stamp;
    TRELLIS_TRY(Transaction::run(db, [&]() -> Status {
        const QString now = nowUtc();
        QList<TextField> fields;
        for (const auto &text : shape.texts)
            fields.append({text.first, text.second, std::nullopt});
        if (isNew) {
            s.uuid = newUuid();
            s.createdAt = now;
        } else {
            TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT uuid, created_at, %1 FROM %2 WHERE id = ?")
                                                              .arg(textColumns.join(QStringLiteral(", ")), shape.table), s.id));
            TRELLIS_TRY(select.requireRow(recordNotFound(shape.what, s.id)));
            s.uuid = select.text(0);
            s.createdAt = select.text(1);
            for (int i = 0; i < fields.size(); ++i)
                fields[i].existingId = select.optionalInt64(2 + i);
        }
        s.updatedAt = now;
        s.author = ws.author();
        TRELLIS_TRY_ASSIGN(const auto textIds, TextStore(db).saveFields(shape.table, s.uuid, fields));

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
        TRELLIS_TRY_ASSIGN(Statement stmt, db.prepare(sql));
        stmt.bind(":uuid", s.uuid).bind(":updated", now).bind(":author", s.author);
        if (isNew)
            stmt.bind(":created", now);
        shape.bindFacts(stmt);
        for (int i = 0; i < textIds.size(); ++i)
            stmt.bind(QStringLiteral(":f%1").arg(shape.factColumns.size() + i).toLatin1().constData(), textIds.at(i));
        if (auto run = stmt.run(); !run) {
            return run.error().code == ErrorCode::Conflict && !shape.badReference.isEmpty()
                ? makeError(ErrorCode::NotFound, shape.badReference) : run.error();
        }
        if (isNew)
            s.id = db.lastInsertRowId();
        if (shape.writeChildren)
            TRELLIS_TRY(shape.writeChildren(db, s.id));
        return {};
    }));
    log::get("store")->debug("{} {} saved", shape.table.toStdString(), s.id);
    stamp = s;
    return {};
}

/// Removes one incident or rehearsal, then its texts (and with them their search index rows).
/// A row that another record still refers to is kept, and nothing is removed.
Status removeEvent(Workspace &ws, const QString &table, const QString &what, qint64 id)
{
    Database &db = ws.database();
    TRELLIS_TRY(Transaction::run(db, [&] {
        return removeRecord(db, table, id, recordNotFound(what, id),
                            QStringLiteral("%1 %2 is referred to by other records and cannot be deleted").arg(what).arg(id));
    }));
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
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, protocol_id, occurred_on, summary_text_id, outcome_text_id, lessons_text_id, created_at, "
        "updated_at, author FROM incident WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(recordNotFound(QStringLiteral("Incident"), id)));
    domain::Incident i;
    i.stamp = {id, select.text(0), select.text(6), select.text(7), select.text(8)};
    i.protocolId = select.optionalInt64(1);
    i.occurredOn = QDate::fromString(select.text(2), Qt::ISODate);
    TRELLIS_TRY(TextStore(db).loadFields({{select.int64(3), &i.summary}, {select.optionalInt64(4), &i.outcome},
                                          {select.optionalInt64(5), &i.lessons}}));
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
    auto participants = [&r](Database &db, qint64 id) {
        return replaceParticipants(db, kRehearsalParticipants, id, r.participantIds,
                                   QStringLiteral("A participant of the rehearsal is not a partner of this workspace"));
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
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral(
        "SELECT uuid, held_on, scenario_text_id, observations_text_id, followups_text_id, created_at, updated_at, author "
        "FROM rehearsal WHERE id = ?"), id));
    TRELLIS_TRY(select.requireRow(recordNotFound(QStringLiteral("Rehearsal"), id)));
    domain::Rehearsal r;
    r.stamp = {id, select.text(0), select.text(5), select.text(6), select.text(7)};
    r.heldOn = QDate::fromString(select.text(1), Qt::ISODate);
    TRELLIS_TRY(TextStore(db).loadFields({{select.int64(2), &r.scenario}, {select.optionalInt64(3), &r.observations},
                                          {select.optionalInt64(4), &r.followUps}}));
    TRELLIS_TRY_ASSIGN(r.participantIds, participantsOf(db, kRehearsalParticipants, id));
    return r;
}

Result<QList<qint64>> ProtocolStore::rehearsalIds() const
{
    return allIds(m_ws.database(), QStringLiteral("SELECT id FROM rehearsal ORDER BY held_on DESC, id DESC"));
}

} // namespace trellis::store
