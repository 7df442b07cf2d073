#pragma once
// The retro report: each retro's three questions with every answer side by side, votes, tags and actions.

#include "reports/reportrequest.h"

#include <QCoreApplication>

namespace trellis::reports {

/// Builds the sections of the retro report into doc (whose header buildReport has filled).
class RetroReport {
    Q_DECLARE_TR_FUNCTIONS(RetroReport)
public:
    static Status build(store::Workspace &workspace, const ReportRequest &request, Document &doc);
};

} // namespace trellis::reports
