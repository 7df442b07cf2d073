#pragma once
// A hand-built alliance for report tests: two partners (Persian, Spanish), a third quarter of
// ledger entries, a retro, a protocol with an agreement and an incident, and paraphrased goals.

#include "storefixture.h"

#include "reports/document.h"
#include "reports/reportrequest.h"

namespace trellis::test {

struct ReportFixture : WorkspaceFixture {
    qint64 fa = 0; ///< انجمن کارگران تهران
    qint64 es = 0; ///< Red de Traductoras
    qint64 hostingEntry = 0;
    ReportFixture();

    /// Builds a report of kind in languages first and second (2026-Q3 for the ledger review).
    reports::Document build(reports::ReportKind kind, const QString &first = QStringLiteral("fa"),
                            const QString &second = QStringLiteral("es"), const QString &period = QString());
};

/// Every row of every table in doc (pulling the sources), per table caption, in order.
QList<std::pair<QString, QList<QStringList>>> tableTexts(const reports::Document &doc);
/// Every side-by-side row of doc as "label | first | second".
QStringList rowTexts(const reports::Document &doc);

} // namespace trellis::test
