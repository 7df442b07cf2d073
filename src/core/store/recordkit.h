#pragma once
// Shapes every record kind's store shares: the partners taking part in a record, and removing a
// record together with its texts. Table and column names are always literals of the caller.

#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis::store {

class Database;

/// A table that links records to the partners taking part, e.g. retro_participant(retro_id, partner_id).
struct ParticipantTable {
    QString table;
    QString ownerColumn;
};

/// Makes the partners of record ownerId exactly partnerIds; a partner that does not exist is
/// refused with missingPartner. Call inside the record's transaction.
Status replaceParticipants(Database &db, const ParticipantTable &link, qint64 ownerId, const QList<qint64> &partnerIds,
                           const QString &missingPartner);

/// A table that links records to records of another kind, e.g. campaign_exchange(exchange_id,
/// campaign_id); otherNoun names a record that does not exist ("Campaign 7 does not exist").
struct LinkTable {
    QString table;
    QString ownerColumn;
    QString otherColumn;
    QString otherNoun;
};

/// Makes the links of record ownerId exactly otherIds (linking twice changes nothing). Call inside
/// the record's transaction.
Status replaceLinks(Database &db, const LinkTable &link, qint64 ownerId, const QList<qint64> &otherIds);

/// The records ownerId links to, by id.
Result<QList<qint64>> linksOf(const Database &db, const LinkTable &link, qint64 ownerId);

/// The partners of record ownerId, by id.
Result<QList<qint64>> participantsOf(const Database &db, const ParticipantTable &link, qint64 ownerId);

/// Deletes row id of table, then every text the record owned (and with them their search rows).
/// A row that is not there gives `missing`; one that other records refer to is kept and refused
/// with `referredTo`. Call inside a transaction.
Status removeRecord(Database &db, const QString &table, qint64 id, const Error &missing, const QString &referredTo);

} // namespace trellis::store
