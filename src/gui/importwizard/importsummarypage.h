#pragma once
// The import wizard's last page: what the import did, and the rejected rows to save.

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QPushButton;

namespace trellis::gui {

class ImportWizard;

/// Rows read, imported, rejected and skipped as duplicates (adding up), partners created, and
/// "Save rejected rows…" for the rejects file (line, reason, original text).
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    void initializePage() override;
    /// Writes the rejects file; false (with a message shown) when it cannot be written.
    bool saveRejects(const QString &path);
    /// The counts as "Label: value" lines.
    QString countsText() const;

private:
    void chooseRejectsFile();

    ImportWizard *m_wizard;
    QFormLayout *m_counts = nullptr;
    QList<QLabel *> m_values; ///< rows read, imported, rejected, duplicates, partners created
    QLabel *m_identity = nullptr;
    QLabel *m_saved = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace trellis::gui
