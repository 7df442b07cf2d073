#pragma once
// The import wizard's third page: partner names in the file that match no partner, and what to do
// with each — leave its rows out, take an existing partner, or confirm a new one.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace trellis::gui {

class ImportWizard;

/// Lists the unknown names (cross-script matching as the import does). Nothing is created unless
/// confirmed here; rows naming a name left out are rejected with that reason. Its button imports.
class ImportPartnersPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPartnersPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    int nameCount() const;
    /// The choice for the nth unknown name: data PartnerChoice::kLeaveOut, kCreate or a partner id.
    QComboBox *choice(int row) const;

private:
    ImportWizard *m_wizard;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    bool m_scanned = false;
};

} // namespace trellis::gui
