#include "gui/importwizard/importrunpage.h"

#include "gui/importwizard/importrun.h"
#include "gui/importwizard/importwizard.h"
#include "gui/app/workbench.h"
#include "store/workspace.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include "ui_importrunpage.h"

namespace trellis::gui {

ImportRunPage::ImportRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    Ui::ImportRunPage ui; // the layout is ui/importrunpage.ui; the run and its progress are wired here
    ui.setupUi(this);
    m_run = new ImportRun(this);
    m_status = ui.importRunStatus;
    m_progress = ui.importProgress;
    m_stop = ui.importStop;
    connect(m_stop, &QPushButton::clicked, this, &ImportRunPage::stop);
    connect(m_run, &ImportRun::progress, this, &ImportRunPage::showProgress);
    connect(m_run, &ImportRun::finished, this, &ImportRunPage::finish);
}

void ImportRunPage::initializePage()
{
    const ImportPlan &plan = m_wizard->plan();
    m_done = false;
    m_progress->setRange(0, int(std::min<qint64>(plan.rowsInFile, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_stop->setEnabled(true);
    m_stop->setFocus();
    showProgress(0);
    store::Workspace &ws = m_wizard->workbench().workspace();
    m_run->start(ws.path(), ws.author(), plan.path, plan.options(), plan.partnersToCreate());
}

void ImportRunPage::showProgress(qint64 rows)
{
    if (m_done)
        return;
    m_progress->setValue(int(std::min<qint64>(rows, m_progress->maximum())));
    m_status->setText(tr("Importing… %L1 of %L2 rows read.").arg(rows).arg(m_wizard->plan().rowsInFile));
}

void ImportRunPage::finish(const ImportOutcome &outcome)
{
    m_done = true;
    m_stop->setEnabled(false);
    m_wizard->setOutcome(outcome);
    if (outcome.stopped)
        m_status->setText(tr("The import was stopped. Nothing was saved: the ledger is as it was."));
    else if (!outcome.ok())
        m_status->setText(tr("The import failed and nothing was saved: %1").arg(outcome.error));
    Q_EMIT completeChanged();
    if (outcome.ok())
        m_wizard->next();
}

bool ImportRunPage::isRunning() const
{
    return m_run->isRunning();
}

void ImportRunPage::stop()
{
    m_run->stop();
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void ImportRunPage::stopAndWait()
{
    stop();
    m_run->wait();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

int ImportRunPage::nextId() const
{
    return m_done && m_wizard->outcome().ok() ? ImportWizard::SummaryPage : -1;
}

} // namespace trellis::gui
