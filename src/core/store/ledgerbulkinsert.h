#pragma once
// The fast path for saving many new ledger entries at once (imports): a few statements per batch.

#include "domain/ledgerentry.h"
#include "util/result.h"

#include <QList>

namespace trellis::store {

class Workspace;

/// Saves new entries as LedgerStore::add() would, row for row (stamps, narrative texts with their
/// search keys, locked originals and chain links for posted entries), but with one INSERT per table
/// for the whole batch, so that the full-text index is written once per batch instead of once per
/// entry. Entries must already be normalised, their partners must exist, and none may be a reversal.
/// All of them are saved, or none; on success each entry's stamp and postedAt are filled in.
Status insertLedgerEntries(Workspace &workspace, QList<domain::LedgerEntry> &entries);

} // namespace trellis::store
