#include "store/recordkit.h"

#include "store/database.h"
#include "store/textstore.h"

namespace trellis::store {

Status replaceParticipants(Database &db, const ParticipantTable &link, qint64 ownerId, const QList<qint64> &partnerIds,
                           const QString &missingPartner)
{
    TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(link.table, link.ownerColumn), ownerId));
    TRELLIS_TRY_ASSIGN(Statement insert, db.query(QStringLiteral("INSERT OR IGNORE INTO %1(%2, partner_id) VALUES (?, ?)")
                                                      .arg(link.table, link.ownerColumn)));
    for (qint64 partnerId : partnerIds) {
        insert.reset();
        insert.bindAll(ownerId, partnerId);
        if (!insert.run())
            return makeError(ErrorCode::NotFound, missingPartner);
    }
    return {};
}

Result<QList<qint64>> participantsOf(const Database &db, const ParticipantTable &link, qint64 ownerId)
{
    TRELLIS_TRY_ASSIGN(Statement select, db.query(QStringLiteral("SELECT partner_id FROM %1 WHERE %2 = ? ORDER BY partner_id")
                                                      .arg(link.table, link.ownerColumn), ownerId));
    return select.int64Column();
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
