#pragma once
// Shapes every record kind's store shares: the records one record links to (its partners, its
// protocols), and removing a record together with its texts. Table and column names are always literals of the caller.

#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis::store {

class Database;

/// A table that links records to records of another kind, e.g. campaign_exchange(exchange_id,
/// campaign_id); otherNoun names a record that does not exist ("Campaign 7 does not exist").
struct LinkTable {
    QString table;
    QString ownerColumn;
    QString otherColumn;
    QString otherNoun;
};

/// The link table of a record's partners, table(ownerColumn, partner_id): "Partner 7 does not exist".
LinkTable partnerLinks(const QString &table, const QString &ownerColumn);

/// Makes the links of record ownerId exactly otherIds (linking twice changes nothing); one that does
/// not exist is refused with missing, or "<otherNoun> <id> does not exist". Call inside the
/// record's transaction.
Status replaceLinks(Database &db, const LinkTable &link, qint64 ownerId, const QList<qint64> &otherIds,
                    const QString &missing = {});

/// The records ownerId links to, by id.
Result<QList<qint64>> linksOf(const Database &db, const LinkTable &link, qint64 ownerId);

/// Deletes row id of table, then every text the record owned (and with them their search rows).
/// A row that is not there gives `missing`; one that other records refer to is kept and refused
/// with `referredTo`. Call inside a transaction.
Status removeRecord(Database &db, const QString &table, qint64 id, const Error &missing, const QString &referredTo);

} // namespace trellis::store
