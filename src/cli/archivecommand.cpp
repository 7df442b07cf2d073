// trellis-cli archive: the whole workspace as a bilingual archive folder (and optionally one .zip)
// with a manifest that `sha256sum -c` verifies.
#include "cli/commands.h"
#include "cli/ledgercli.h"
#include "i18n/language.h"
#include "reports/archive/archive.h"

namespace trellis::cli {
namespace {

const QString kArchiveCommand = QStringLiteral("archive");
const QString kArchiveUsage = QStringLiteral("archive FILE --languages A,B --out DIR [--zip] [--custodian NAME]");

} // namespace

int archiveCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("languages"), QStringLiteral("out"), QStringLiteral("custodian")},
                     {QStringLiteral("zip")});
    if (!line.expectPositionals(1, 1, kArchiveUsage))
        return ledgerUsage(kArchiveCommand, line.error());
    QString problem;
    const auto pair = languagePair(line, problem);
    if (!pair)
        return ledgerUsage(kArchiveCommand, problem);
    const auto outDir = line.value(QStringLiteral("out"));
    if (!outDir || outDir->isEmpty())
        return ledgerUsage(kArchiveCommand, QStringLiteral("--out DIR is required"));
    for (const QString &tag : {pair->first, pair->second}) {
        if (!i18n::isValidLanguageTag(tag))
            return ledgerFailure(kArchiveCommand, makeError(ErrorCode::InvalidInput, QStringLiteral("Unknown language “%1”").arg(tag)));
    }
    auto ws = openLedgerWorkspace(line.positionals().first(), true);
    if (!ws)
        return ledgerFailure(kArchiveCommand, ws.error());
    reports::ArchiveRequest request;
    request.first = pair->first;
    request.second = pair->second;
    request.custodian = line.value(QStringLiteral("custodian")).value_or(QString());
    request.zip = line.flag(QStringLiteral("zip"));
    auto summary = reports::writeArchive(*ws, request, *outDir);
    if (!summary)
        return ledgerFailure(kArchiveCommand, summary.error());
    out(QStringLiteral("archive written to %1: %2 files (%3 unchanged), MANIFEST.sha256")
            .arg(*outDir).arg(summary->files.size()).arg(summary->unchanged.size()));
    if (!summary->zipPath.isEmpty())
        out(QStringLiteral("zip: %1").arg(summary->zipPath));
    out(QStringLiteral("ledger chain head: %1 (%2 entries)")
            .arg(summary->chainHead.isEmpty() ? QStringLiteral("(empty)") : summary->chainHead)
            .arg(summary->chainEntries));
    return Success;
}

} // namespace trellis::cli
