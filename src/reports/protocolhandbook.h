#pragma once
// The protocol handbook: each protocol's current version, who agreed and when, its review date, its incidents; the rehearsals.

#include "reports/reportrequest.h"

#include <QCoreApplication>

namespace trellis::reports {

/// Builds the sections of the protocol handbook into doc (whose header buildReport has filled).
class ProtocolHandbook {
    Q_DECLARE_TR_FUNCTIONS(ProtocolHandbook)
public:
    static Status build(store::Workspace &workspace, const ReportRequest &request, Document &doc);
};

} // namespace trellis::reports
