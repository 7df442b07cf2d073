#pragma once
// Writes the posted ledger as an hledger journal, so anyone can total it with a second program.

#include "io/ledgercsvexport.h"

#include <QString>

namespace trellis::domain {
class Unit;
}

namespace trellis::io {

/// One transaction per posted entry (drafts are left out), by date:
///   partners:<account>:given      the giver, positive amounts
///   partners:<account>:received   the receiver, negative amounts (the transaction balances)
/// funds still awaiting consent go to partners:<account>:pending:given / :pending:received instead.
/// Narrative-only entries are transactions with no postings. The chain head is a comment at the top.
Result<LedgerExportSummary> exportHledger(store::Workspace &workspace, QIODevice &device);

/// A partner's account segment: "p<id>" and its Latin name as ASCII words, "p3-colombo-garment-workers".
QString hledgerPartnerAccount(qint64 id, const QString &latinName);

/// The commodity of a unit as the journal writes it: "EUR", "h", "words", "pages", "nights"; symbols
/// with anything but letters are double-quoted.
QString hledgerCommodity(const domain::Unit &unit);

} // namespace trellis::io
