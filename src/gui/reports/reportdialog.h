#pragma once
// The one dialog behind Reports ▸ …: pair, period, partner, format, destination, "open when done",
// a preview before saving, and the export on a worker thread with progress and Stop.

#include "gui/reports/reportexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Asks what to export, previews it and writes it; archive mode asks for a folder and custodian.
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    /// kind is ignored when archive is true. pair is the window's language pair.
    ReportDialog(store::Workspace &workspace, reports::ReportKind kind, bool archive,
                 const QPair<QString, QString> &pair, QWidget *parent = nullptr);

    /// The job the dialog's fields describe, or an error message for the user.
    Result<ReportJob> job() const;
    QLineEdit *destinationEdit() const { return m_destination; }
    QLineEdit *periodEdit() const { return m_period; }
    QComboBox *formatBox() const { return m_format; }
    QTextBrowser *preview() const { return m_preview; }
    ReportExport *exporter() const { return m_export; }
    /// Shows the first rows of the report as it will be written (HTML), on this thread.
    void showPreview();
    /// Starts the export (what the Export button does); false with the reason shown when the fields are wrong.
    bool startExport();

Q_SIGNALS:
    void exportEnded(const QString &error, bool stopped);

protected:
    void reject() override;

private:
    void chooseDestination();
    void finishExport(const QString &error, bool stopped);

    store::Workspace &m_ws;
    reports::ReportKind m_kind;
    bool m_archive;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QLineEdit *m_period = nullptr;
    QComboBox *m_partner = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_custodian = nullptr;
    QLineEdit *m_destination = nullptr;
    QCheckBox *m_open = nullptr;
    QTextBrowser *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    ReportExport *m_export = nullptr;
};

/// Adds Ledger review…, Retro report…, Protocol handbook…, Partner directory… and Export archive…
/// to menu; each opens a ReportDialog over the window's workspace and language pair.
void addReportActions(QMenu *menu, QWidget *window, const std::function<store::Workspace &()> &workspace,
                      const std::function<QPair<QString, QString>()> &pair);

} // namespace trellis::gui
