#pragma once
// A report or an archive written on a worker thread over its own connection to the workspace,
// with progress and Stop; a stopped or failed export leaves nothing at the destination.

#include "reports/archive/archive.h"
#include "reports/reportrequest.h"
#include "reports/reportwriter.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace trellis::gui {

/// What to export: one report in one format, or the whole archive.
struct ReportJob {
    bool archive = false;
    reports::ReportRequest report;
    reports::ReportFormat format = reports::ReportFormat::Html;
    reports::ArchiveRequest archiveRequest;
    QString destination; ///< a file, or the archive's folder
};

/// Runs one ReportJob on a worker thread; stop() ends it at the next row and nothing is saved.
class ReportExport : public QObject {
    Q_OBJECT
public:
    explicit ReportExport(QObject *parent = nullptr);
    ~ReportExport() override;

    void start(const QString &workspacePath, const ReportJob &job);
    void stop() { m_stop = true; }
    bool isRunning() const;
    /// Waits for the worker to end.
    void wait();

    /// The job itself on the calling thread (what the worker runs): an empty string when it
    /// worked, else the error; stopped tells a stop from a failure.
    static QString run(const QString &workspacePath, const ReportJob &job, const std::atomic<bool> &stop,
                       const std::function<void(qint64, qint64)> &progress, bool &stopped);

Q_SIGNALS:
    void progress(qint64 done, qint64 expected);
    void finished(const QString &error, bool stopped);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop = false;
};

} // namespace trellis::gui
