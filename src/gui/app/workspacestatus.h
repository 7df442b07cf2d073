#pragma once
// The workspace's facts in the status bar: file, ledger entries, comprehension parity per working
// language (counted on a worker thread with its own read-only connection), last automatic backup.

#include <QWidget>

#include <memory>
#include <thread>

class QLabel;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Labels in the status bar, refreshed after every change.
class WorkspaceStatus : public QWidget {
    Q_OBJECT
public:
    WorkspaceStatus(store::Workspace &workspace, QWidget *parent = nullptr);
    ~WorkspaceStatus() override;
    /// Re-reads the facts; the entry count and parity are recounted in the background.
    void refresh();
    QString fileText() const;
    QString parityText() const;
    QString backupText() const;
    /// The parity label: each language's figure is a link (click, or Tab and Enter) to its queue.
    QLabel *parityLabel() const { return m_parity; }

Q_SIGNALS:
    /// A language's parity figure was activated: show what waits for a translation into it.
    void queueRequested(const QString &language);

private:
    void showEntries(qint64 count); ///< nothing when count < 0 (it could not be read)
    void showParity(const QStringList &languages, const QStringList &figures);
    void countParity();
    store::Workspace &m_ws;
    QLabel *m_file = nullptr;
    QLabel *m_entries = nullptr;
    QLabel *m_parity = nullptr;
    QLabel *m_backup = nullptr;
    QString m_parityText; ///< the parity figures as plain text
    struct ParityRun;
    std::shared_ptr<ParityRun> m_run; ///< the count under way, interrupted by the destructor
    std::thread m_worker;  ///< joined before the next count and in the destructor
    bool m_counting = false;
    bool m_pending = false;
};

} // namespace trellis::gui
