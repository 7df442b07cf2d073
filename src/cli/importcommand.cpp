// trellis-cli import ledger: a CSV file into the ledger in one transaction, with a rejects file.
#include "cli/commands.h"
#include "cli/ledgercli.h"
#include "io/ledgerimport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace trellis::cli {
namespace {

const QString kImportCommand = QStringLiteral("import ledger");
const QString kImportUsage = QStringLiteral(
    "import ledger FILE CSV [--map date=Fecha,from=De,...] [--dry-run] [--rejects OUT.csv] [--create-partners] "
    "[--drafts] [--decimal comma|point] [--date-format dd/MM/yyyy] [--delimiter ';'] [--path auto|bulk|rows] "
    "[--inside-pauses ask|import|leave-out] [--json]");

/// Reads the options into import options, or a message for a usage error.
Result<io::LedgerImportOptions> importOptions(const CommandLine &line)
{
    io::LedgerImportOptions options;
    auto usage = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    if (const auto map = line.value(QStringLiteral("map"))) {
        auto mapping = io::parseColumnMapping(*map);
        if (!mapping)
            return usage(QStringLiteral("--map: ") + mapping.error().message);
        options.columns = *mapping;
    }
    const QString decimal = line.value(QStringLiteral("decimal")).value_or(QStringLiteral("point"));
    if (decimal != QLatin1String("point") && decimal != QLatin1String("comma"))
        return usage(QStringLiteral("--decimal takes comma (1.234,50) or point (1,234.50), not \"%1\"").arg(decimal));
    options.format.decimalComma = decimal == QLatin1String("comma");
    options.format.defaultLanguage.clear();
    if (const auto formats = line.value(QStringLiteral("date-format")))
        options.format.dateFormats = formats->split(u',', Qt::SkipEmptyParts);
    if (const auto delimiter = line.value(QStringLiteral("delimiter"))) {
        const QString d = *delimiter == QLatin1String("tab") ? QStringLiteral("\t") : *delimiter;
        if (d.size() != 1 || d.at(0).unicode() > 127 || d.at(0).isLetterOrNumber() || d == QLatin1String("\""))
            return usage(QStringLiteral("--delimiter takes one ASCII punctuation character or \"tab\""));
        options.delimiter = char(d.at(0).unicode());
    }
    // How it writes (the same workspace either way): auto loads in bulk from the first thousands of rows.
    const QString path = line.value(QStringLiteral("path")).value_or(QStringLiteral("auto"));
    if (path == QLatin1String("bulk"))
        options.path = io::ImportPath::Bulk;
    else if (path == QLatin1String("rows"))
        options.path = io::ImportPath::RowByRow;
    else if (path != QLatin1String("auto"))
        return usage(QStringLiteral("--path takes auto, bulk or rows, not \"%1\"").arg(path));
    // Rows dated inside a pause the partners agreed: ask (stop, saving nothing) unless told.
    const QString paused = line.value(QStringLiteral("inside-pauses")).value_or(QStringLiteral("ask"));
    if (paused == QLatin1String("import"))
        options.insidePauses = io::InsidePauses::Import;
    else if (paused == QLatin1String("leave-out"))
        options.insidePauses = io::InsidePauses::LeaveOut;
    else if (paused != QLatin1String("ask"))
        return usage(QStringLiteral("--inside-pauses takes ask, import or leave-out, not \"%1\"").arg(paused));
    options.createPartners = line.flag(QStringLiteral("create-partners"));
    options.drafts = line.flag(QStringLiteral("drafts"));
    options.dryRun = line.flag(QStringLiteral("dry-run"));
    return options;
}

Status saveRejects(const QString &path, const QList<io::ImportRejection> &rejections)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    TRELLIS_TRY(io::writeRejects(file, rejections));
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void printReport(const io::LedgerImportReport &r, const std::optional<QString> &rejectsPath, bool json)
{
    if (json) {
        QJsonObject o{{QStringLiteral("rows_read"), r.rowsRead},   {QStringLiteral("imported"), r.imported},
                      {QStringLiteral("rejected"), r.rejected},    {QStringLiteral("duplicates_skipped"), r.duplicates},
                      {QStringLiteral("partners_created"), r.partnersCreated}, {QStringLiteral("dry_run"), r.dryRun},
                      {QStringLiteral("inside_pauses"), r.insidePauses.size()}, {QStringLiteral("left_out"), r.leftOut},
                      {QStringLiteral("rejects_file"), rejectsPath ? QJsonValue(*rejectsPath) : QJsonValue::Null}};
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        return;
    }
    out(QStringLiteral("rows read: %1").arg(r.rowsRead));
    out(QStringLiteral("imported: %1%2").arg(r.imported).arg(r.dryRun ? QStringLiteral(" (dry run: nothing saved)") : QString()));
    out(QStringLiteral("rejected: %1%2").arg(r.rejected)
            .arg(rejectsPath ? QStringLiteral(" (listed in %1)").arg(*rejectsPath) : QString()));
    out(QStringLiteral("duplicates skipped: %1").arg(r.duplicates));
    out(QStringLiteral("partners created: %1").arg(r.partnersCreated));
    if (!r.insidePauses.isEmpty())
        out(QStringLiteral("inside agreed pauses: %1 (%2)")
                .arg(r.insidePauses.size())
                .arg(r.leftOut > 0 ? QStringLiteral("left out")
                     : r.dryRun    ? QStringLiteral("a real import asks; see --inside-pauses")
                                   : QStringLiteral("imported")));
}

} // namespace

