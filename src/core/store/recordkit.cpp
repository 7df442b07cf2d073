#include "store/recordkit.h"

#include "store/database.h"
#include "store/textstore.h"

namespace trellis::store {

namespace {

/// Deletes the owner's links and inserts one per id; missing(id) names a failed one.
template <typename Missing>
Status relink(Database &db, const QString &table, const QString &ownerColumn, const QString &otherColumn, qint64 ownerId,
              const QList<qint64> &ids, Missing missing)
{
    TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), ownerId));
    TRELLIS_TRY_ASSIGN(Statement insert, db.query(QStringLiteral("INSERT OR IGNORE INTO %1(%2, %3) VALUES (?, ?)")
                                                      .arg(table, ownerColumn, otherColumn)));
    for (qint64 id : ids) {
        insert.reset();
        insert.bindAll(ownerId, id);
        if (Status inserted = insert.run(); !inserted)
            return inserted.error().code == ErrorCode::Conflict ? missing(id) : inserted.error();
    }
    return {};
}

Result<QList<qint64>> linked(const Database &db, const QString &table, const QString &ownerColumn,
                             const QString &otherColumn, qint64 ownerId)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3")
                                                      .arg(table, ownerColumn, otherColumn), ownerId));
    return select.int64Column();
}

} // namespace

Status replaceParticipants(Database &db, const ParticipantTable &link, qint64 ownerId, const QList<qint64> &partnerIds,
                           const QString &missingPartner)
{
    return relink(db, link.table, link.ownerColumn, QStringLiteral("partner_id"), ownerId, partnerIds,
                  [&](qint64) { return makeError(ErrorCode::NotFound, missingPartner); });
}

Result<QList<qint64>> participantsOf(const Database &db, const ParticipantTable &link, qint64 ownerId)
{
    return linked(db, link.table, link.ownerColumn, QStringLiteral("partner_id"), ownerId);
}

Status replaceLinks(Database &db, const LinkTable &link, qint64 ownerId, const QList<qint64> &otherIds)
{
    return relink(db, link.table, link.ownerColumn, link.otherColumn, ownerId, otherIds,
                  [&](qint64 id) { return recordNotFound(link.otherNoun, id); });
}

Result<QList<qint64>> linksOf(const Database &db, const LinkTable &link, qint64 ownerId)
{
    return linked(db, link.table, link.ownerColumn, link.otherColumn, ownerId);
}

Status removeRecord(Database &db, const QString &table, qint64 id, const Error &missing, const QString &referredTo)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table), id));
    TRELLIS_TRY(select.requireRow(missing));
    const QString uuid = select.text(0);
    if (Status deleted = db.execute(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), id); !deleted) {
        return deleted.error().code == ErrorCode::Conflict ? makeError(ErrorCode::Conflict, referredTo)
                                                           : deleted.error();
    }
    return TextStore(db).removeOwner(uuid);
}

} // namespace trellis::store
