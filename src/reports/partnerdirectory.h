#pragma once
// The partner directory: names in their own script and Latin form, languages, goals and the listening quorum's paraphrases.

#include "reports/reportrequest.h"

#include <QCoreApplication>

namespace trellis::reports {

/// Builds the sections of the partner directory into doc (whose header buildReport has filled).
class PartnerDirectory {
    Q_DECLARE_TR_FUNCTIONS(PartnerDirectory)
public:
    static Status build(store::Workspace &workspace, const ReportRequest &request, Document &doc);
};

} // namespace trellis::reports
