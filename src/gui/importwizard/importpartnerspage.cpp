#include "gui/importwizard/importpartnerspage.h"

#include "gui/importwizard/importwizard.h"
#include "gui/partners/partnerpicker.h"
#include "gui/app/workbench.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

#include "ui_importpartnerspage.h"

namespace trellis::gui {
namespace {
enum Column { Name, Rows, FirstLine, Choice, ColumnCount };
}

ImportPartnersPage::ImportPartnersPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    Ui::ImportPartnersPage ui; // the layout is ui/importpartnerspage.ui; the names are listed here
    ui.setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_intro = ui.importPartnersIntro;
    m_table = ui.importUnknownPartners;
    Q_ASSERT(m_table->columnCount() == ColumnCount);
    m_table->horizontalHeader()->setSectionResizeMode(Choice, QHeaderView::Stretch);
    // Tab goes from one choice to the next, not through every cell (tabKeyNavigation in the form)
}

void ImportPartnersPage::initializePage()
{
    ImportPlan &plan = m_wizard->plan();
    m_scanned = false;
    m_table->setRowCount(0);
    QHash<QString, qint64> earlier; // choices made before going back, by name
    for (const PartnerChoice &c : std::as_const(plan.partners))
        earlier.insert(c.name.name, c.partnerId);
    plan.partners.clear();

    io::LedgerImportOptions options = plan.options();
    options.partnerNames.clear();
    QFile file(plan.path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_intro->setText(tr("Cannot read the file: %1").arg(file.errorString()));
        Q_EMIT completeChanged();
        return;
    }
    auto scan = io::findUnknownPartners(m_wizard->workbench().workspace(), file, options);
    if (!scan) {
        m_intro->setText(tr("Cannot read the file: %1").arg(scan.error().message));
        Q_EMIT completeChanged();
        return;
    }
    plan.rowsInFile = scan->rowsRead;
    m_scanned = true;
    m_intro->setText(scan->unknown.isEmpty()
                         ? tr("Every partner named in the file (%L1 rows) matches a partner.").arg(scan->rowsRead)
                         : tr("%L1 names match no partner. Rows that name one are rejected unless you choose a partner "
                              "for it or confirm a new one.").arg(scan->unknown.size()));
    m_table->setRowCount(int(scan->unknown.size()));
    for (int row = 0; row < scan->unknown.size(); ++row) {
        const io::UnknownPartnerName &name = scan->unknown[row];
        m_table->setItem(row, Name, new QTableWidgetItem(name.name));
        m_table->setItem(row, Rows, new QTableWidgetItem(QLocale().toString(name.rows)));
        m_table->setItem(row, FirstLine, new QTableWidgetItem(QLocale().toString(name.firstLine)));
        auto *picker = new PartnerPicker(m_wizard->workbench().workspace(), m_table);
        picker->setAccessibleName(tr("Import the rows of %1 as").arg(name.name));
        picker->insertItem(0, tr("Leave its rows out (they are rejected)"), PartnerChoice::kLeaveOut);
        picker->insertItem(1, tr("A new partner named “%1” (confirm)").arg(name.name), PartnerChoice::kCreate);
        picker->insertSeparator(2);
        picker->setCurrentIndex(std::max(0, picker->findData(earlier.value(name.name, PartnerChoice::kLeaveOut))));
        m_table->setCellWidget(row, Choice, picker);
        plan.partners.append({name, PartnerChoice::kLeaveOut});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Choice, QHeaderView::Stretch);
    if (QComboBox *first = choice(0))
        first->setFocus();
    Q_EMIT completeChanged();
}

int ImportPartnersPage::nameCount() const
{
    return m_table->rowCount();
}

QComboBox *ImportPartnersPage::choice(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Choice));
}

bool ImportPartnersPage::isComplete() const
{
    return m_scanned;
}

bool ImportPartnersPage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    for (int row = 0; row < plan.partners.size() && row < m_table->rowCount(); ++row)
        plan.partners[row].partnerId = choice(row)->currentData().toLongLong();
    return true;
}

} // namespace trellis::gui
