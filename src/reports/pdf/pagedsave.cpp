#include "reports/pdf/pagedsave.h"

#include "reports/odt/odtwriter.h"

namespace trellis::reports {

bool isPagedFormat(ReportFormat format)
{
    return format == ReportFormat::Pdf || format == ReportFormat::Odt;
}

Status savePaged(const DocumentSource &source, ReportFormat format, const QString &path, const WriteOptions &options)
{
    std::atomic<bool> stop{false};
    ExportControl control;
    control.stop = &stop;
    if (options.keepGoing) {
        control.progress = [&](qint64 done, qint64 total) {
            if (!options.keepGoing(done, total))
                stop = true;
        };
    }
    const Status written = format == ReportFormat::Pdf ? writePdf(source, path, control) : writeOdt(source, path, control);
    if (!written && stop)
        return stoppedError(); // the shared "stopped" error, so callers recognise it (isStopped)
    return written;
}

} // namespace trellis::reports
