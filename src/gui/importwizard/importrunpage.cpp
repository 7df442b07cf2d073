#include "gui/importwizard/importrunpage.h"

#include "gui/importwizard/importrun.h"
#include "gui/importwizard/importwizard.h"
#include "gui/app/workbench.h"
#include "gui/editing/labels.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"
#include "store/workspace.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

#include <map>

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
    m_progress->setRange(0, int(std::min<qint64>(plan.rowsInFile, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_insidePauses = io::InsidePauses::Ask;
    start();
    m_stop->setFocus();
}

void ImportRunPage::start()
{
    const ImportPlan &plan = m_wizard->plan();
    m_done = false;
    m_stop->setEnabled(true);
    showProgress(0);
    io::LedgerImportOptions options = plan.options();
    options.insidePauses = m_insidePauses;
    store::Workspace &ws = m_wizard->workbench().workspace();
    m_run->wait(); // a run that asked has ended; its thread may still be winding down
    m_run->start(ws.path(), ws.author(), plan.path, std::move(options), plan.partnersToCreate());
}

io::InsidePauses ImportRunPage::askAboutPauses(const QList<io::PausedRow> &rows)
{
    store::Workspace &ws = m_wizard->workbench().workspace();
    auto nameOf = [&ws](qint64 id) {
        auto partner = store::PartnerStore(ws).get(id);
        return partner ? isolated(partner->name.original()) : numberLabel(id);
    };
    std::map<qint64, QStringList> linesByPause; // in the order of the pauses' ids
    for (const io::PausedRow &row : rows)
        linesByPause[row.pauseId] << QLocale().toString(row.line);
    constexpr qsizetype kLinesShown = 12;
    QStringList pauses;
    for (const auto &[id, lines] : linesByPause) {
        auto pause = store::PauseStore(ws).get(id);
        const QString shown = lines.size() <= kLinesShown
            ? QLocale().createSeparatedList(lines)
            : tr("%1 and %Ln more", nullptr, int(lines.size() - kLinesShown))
                  .arg(QLocale().createSeparatedList(lines.mid(0, kLinesShown)));
        pauses << (pause ? tr("%1 and %2 rest from %3 to %4 (lines %5).")
                               .arg(nameOf(pause->partnerA), nameOf(pause->partnerB), shortDate(pause->firstDay),
                                    shortDate(pause->lastDay), shown)
                         : tr("Lines %1.").arg(shown));
    }
    QMessageBox box(QMessageBox::Question, tr("Inside an agreed pause"),
                    tr("%Ln row(s) of this file are dated inside a pause their partners agreed. A pause is rest, not "
                       "abandonment: record them anyway, or leave them out of this import?",
                       nullptr, int(rows.size())),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("insidePausesQuestion"));
    box.setInformativeText(pauses.join(u'\n'));
    box.button(QMessageBox::Yes)->setText(tr("&Record them"));
    box.button(QMessageBox::No)->setText(tr("&Leave them out"));
    box.setDefaultButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Yes:
        return io::InsidePauses::Import;
    case QMessageBox::No:
        return io::InsidePauses::LeaveOut;
    default:
        return io::InsidePauses::Ask;
    }
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
    if (outcome.askInsidePauses && m_insidePauses == io::InsidePauses::Ask) {
        // Nothing was saved and the worker has let go of the file: ask, then import again as told.
        m_stop->setEnabled(false);
        m_status->setText(tr("%Ln row(s) are dated inside an agreed pause.", nullptr, int(outcome.report.insidePauses.size())));
        m_insidePauses = askAboutPauses(outcome.report.insidePauses);
        if (m_insidePauses != io::InsidePauses::Ask) {
            start();
            return;
        }
    }
    m_done = true;
    m_stop->setEnabled(false);
    m_wizard->setOutcome(outcome);
    if (outcome.askInsidePauses)
        m_status->setText(tr("Nothing was saved: %Ln row(s) are dated inside an agreed pause. Import the file again "
                             "to record them or leave them out.",
                             nullptr, int(outcome.report.insidePauses.size())));
    else if (outcome.stopped)
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
