#include "store/recordkit.h"

#include "store/database.h"
#include "store/textstore.h"

namespace trellis::store {

LinkTable partnerLinks(const QString &table, const QString &ownerColumn)
{
    return {table, ownerColumn, QStringLiteral("partner_id"), QStringLiteral("Partner")};
}

Status replaceLinks(Database &db, const LinkTable &link, qint64 ownerId, const QList<qint64> &otherIds,
                    const QString &missing)
{
    TRELLIS_TRY(db.execute(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(link.table, link.ownerColumn), ownerId));
    TRELLIS_TRY_ASSIGN(Statement insert, db.query(QStringLiteral("INSERT OR IGNORE INTO %1(%2, %3) VALUES (?, ?)")
                                                      .arg(link.table, link.ownerColumn, link.otherColumn)));
    for (qint64 id : otherIds) {
        insert.reset();
        insert.bindAll(ownerId, id);
        if (Status inserted = insert.run(); !inserted) {
            if (inserted.error().code != ErrorCode::Conflict)
                return inserted.error();
            return missing.isEmpty() ? recordNotFound(link.otherNoun, id) : makeError(ErrorCode::NotFound, missing);
        }
    }
    return {};
}

Result<QList<qint64>> linksOf(const Database &db, const LinkTable &link, qint64 ownerId)
{
    return db.ids(QStringLiteral("SELECT %3 FROM %1 WHERE %2 = ? ORDER BY %3")
                                                      .arg(link.table, link.ownerColumn, link.otherColumn), ownerId);
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
