#include "reports/reportwriter.h"

#include "reports/csv/csvreport.h"
#include "reports/html/htmlreport.h"
#include "util/log.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace trellis::reports {

QString reportFormatKey(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Csv: return QStringLiteral("csv");
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Odt: return QStringLiteral("odt");
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromKey(const QString &key)
{
    for (auto format : {ReportFormat::Html, ReportFormat::Csv, ReportFormat::Pdf, ReportFormat::Odt}) {
        if (reportFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

std::optional<ReportWriter> writerFor(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html: return ReportWriter(writeHtml);
    case ReportFormat::Csv: return ReportWriter(writeCsv);
    // The PDF and ODT writers (reports/pdf, reports/odt) plug in here when this build has them.
    case ReportFormat::Pdf:
    case ReportFormat::Odt: return std::nullopt;
    }
    return std::nullopt;
}

Error stoppedError()
{
    return makeError(ErrorCode::Io, QCoreApplication::translate("ReportWriter", "The export was stopped; nothing was saved."));
}

bool isStopped(const Error &error)
{
    return error.code == ErrorCode::Io && error.message == stoppedError().message;
}

namespace {

qint64 expectedIn(const QList<Block> &blocks)
{
    qint64 sum = 0;
    for (const Block &block : blocks) {
        if (const auto *table = std::get_if<Table>(&block)) {
            const qint64 n = table->rows ? table->rows->sizeHint() : 0;
            if (n < 0)
                return -1;
            sum += n;
        } else if (const auto *section = std::get_if<std::shared_ptr<Section>>(&block)) {
            const qint64 n = expectedIn((*section)->blocks);
            if (n < 0)
                return -1;
            sum += n;
        }
    }
    return sum;
}

} // namespace

qint64 expectedRows(const Document &doc)
{
    qint64 sum = 0;
    for (const Section &section : doc.sections) {
        const qint64 n = expectedIn(section.blocks);
        if (n < 0)
            return -1;
        sum += n;
    }
    return sum;
}

Status saveAtomically(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("ReportWriter", "Cannot write %1: %2")
                                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    Status written = write(file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("ReportWriter", "Cannot write %1: %2")
                                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return {};
}

Status saveReport(const Document &doc, ReportFormat format, const QString &path, const WriteOptions &options)
{
    auto writer = writerFor(format);
    if (!writer)
        return makeError(ErrorCode::InvalidInput,
                         format == ReportFormat::Odt
                             ? QCoreApplication::translate("ReportWriter", "ODT export is not available in this build.")
                             : QCoreApplication::translate("ReportWriter", "PDF export is not available in this build."));
    Status saved = saveAtomically(path, [&](QIODevice &device) { return (*writer)(doc, device, options); });
    if (saved)
        log::get("reports")->info("wrote {} report as {}", reportKindKey(doc.kind).toStdString(),
                                  reportFormatKey(format).toStdString());
    return saved;
}

} // namespace trellis::reports
