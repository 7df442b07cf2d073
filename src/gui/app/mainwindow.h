#pragma once
// The workbench window: section navigation, lists and side-by-side editors, global search,
// the language pair, menus, toolbar and the workspace's facts in the status bar.

#include "gui/sections/section.h"
#include "store/workspace.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace trellis::store {
struct LedgerFilter;
}

namespace trellis::gui {

class ImportWizard;
class BalanceView;
class CalendarView;
class SearchPanel;
class SectionPage;
class TranslationQueueView;
class Workbench;
class WelcomePage;
class WorkspaceStatus;
class CrossoversDialog;

/// The main window over one open workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(store::Workspace workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    /// The list-and-detail page of a section; nullptr for Balances (see balanceView()).
    SectionPage *page(Section section) const;
    BalanceView *balanceView() const { return m_balances; }
    /// The Translations section: the queue of fields waiting for a translation.
    TranslationQueueView *translationQueue() const { return m_translations; }
    CalendarView *calendarView() const { return m_calendar; }
    /// View ▸ Narrative crossovers…: every pair's crossovers over time, in a window of its own.
    CrossoversDialog *showCrossovers();
    /// Shows the Ledger section with its filters set to filter (the balance view's drill-down).
    void showLedgerEntries(const store::LedgerFilter &filter);
    SectionPage *currentPage() const { return page(currentSection()); }
    /// Puts two working languages side by side (left = first in reading order), everywhere.
    void setLanguagePair(const QString &first, const QString &second);
    QPair<QString, QString> languagePair() const;
    void swapLanguagePair();

    /// Selects the first record of the current section and shows it (for --grab).
    void selectFirstRecord();
    /// Opens a record of a store kind ("partner", "ledger_entry", "retro", ...) in its section.
    /// Shows the record in its section's editor; false when the window has no editor for its kind.
    bool openRecord(const QString &kind, qint64 id);
    void newRecord();
    /// "Correct…" on the ledger entry shown; confirmed skips the question.
    qint64 correctEntry(bool confirmed = false);
    /// Runs a global search and shows its results.
    void search(const QString &query);
    /// "Import ledger from CSV…": a wizard wired to refresh the lists when it imports (not yet shown).
    ImportWizard *newImportWizard();
    /// Offers back the unsaved edits a previous session left (asks unless restoreWithoutAsking).
    bool recoverDraft(bool restoreWithoutAsking = false);

    store::Workspace &workspace() { return m_workspace; }
    Workbench &workbench() { return *m_workbench; }
    SearchPanel *searchPanel() const { return m_search; }
    /// The first-run page an empty workspace opens on (nullptr once the sections took over for good).
    WelcomePage *welcomePage() const { return m_welcome; }
    bool welcomeShown() const;
    WorkspaceStatus *status() const { return m_status; }

Q_SIGNALS:
    void languagePairChanged(const QString &first, const QString &second);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildWelcome();
    void buildTranslations(QMenu *file, QMenu *records);
    void leaveWelcome();
    void buildActions();
    void buildFileMenu(QMenu *file);
    void buildToolBar();
    void fillLanguageCombos();
    void applyLanguagePair();
    /// The pair this workspace was last shown in, when both are still working languages.
    void restoreLanguagePair();
    void updateActions();
    void writeRecoveryDraft();
    void openWorkspaceFile(const QString &path);
    void newWorkspace();
    void openWorkspace();
    void openDemoAlliance();
    void saveCopy();
    /// File ▸ Export calendar…: the rituals as an iCalendar file in the window's pair.
    void exportCalendar();
    void showProperties();
    void showPreferences();
    void checkWorkspace();
    void showAbout();
    void importLedger();
    void ledgerImported(const QList<qint64> &createdPartners);
    void fillRecentMenu();

    store::Workspace m_workspace;
    Workbench *m_workbench = nullptr;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_central = nullptr; ///< the welcome page or the sections
    WelcomePage *m_welcome = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<SectionPage *> m_sectionPages;
    BalanceView *m_balances = nullptr;
    TranslationQueueView *m_translations = nullptr;
    CalendarView *m_calendar = nullptr;
    QComboBox *m_firstLanguage = nullptr;
    QComboBox *m_secondLanguage = nullptr;
    QLineEdit *m_searchField = nullptr;
    SearchPanel *m_search = nullptr;
    QDockWidget *m_searchDock = nullptr;
    WorkspaceStatus *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_correct = nullptr;
    QAction *m_delete = nullptr;
    QTimer *m_draftTimer = nullptr;
};

} // namespace trellis::gui
