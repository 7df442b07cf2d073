#pragma once
// The demo alliance's ledger: every kind and unit, narratives in several languages, reproducible.

#include "domain/ledgerentry.h"

#include <QList>

namespace trellis::store::demo {

/// `count` entries between the given partners (by index into partnerIds); the same count
/// always gives the same entries. Entries are posted except every tenth, a draft.
QList<domain::LedgerEntry> ledgerEntries(qint64 count, const QList<qint64> &partnerIds,
                                         const QStringList &partnerLanguages, qint64 firstIndex);

} // namespace trellis::store::demo
