#pragma once
// A full check of a workspace file: SQLite integrity, foreign keys and the ledger's invariants.

#include "util/result.h"

#include <QStringList>

namespace trellis::store {

class Workspace;

/// What a check found; healthy only when nothing is listed.
struct CheckReport {
    QStringList problems; ///< one sentence each, naming record ids (never record text)
    qint64 partners = 0;
    qint64 ledgerEntries = 0;
    qint64 postedEntries = 0;
    bool healthy() const { return problems.isEmpty(); }
};

/// Runs every check; an Error only when the checks themselves could not run.
Result<CheckReport> checkWorkspace(Workspace &workspace);

/// Rebuilds the full-text index from the texts (the repair for a search-index problem).
Status rebuildSearchIndex(Workspace &workspace);

} // namespace trellis::store
