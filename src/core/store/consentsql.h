#pragma once
// The SQL test of mutual consent on funds, shared by balances and exports so that they agree.

#include <QString>

namespace trellis::store {

/// An SQL expression over the ledger_entry row aliased `e`: true when the latest word of each of
/// its two partners is an approval. A reversal takes its original's consent, so the two cancel.
inline QString fundsDisbursedSql()
{
    const QString side = QStringLiteral(
        "(SELECT a.action FROM funds_approval a WHERE a.entry_id = ifnull(e.reverses_id, e.id) "
        "AND a.partner_id = e.%1 ORDER BY a.id DESC LIMIT 1) = 'approve'");
    return QStringLiteral("(%1 AND %2)").arg(side.arg(QLatin1String("from_partner_id")),
                                             side.arg(QLatin1String("to_partner_id")));
}

} // namespace trellis::store
