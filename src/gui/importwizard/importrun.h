#pragma once
// A ledger import running on a worker thread over its own connection to the workspace, so the
// window stays responsive and can stop it; everything it does is one transaction.

#include "io/ledgerimport.h"
#include "io/ledgerpreview.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace trellis::gui {

/// What a finished (or stopped, or failed) import did.
struct ImportOutcome {
    io::LedgerImportReport report;
    QList<qint64> createdPartners; ///< ids of the partners created for confirmed names
    QString error;                 ///< empty when the import committed
    bool stopped = false;          ///< the user stopped it; nothing was saved
    /// Rows lie inside agreed pauses and the import was told to ask: nothing was saved, and the
    /// report's insidePauses says which rows, for the question.
    bool askInsidePauses = false;
    bool ok() const { return error.isEmpty(); }
};

/// Runs one import: creates the confirmed partners and imports the file, both in one transaction
/// on a second connection (SQLite in WAL mode lets the window's connection keep reading meanwhile,
/// and it never sees the import until it commits). stop() abandons it and saves nothing.
class ImportRun : public QObject {
    Q_OBJECT
public:
    explicit ImportRun(QObject *parent = nullptr);
    ~ImportRun() override;

    void start(const QString &workspacePath, const QString &author, const QString &csvPath,
               io::LedgerImportOptions options, QList<io::UnknownPartnerName> create);
    void stop() { m_stop = true; }
    bool isRunning() const;
    /// Waits for the worker to end (after stop(), when the window closes).
    void wait();

    /// The import itself, on the calling thread: what the worker runs. rowsRead follows its progress.
    static ImportOutcome run(const QString &workspacePath, const QString &author, const QString &csvPath,
                             io::LedgerImportOptions options, const QList<io::UnknownPartnerName> &create,
                             const std::atomic<bool> &stop, std::atomic<qint64> &rowsRead);

Q_SIGNALS:
    void progress(qint64 rowsRead);
    void finished(const trellis::gui::ImportOutcome &outcome);

private:
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
    std::atomic<bool> m_stop = false;
    std::atomic<qint64> m_rows = 0;
    std::shared_ptr<ImportOutcome> m_outcome;
};

} // namespace trellis::gui
