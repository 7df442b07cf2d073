// trellis-cli export ledger: the ledger as CSV (chain head in a sidecar file) or as an hledger journal.
#include "cli/commands.h"
#include "cli/ledgercli.h"
#include "io/hledgerexport.h"

#include <QSaveFile>

namespace trellis::cli {
namespace {

const QString kExportCommand = QStringLiteral("export ledger");
const QString kExportUsage = QStringLiteral("export ledger FILE --format csv|hledger --out PATH");

Status writeFile(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    TRELLIS_TRY(write(file));
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("ledger"))
        return ledgerUsage(QStringLiteral("export"), QStringLiteral("usage: trellis-cli ") + kExportUsage);
    CommandLine line(arguments.mid(1), {QStringLiteral("format"), QStringLiteral("out")}, {});
    if (!line.expectPositionals(1, 1, kExportUsage))
        return ledgerUsage(kExportCommand, line.error());
    const auto format = line.value(QStringLiteral("format"));
    const auto outPath = line.value(QStringLiteral("out"));
    if (!format || !outPath || (*format != QLatin1String("csv") && *format != QLatin1String("hledger")))
        return ledgerUsage(kExportCommand, QStringLiteral("usage: trellis-cli ") + kExportUsage);
    auto ws = openLedgerWorkspace(line.positionals().first(), true);
    if (!ws)
        return ledgerFailure(kExportCommand, ws.error());
    const bool csv = *format == QLatin1String("csv");
    io::LedgerExportSummary summary;
    auto written = writeFile(*outPath, [&](QIODevice &device) -> Status {
        auto s = csv ? io::exportLedgerCsv(*ws, device) : io::exportHledger(*ws, device);
        if (!s)
            return s.error();
        summary = *s;
        return {};
    });
    if (!written)
        return ledgerFailure(kExportCommand, written.error());
    const QString head = summary.chainHead.isEmpty() ? QStringLiteral("(empty)") : QString::fromLatin1(summary.chainHead.toHex());
    if (csv) {
        // CSV has no comments: the head goes to a sidecar file beside the export.
        auto sidecar = writeFile(*outPath + QStringLiteral(".chain-head"), [&](QIODevice &device) -> Status {
            const QByteArray line = head.toLatin1() + '\n';
            if (device.write(line) != line.size())
                return makeError(ErrorCode::Io, device.errorString());
            return {};
        });
        if (!sidecar)
            return ledgerFailure(kExportCommand, sidecar.error());
    }
    out(QStringLiteral("%1 entries written to %2 (%3 narrative-only)").arg(summary.entries).arg(*outPath).arg(summary.narrativeOnly));
    out(QStringLiteral("ledger chain head: %1").arg(head));
    return Success;
}

} // namespace trellis::cli
