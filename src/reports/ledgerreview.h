#pragma once
// The ledger review: balances per pair and unit, persisting asymmetries, flows, narrative-only
// contributions side by side, funds with their consent, and the ledger chain's head.

#include "reports/reportrequest.h"

#include <QCoreApplication>

namespace trellis::reports {

/// Builds the sections of a ledger review into doc (whose header buildReport has filled).
class LedgerReview {
    Q_DECLARE_TR_FUNCTIONS(LedgerReview)
public:
    static Status build(store::Workspace &workspace, const ReportRequest &request, Document &doc);
};

} // namespace trellis::reports
