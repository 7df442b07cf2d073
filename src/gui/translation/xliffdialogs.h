#pragma once
// File ▸ Export for translation (XLIFF)… and Import translations (XLIFF)…: the dialogs over the
// core's XLIFF 1.2 export and import.

#include "io/xliffimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Chooses the languages, dialect and file, and writes the export.
class XliffExportDialog : public QDialog {
    Q_OBJECT
public:
    XliffExportDialog(store::Workspace &workspace, const QString &from, const QString &to, QWidget *parent = nullptr);
    void setPath(const QString &path);
    QComboBox *sourcePicker() const { return m_from; }
    QComboBox *targetPicker() const { return m_to; }
    QComboBox *dialectPicker() const { return m_dialect; }
    QCheckBox *includeMachine() const { return m_machine; }
    QString message() const;
    /// Writes the file; false with a message in the dialog when it cannot. Accepts on success.
    bool exportFile();

private:
    void browse();
    store::Workspace &m_ws;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QComboBox *m_dialect = nullptr;
    QCheckBox *m_machine = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_message = nullptr;
};

/// What an import did: the counts, and each refused unit with its reason.
class XliffImportReport : public QDialog {
    Q_OBJECT
public:
    XliffImportReport(const io::XliffImportSummary &summary, QWidget *parent = nullptr);
    QString countsText() const;
    QTreeWidget *refusals() const { return m_refusals; }

private:
    QLabel *m_counts = nullptr;
    QTreeWidget *m_refusals = nullptr;
};

/// Imports path as by translator; the summary, or the error that changed nothing.
Result<io::XliffImportSummary> importTranslations(store::Workspace &workspace, const QString &path, const QString &translator);

} // namespace trellis::gui
