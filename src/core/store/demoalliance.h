#pragma once
// The demo alliance: a realistic workspace in many scripts, the same for the same entry count.

#include "util/result.h"

#include <QString>

namespace trellis::store {

/// What the demo wrote.
struct DemoSummary {
    int partners = 0;
    qint64 ledgerEntries = 0;
    int retros = 0;
    int protocols = 0;
    int campaigns = 0;
    int sharedRisks = 0;
    int crossovers = 0;
    int rituals = 0;
    int pauses = 0;
    int custodianTerms = 0;
    int fireDrills = 0;
    int envoyJourneys = 0;
};

/// Creates path as a new workspace holding the demo alliance with `entries` ledger entries.
Result<DemoSummary> writeDemoAlliance(const QString &path, qint64 entries = 300);

} // namespace trellis::store
