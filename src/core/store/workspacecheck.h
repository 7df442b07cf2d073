#pragma once
// A full check of a workspace file: SQLite integrity, foreign keys and the ledger's invariants.

#include "util/result.h"

#include <QByteArray>
#include <QStringList>

namespace trellis::store {

class Workspace;

/// What a check found; healthy only when nothing is listed.
struct CheckReport {
    QStringList problems; ///< one sentence each, naming record ids (never record text)
    qint64 partners = 0;
    qint64 ledgerEntries = 0;
    qint64 postedEntries = 0;
    qint64 chainLength = 0;
    QByteArray chainHead; ///< SHA-256 of the last posted entry's link (32 bytes; empty for no entries)
    bool healthy() const { return problems.isEmpty(); }
};

/// Runs every check; an Error only when the checks themselves could not run. With an
/// expectedHead (from a published export), the chain must also contain that head.
Result<CheckReport> checkWorkspace(Workspace &workspace, const QByteArray &expectedHead = {});

/// Rebuilds the full-text index from the texts (the repair for a search-index problem).
Status rebuildSearchIndex(Workspace &workspace);

} // namespace trellis::store
