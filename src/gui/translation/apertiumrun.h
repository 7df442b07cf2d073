#pragma once
// Drafting queued fields with Apertium on a worker thread, with progress and Stop.

#include "io/apertiumdrafts.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace trellis::gui {

/// One drafting run over its own connection to the workspace file; reports back on the GUI thread.
class ApertiumRun : public QObject {
    Q_OBJECT
public:
    explicit ApertiumRun(QObject *parent = nullptr);
    ~ApertiumRun() override; ///< stops a run under way and waits for it

    /// Starts drafting items into targetLanguage; false when a run is already under way.
    bool start(const QString &workspacePath, const QList<store::QueueItem> &items, const QString &targetLanguage,
               const io::ApertiumOptions &options);
    /// Asks the run to stop after the batch under way (Apertium itself is killed).
    void stop();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    /// The run ended: its summary, or the message of what ended it (drafts saved so far stay).
    void finished(bool ok, const trellis::io::DraftSummary &summary, const QString &message);

private:
    std::shared_ptr<std::atomic_bool> m_stop;
    std::thread m_worker;
    bool m_running = false;
};

} // namespace trellis::gui
