// trellis-cli xliff: export the fields waiting for a translation to XLIFF 1.2, and import them back.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "io/xliffexport.h"
#include "io/xliffimport.h"
#include "store/workspace.h"

#include <QSaveFile>

namespace trellis::cli {
namespace {

const QString kXliffExportUsage = QStringLiteral(
    "xliff export FILE --from A --to B [--kinds K,...] [--include machine] [--dialect standard|omegat] --out F.xlf");
const QString kXliffImportUsage = QStringLiteral("xliff import FILE F.xlf [--by NAME] [--dry-run]");

int xliffUsage(const QString &problem)
{
    err(QStringLiteral("trellis-cli xliff: ") + problem + QStringLiteral("\nusage: trellis-cli ") + kXliffExportUsage
        + QStringLiteral("\n       trellis-cli ") + kXliffImportUsage);
    return Usage;
}

int failure(const Error &error)
{
    err(QStringLiteral("trellis-cli xliff: ") + error.message);
    return error.code == ErrorCode::InvalidInput ? Usage : Failure;
}

int exportXliff(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kinds"),
                                 QStringLiteral("include"), QStringLiteral("dialect"), QStringLiteral("out")},
                     {});
    if (!line.expectPositionals(1, 1, kXliffExportUsage))
        return xliffUsage(line.error());
    const auto from = line.value(QStringLiteral("from"));
    const auto to = line.value(QStringLiteral("to"));
    const auto outPath = line.value(QStringLiteral("out"));
    if (!from || !to || !outPath)
        return xliffUsage(QStringLiteral("--from, --to and --out are required"));
    io::XliffExportOptions options{*from, *to, {}, false, io::XliffDialect::Standard};
    if (const auto kinds = line.value(QStringLiteral("kinds")))
        options.kinds = kinds->split(u',', Qt::SkipEmptyParts);
    if (const auto include = line.value(QStringLiteral("include"))) {
        if (*include != QLatin1String("machine"))
            return xliffUsage(QStringLiteral("--include takes machine (machine drafts to review)"));
        options.includeMachine = true;
    }
    if (const auto dialect = line.value(QStringLiteral("dialect"))) {
        if (*dialect == QLatin1String("omegat"))
            options.dialect = io::XliffDialect::OmegaT;
        else if (*dialect != QLatin1String("standard"))
            return xliffUsage(QStringLiteral("--dialect takes standard or omegat"));
    }
    auto ws = store::Workspace::open(line.positionals().first(), {.readOnly = true, .dailyBackup = false});
    if (!ws)
        return failure(ws.error());
    QSaveFile file(*outPath);
    if (!file.open(QIODevice::WriteOnly))
        return failure(makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(*outPath, file.errorString())));
    auto units = io::exportXliff(*ws, options, file);
    if (!units)
        return failure(units.error());
    if (!file.commit())
        return failure(makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(*outPath, file.errorString())));
    out(QStringLiteral("%1 units written to %2").arg(*units).arg(*outPath));
    return Success;
}

int importXliff(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("by")}, {QStringLiteral("dry-run")});
    if (!line.expectPositionals(2, 2, kXliffImportUsage))
        return xliffUsage(line.error());
    auto ws = store::Workspace::open(line.positionals().first());
    if (!ws)
        return failure(ws.error());
    const QString by = line.value(QStringLiteral("by")).value_or(ws->author());
    const bool dryRun = line.flag(QStringLiteral("dry-run"));
    auto summary = io::importXliff(*ws, line.positionals().at(1), by, dryRun);
    if (!summary)
        return failure(summary.error());
    for (const io::XliffRefusal &refusal : std::as_const(summary->refusals))
        out(QStringLiteral("refused %1: %2").arg(refusal.unitId, refusal.reason));
    out(QStringLiteral("%1→%2%3: read %4, updated %5, unchanged %6, refused %7")
            .arg(summary->sourceLanguage, summary->targetLanguage,
                 dryRun ? QStringLiteral(" (dry run, nothing saved)") : QString())
            .arg(summary->read).arg(summary->updated).arg(summary->unchanged).arg(summary->refused));
    return summary->refused > 0 ? 3 : Success;
}

} // namespace

int xliffCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return xliffUsage(QStringLiteral("export or import?"));
    if (arguments.first() == QLatin1String("export"))
        return exportXliff(arguments.mid(1));
    if (arguments.first() == QLatin1String("import"))
        return importXliff(arguments.mid(1));
    return xliffUsage(QStringLiteral("\"%1\" is neither export nor import").arg(arguments.first()));
}

} // namespace trellis::cli
