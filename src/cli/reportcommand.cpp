// trellis-cli report: one bilingual report (ledger review, retro report, protocol handbook, partner
// directory) written as HTML, CSV, PDF or ODT; nothing is left at the destination unless it all worked.
#include "cli/commands.h"
#include "cli/ledgercli.h"
#include "reports/pdf/pagedsave.h"
#include "reports/reportrequest.h"
#include "reports/reportwriter.h"

namespace trellis::cli {
namespace {

const QString kReportCommand = QStringLiteral("report");
const QString kReportUsage = QStringLiteral(
    "report FILE ledger|retro|protocols|partners --languages A,B [--period P] [--partner NAME] "
    "--format pdf|html|odt|csv --out PATH");

/// What the report would have covered, for the empty-period message.
QString coveredThings(reports::ReportKind kind)
{
    switch (kind) {
    case reports::ReportKind::LedgerReview: return QStringLiteral("posted ledger entries");
    case reports::ReportKind::RetroReport: return QStringLiteral("retros");
    case reports::ReportKind::ProtocolHandbook: return QStringLiteral("protocols");
    case reports::ReportKind::PartnerDirectory: return QStringLiteral("partners");
    }
    return {};
}

} // namespace

/// The language pair of --languages A,B, or a usage message.
std::optional<std::pair<QString, QString>> languagePair(const CommandLine &line, QString &problem)
{
    const QStringList pair = line.value(QStringLiteral("languages")).value_or(QString()).split(u',', Qt::SkipEmptyParts);
    if (pair.size() != 2) {
        problem = QStringLiteral("--languages needs two languages, e.g. --languages fa,es");
        return std::nullopt;
    }
    return std::pair{pair[0].trimmed(), pair[1].trimmed()};
}

int reportCommand(const QStringList &arguments)
{
    CommandLine line(arguments,
                     {QStringLiteral("languages"), QStringLiteral("period"), QStringLiteral("partner"),
                      QStringLiteral("format"), QStringLiteral("out")},
                     {});
    if (!line.expectPositionals(2, 2, kReportUsage))
        return ledgerUsage(kReportCommand, line.error());
    const auto kind = reports::reportKindFromKey(line.positionals().at(1));
    if (!kind)
        return ledgerUsage(kReportCommand, QStringLiteral("unknown report \"%1\" (ledger, retro, protocols or partners)")
                                         .arg(line.positionals().at(1)));
    QString problem;
    const auto pair = languagePair(line, problem);
    if (!pair)
        return ledgerUsage(kReportCommand, problem);
    const auto format = reports::reportFormatFromKey(line.value(QStringLiteral("format")).value_or(QString()));
    if (!format)
        return ledgerUsage(kReportCommand, QStringLiteral("--format must be pdf, html, odt or csv"));
    const auto outPath = line.value(QStringLiteral("out"));
    if (!outPath || outPath->isEmpty())
        return ledgerUsage(kReportCommand, QStringLiteral("--out PATH is required"));
    auto period = store::Period::parse(line.value(QStringLiteral("period")).value_or(QString()));
    if (!period)
        return ledgerUsage(kReportCommand, QStringLiteral("--period: ") + period.error().message);
    if (!reports::writerFor(*format) && !reports::isPagedFormat(*format))
        return ledgerFailure(kReportCommand, makeError(ErrorCode::InvalidInput,
                                                 QStringLiteral("%1 export is not available in this build")
                                                     .arg(reports::reportFormatKey(*format).toUpper())));

    auto ws = openLedgerWorkspace(line.positionals().first(), true);
    if (!ws)
        return ledgerFailure(kReportCommand, ws.error());
    auto directory = io::PartnerDirectory::load(*ws);
    if (!directory)
        return ledgerFailure(kReportCommand, directory.error());
    auto partner = partnerOption(line, QStringLiteral("partner"), *directory);
    if (!partner)
        return ledgerFailure(kReportCommand, partner.error());

    reports::ReportRequest request;
    request.kind = *kind;
    request.first = pair->first;
    request.second = pair->second;
    request.period = *period;
    request.partnerId = *partner;
    auto doc = reports::buildReport(*ws, request);
    if (!doc)
        return ledgerFailure(kReportCommand, doc.error());
    if (doc->records == 0 && line.value(QStringLiteral("period")))
        return ledgerFailure(kReportCommand, makeError(ErrorCode::NotFound, QStringLiteral("no %1 in the period %2: nothing written")
                                                                          .arg(coveredThings(*kind), period->toString())));
    const QString title = doc->title;
    const qint64 records = doc->records;
    // PDF lays the report out twice (pages n of m): the document built above, then a fresh one.
    auto built = std::make_shared<std::optional<reports::Document>>(std::move(*doc));
    auto source = [&, built]() -> Result<reports::Document> {
        if (built->has_value()) {
            reports::Document first = std::move(**built);
            built->reset();
            return first;
        }
        return reports::buildReport(*ws, request);
    };
    auto saved = reports::isPagedFormat(*format) ? reports::savePaged(source, *format, *outPath)
                                                 : reports::saveReport(**built, *format, *outPath);
    if (!saved)
        return ledgerFailure(kReportCommand, saved.error());
    out(QStringLiteral("%1 written to %2 (%3 records)").arg(title, *outPath).arg(records));
    return Success;
}

} // namespace trellis::cli
