#include "io/ledgercsvexport.h"

#include "io/csvwriter.h"
#include "store/ledgerchain.h"
#include "store/ledgerlisting.h"
#include "store/workspace.h"
#include "util/log.h"

namespace trellis::io {

Result<LedgerExportSummary> exportLedgerCsv(store::Workspace &workspace, QIODevice &device)
{
    LedgerExportSummary summary;
    auto head = store::chainHead(workspace.database());
    if (!head)
        return head.error();
    summary.chainHead = *head;
    CsvWriter writer(device);
    TRELLIS_TRY(writer.writeRecord(QStringList{
        QStringLiteral("date"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
        QStringLiteral("quantity"), QStringLiteral("unit"), QStringLiteral("narrative"), QStringLiteral("language"),
        QStringLiteral("status"), QStringLiteral("reverses"), QStringLiteral("uuid")}));
    TRELLIS_TRY(store::listLedger(workspace, true, [&](const store::ListedEntry &e) -> Status {
        ++summary.entries;
        if (!e.quantity)
            ++summary.narrativeOnly;
        return writer.writeRecord(QList<CsvCell>{
            CsvCell::text(e.date.toString(Qt::ISODate)), CsvCell::text(e.fromName), CsvCell::text(e.toName),
            CsvCell::text(domain::contributionKindKey(e.kind)),
            e.quantity ? CsvCell::number(e.quantity->toPlainString()) : CsvCell::text(QString()),
            CsvCell::text(e.quantity ? e.quantity->unit.key() : QString()), CsvCell::text(e.narrative),
            CsvCell::text(e.language), CsvCell::text(e.posted ? QStringLiteral("posted") : QStringLiteral("draft")),
            CsvCell::text(e.reversesUuid), CsvCell::text(e.uuid)});
    }));
    log::get("io")->info("ledger CSV export: {} entries", summary.entries);
    return summary;
}

} // namespace trellis::io
