#pragma once
// The import wizard's second page: which column holds each field, and a preview of the first rows.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace trellis::gui {

class ImportPreviewModel;
class ImportWizard;

/// One combo per field, preselected from the header's names; the preview below is the import's own
/// dry run over the first rows, redone whenever a choice changes.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 50;

    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QComboBox *columnChoice(const QString &field) const { return m_choices.value(field); }
    ImportPreviewModel *preview() const { return m_model; }
    QTableView *previewView() const { return m_view; }
    /// Reads the choices into the plan and runs the preview again.
    void updatePreview();

    /// A field's name for people ("Date", "From", ...).
    static QString fieldName(const QString &field);

private:
    ImportWizard *m_wizard;
    QHash<QString, QComboBox *> m_choices;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    bool m_previewed = false;
};

} // namespace trellis::gui
