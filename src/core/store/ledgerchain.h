#pragma once
// The tamper-evident chain of posted ledger entries: each link hashes its entry and the link before.

#include "util/result.h"

#include <QByteArray>
#include <QList>

namespace trellis::store {

class Database;

/// The bytes a link hashes for one entry, read from the file as stored (see docs/ledger.md).
Result<QByteArray> canonicalEntryBytes(Database &db, qint64 entryId);

/// Appends a posted entry to the chain; call in the transaction that posts it.
Status appendToChain(Database &db, qint64 entryId);
/// Appends posted entries in the order given, as many appendToChain() calls would.
Status appendToChain(Database &db, const QList<qint64> &entryIds);

/// The hash of the chain's last link, or an empty array for an empty chain.
Result<QByteArray> chainHead(Database &db);

/// The chain's last link as a report states it: its hash and how many entries the chain covers.
struct ChainTip {
    QByteArray head; ///< empty for an empty chain
    qint64 length = 0;
};
/// The head and length of the chain, read from its last link (not verified: see verifyChain).
Result<ChainTip> chainTip(Database &db);

/// What verifying the chain found.
struct ChainVerification {
    bool intact = true;
    qint64 length = 0;
    QByteArray head;
    QString problem; ///< the first break, by position and entry id
};

/// Recomputes every link; with expectedHead, that head must be one of the chain's links
/// (a published head must not vanish: that would be a truncated or rewritten tail).
Result<ChainVerification> verifyChain(Database &db, const QByteArray &expectedHead = {});

} // namespace trellis::store
