#pragma once
// The import wizard's fourth page: the import running, with its progress and a way to stop it.

#include "io/ledgerimport.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace trellis::gui {

class ImportRun;
class ImportWizard;
struct ImportOutcome;

/// Starts the import when shown; goes on to the summary when it commits. Stopping it (or Cancel)
/// rolls it back: the workspace stays exactly as it was.
class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;
    void stop();
    void stopAndWait();
    ImportRun *run() const { return m_run; }
    QProgressBar *progressBar() const { return m_progress; }

private:
    void showProgress(qint64 rows);
    void finish(const ImportOutcome &outcome);
    void start();
    /// Asks what to do with the rows dated inside agreed pauses; Ask when the user cancels.
    io::InsidePauses askAboutPauses(const QList<io::PausedRow> &rows);

    ImportWizard *m_wizard;
    ImportRun *m_run = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    bool m_done = false;
    io::InsidePauses m_insidePauses = io::InsidePauses::Ask; ///< the user's answer, once asked
};

} // namespace trellis::gui
