#include "gui/reports/reportexport.h"

#include "reports/pdf/pagedsave.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QThread>

#include <memory>
#include <optional>

namespace trellis::gui {

ReportExport::ReportExport(QObject *parent) : QObject(parent) {}

ReportExport::~ReportExport()
{
    stop();
    wait();
}

bool ReportExport::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ReportExport::wait()
{
    if (m_thread)
        m_thread->wait();
}

QString ReportExport::run(const QString &workspacePath, const ReportJob &job, const std::atomic<bool> &stop,
                          const std::function<void(qint64, qint64)> &progress, bool &stopped)
{
    stopped = false;
    store::OpenOptions open;
    open.readOnly = true;
    open.dailyBackup = false;
    open.quickCheck = store::QuickCheck::Never;
    auto ws = store::Workspace::open(workspacePath, open);
    if (!ws)
        return ws.error().message;
    reports::WriteOptions options;
    options.keepGoing = [&](qint64 done, qint64 expected) {
        if (progress)
            progress(done, expected);
        return !stop.load();
    };
    Status result;
    if (job.archive) {
        auto summary = reports::writeArchive(*ws, job.archiveRequest, job.destination, options);
        if (!summary)
            result = summary.error();
    } else {
        auto doc = reports::buildReport(*ws, job.report);
        if (!doc)
            return doc.error().message;
        if (reports::isPagedFormat(job.format)) {
            // PDF numbers its pages n of m by laying the report out twice: first this document, then a fresh one.
            auto first = std::make_shared<std::optional<reports::Document>>(std::move(*doc));
            auto source = [&ws, &job, first]() -> Result<reports::Document> {
                if (first->has_value()) {
                    reports::Document built = std::move(**first);
                    first->reset();
                    return built;
                }
                return reports::buildReport(*ws, job.report);
            };
            result = reports::savePaged(source, job.format, job.destination, options);
        } else {
            result = reports::saveReport(*doc, job.format, job.destination, options);
        }
    }
    if (result)
        return QString();
    stopped = reports::isStopped(result.error());
    return result.error().message;
}

void ReportExport::start(const QString &workspacePath, const ReportJob &job)
{
    if (isRunning())
        return;
    m_stop = false;
    m_thread.reset(QThread::create([this, workspacePath, job] {
        bool stopped = false;
        const QString error = run(workspacePath, job, m_stop,
                                  [this](qint64 done, qint64 expected) { Q_EMIT progress(done, expected); }, stopped);
        log::get("gui")->info("report export ended: {}", error.isEmpty() ? "written" : stopped ? "stopped" : "failed");
        Q_EMIT finished(error, stopped);
    }));
    m_thread->start();
}

} // namespace trellis::gui
