#pragma once
// What a user asks a report of: its kind, the language pair, the period and the partners it covers.

#include "reports/document.h"
#include "store/period.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis::store {
class Workspace;
}

namespace trellis::reports {

/// The choices behind one report. Languages are canonical BCP 47 tags (checked by buildReport).
struct ReportRequest {
    ReportKind kind = ReportKind::LedgerReview;
    QString first;
    QString second;
    store::Period period;                ///< all time when open; retros: the quarters it holds
    std::optional<qint64> partnerId;     ///< only what this partner gave or received (or took part in)
    std::optional<qint64> withPartnerId; ///< with partnerId: only this pair
    QDate madeOn;                        ///< the report's date; today when invalid
    bool dated = true;                   ///< false: no "made on" fact (archives date only their hand-over page)
    QString uiLanguage;                  ///< the language of labels; English when empty
};

/// Builds the report into a Document. The document's row sources read from workspace when a
/// writer pulls them, so workspace must outlive the document. Errors: an invalid language tag,
/// the same language twice, an unknown partner, or a store failure; each with a message a user
/// understands.
Result<Document> buildReport(store::Workspace &workspace, const ReportRequest &request);

} // namespace trellis::reports
