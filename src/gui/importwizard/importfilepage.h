#pragma once
// The import wizard's first page: the file, what was detected in it, and how to read it.

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace trellis::gui {

class ImportWizard;

/// Chooses the CSV file and shows its encoding, delimiter and header; the delimiter, decimal
/// separator and date pattern can be changed, with the detected ones preselected.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    void setFile(const QString &path);
    bool isComplete() const override;
    bool validatePage() override;

    /// Date patterns the io layer reads, the UI locale's own first (ISO is always accepted).
    static QStringList dateCandidates();

private:
    void browse();
    void inspect(char delimiter);
    void selectData(QComboBox *combo, const QVariant &value);

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_detectedDelimiter = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_date = nullptr;
    bool m_readable = false;
};

} // namespace trellis::gui
