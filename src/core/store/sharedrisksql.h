#pragma once
// What the parts of SharedRiskStore share: the link tables of a risk and the summary query.

#include "store/database.h"
#include "store/recordkit.h"
#include "store/sharedriskstore.h"
#include "store/statement.h"

namespace trellis::store {

/// One of a risk's link tables: its name, the column of the linked record, the record's table
/// and its name in messages ("Campaign"). All are literals, never user text.
struct RiskLinkTable {
    QString table;
    QString column;
    QString target;
    QString what;
};

const RiskLinkTable &riskLinkTable(RiskLink kind);
/// Links riskId to otherId (once); NotFound naming the record when otherId does not exist.
Status insertRiskLink(Database &db, qint64 riskId, RiskLink kind, qint64 otherId);
/// A risk's link table of one kind as the store kit's LinkTable.
LinkTable linkTableOf(RiskLink kind);
/// The summary query, with a condition on shared_risk r (and its parameters) or none.
QString riskSummarySql(const QString &where);
/// Steps a summary query to its end.
Result<QList<SharedRiskSummary>> readRiskSummaries(Statement &select);

} // namespace trellis::store
