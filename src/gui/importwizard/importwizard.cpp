#include "gui/importwizard/importwizard.h"

#include "gui/importwizard/importfilepage.h"
#include "gui/importwizard/importmappingpage.h"
#include "gui/importwizard/importpartnerspage.h"
#include "gui/importwizard/importrunpage.h"
#include "gui/importwizard/importsummarypage.h"

namespace trellis::gui {

ImportWizard::ImportWizard(Workbench &workbench, QWidget *parent) : QWizard(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("ImportWizard"));
    setWindowTitle(tr("Import ledger from CSV"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // after the import there is nothing left to cancel
    setOption(QWizard::HaveHelpButton, false);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(PartnersPage, new ImportPartnersPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
    resize(900, 640);
}

void ImportWizard::setFile(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePage))->setFile(path);
}

void ImportWizard::setOutcome(const ImportOutcome &outcome)
{
    m_outcome = outcome;
    if (outcome.ok())
        Q_EMIT imported(outcome.createdPartners);
}

void ImportWizard::reject()
{
    // Cancel while importing stops the import first: it rolls back, and only then does the wizard close.
    auto *run = static_cast<ImportRunPage *>(page(RunPage));
    if (run->isRunning()) {
        run->stopAndWait();
    }
    QWizard::reject();
}

} // namespace trellis::gui
