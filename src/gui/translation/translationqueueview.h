#pragma once
// The Translations section: the queue of fields waiting for a translation, its filters, the
// target language, opening a field in its record's editor, Next, and Apertium drafts.

#include "store/translationqueue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace trellis::io {
struct DraftSummary;
}

namespace trellis::gui {

class ApertiumRun;
class TranslationQueueModel;
class Workbench;

/// The section's page. Enter on a row asks the window to open that field (fieldRequested).
class TranslationQueueView : public QWidget {
    Q_OBJECT
public:
    TranslationQueueView(Workbench &workbench, QWidget *parent = nullptr);
    ~TranslationQueueView() override;

    TranslationQueueModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    QComboBox *targetPicker() const { return m_target; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *statusFilter() const { return m_status; }
    QString targetLanguage() const;
    QString message() const;

    /// The window's pair changed: the target follows its second language until one is chosen here.
    void setLanguages(const QString &first, const QString &second);
    /// Shows the whole queue of language (the status bar's parity link).
    void showLanguage(const QString &language);
    /// Reads the queue again if shown, else when next shown.
    void refresh();
    void selectFirst();
    /// Enter: asks to open the current row's field.
    void openCurrent();
    /// Next: the field after the one last opened (or, once that one is translated, the neighbour
    /// that took its row). False at the end of the queue.
    bool openNext();
    /// Drafts the selected missing fields (all missing fields of the queue when one row or none
    /// is selected) with Apertium, after asking.
    void draftWithApertium();
    /// The program run as Apertium ("apertium" on the PATH unless set; tests set a fake one).
    void setApertiumProgram(const QString &program) { m_apertiumProgram = program; }
    ApertiumRun *apertiumRun() const { return m_run; }

Q_SIGNALS:
    void fieldRequested(const trellis::store::QueueItem &item, const QString &targetLanguage);
    /// Texts were written outside the editors (Apertium drafts): parity and open records are stale.
    void textsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillFilters();
    void applyFilter();
    void showCount();
    void showMessage(const QString &text, bool error);
    void selectRow(int row);
    void draftingFinished(bool ok, const io::DraftSummary &summary, const QString &message);

    Workbench &m_workbench;
    TranslationQueueModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_draft = nullptr;
    ApertiumRun *m_run = nullptr;
    QProgressDialog *m_progress = nullptr;
    QString m_apertiumProgram = QStringLiteral("apertium");
    qint64 m_opened = 0;      ///< text id of the field last opened
    bool m_targetChosen = false;
    bool m_stale = false;
    bool m_filterPending = false; ///< the filter changed while hidden: read when shown
};

} // namespace trellis::gui