int importCommand(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() != QLatin1String("ledger"))
        return ledgerUsage(QStringLiteral("import"), QStringLiteral("usage: trellis-cli ") + kImportUsage);
    CommandLine line(arguments.mid(1),
                     {QStringLiteral("map"), QStringLiteral("rejects"), QStringLiteral("decimal"),
                      QStringLiteral("date-format"), QStringLiteral("delimiter"), QStringLiteral("path"),
                      QStringLiteral("inside-pauses")},
                     {QStringLiteral("dry-run"), QStringLiteral("create-partners"), QStringLiteral("drafts"),
                      QStringLiteral("json")});
    if (!line.expectPositionals(2, 2, kImportUsage))
        return ledgerUsage(kImportCommand, line.error());
    auto options = importOptions(line);
    if (!options)
        return ledgerUsage(kImportCommand, options.error().message);
    auto ws = openLedgerWorkspace(line.positionals().at(0), false);
    if (!ws)
        return ledgerFailure(kImportCommand, ws.error());
    auto report = io::LedgerImport(*ws, *options).run(line.positionals().at(1));
    if (!report)
        return ledgerFailure(kImportCommand, report.error());
    const auto rejectsPath = line.value(QStringLiteral("rejects"));
    if (rejectsPath) {
        if (auto saved = saveRejects(*rejectsPath, report->rejections); !saved)
            return ledgerFailure(kImportCommand, saved.error());
    } else {
        for (qsizetype i = 0; i < report->rejections.size() && i < 20; ++i)
            err(QStringLiteral("line %1: %2").arg(report->rejections[i].line).arg(report->rejections[i].reason));
        if (report->rejections.size() > 20)
            err(QStringLiteral("... %1 more (use --rejects OUT.csv to keep them all)").arg(report->rejections.size() - 20));
    }
    if (report->leftOut > 0) {
        for (qsizetype i = 0; i < report->insidePauses.size() && i < 20; ++i)
            err(QStringLiteral("line %1: left out: dated inside agreed pause %2")
                    .arg(report->insidePauses[i].line)
                    .arg(report->insidePauses[i].pauseId));
        if (report->insidePauses.size() > 20)
            err(QStringLiteral("... %1 more left out").arg(report->insidePauses.size() - 20));
    }
    printReport(*report, rejectsPath, line.flag(QStringLiteral("json")));
    return report->rejected > 0 ? kExitRowsRejected : Success;
}

} // namespace trellis::cli
