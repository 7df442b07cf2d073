// The main window's menus, toolbar and workspace actions (New, Open, recent, demo, copy, properties).
#include "gui/app/mainwindow.h"

#include "gui/calendar/calendarexport.h"
#include "gui/campaigns/crossoversdialog.h"
#include "gui/translation/translationqueuemodel.h"

#include "gui/app/aboutdialog.h"
#include "gui/importwizard/importwizard.h"
#include "gui/ledger/ledgerfilterbar.h"
#include "gui/ledger/ledgerlistmodel.h"
#include "gui/app/preferencesdialog.h"
#include "gui/sections/searchpanel.h"
#include "gui/sections/sectionpage.h"
#include "gui/editing/recordeditor.h"
#include "gui/reports/reportdialog.h"
#include "gui/retros/retroeditor.h"
#include "gui/facilitation/runretro.h"
#include "gui/translation/translationactions.h"
#include "gui/translation/translationfield.h"
#include "gui/translation/translationqueueview.h"
#include "gui/app/workbench.h"
#include "gui/app/workspaceinstance.h"
#include "gui/app/workspaceopener.h"
#include "gui/app/workspacepropertiesdialog.h"
#include "gui/app/workspacestatus.h"
#include "gui/widgets/themedicon.h"
#include "store/backup.h"
#include "store/demoalliance.h"
#include "store/workspacecheck.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace trellis::gui {

void MainWindow::buildActions()
{
    buildFileMenu(menuBar()->addMenu(tr("&File")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workbench->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    undo->setIcon(themedIcon(QStringLiteral("edit-undo")));
    undo->setObjectName(QStringLiteral("undo"));
    QAction *redo = m_workbench->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(themedIcon(QStringLiteral("edit-redo")));
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in all records…"), this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setIcon(themedIcon(QStringLiteral("edit-find")));
    QAction *editRecord = edit->addAction(tr("&Edit record"), this, [this] {
        if (SectionPage *p = currentPage())
            p->editCurrent();
    });
    editRecord->setShortcut(QKeySequence(Qt::Key_F2));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(Section::Count); ++i) {
        QAction *go = view->addAction(sectionLabel(Section(i)), this, [this, i] { showSection(Section(i)); });
        if (i < kSectionShortcuts)
            go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *swap = view->addAction(tr("S&wap language pair"), this, &MainWindow::swapLanguagePair);
    swap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    swap->setObjectName(QStringLiteral("swapLanguagePair"));
    swap->setIcon(themedIcon(QStringLiteral("exchange-positions")));
    view->addSeparator();
    QAction *crossovers = view->addAction(tr("Narrative &crossovers…"), this, &MainWindow::showCrossovers);
    crossovers->setObjectName(QStringLiteral("showCrossovers"));
    crossovers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));

    QMenu *records = menuBar()->addMenu(tr("&Records"));
    QAction *add = records->addAction(tr("&New record"), this, &MainWindow::newRecord);
    add->setObjectName(QStringLiteral("newRecord"));
    add->setShortcut(QKeySequence::New);
    add->setIcon(themedIcon(QStringLiteral("list-add")));
    add->setToolTip(tr("New record in the current section (Ctrl+N)"));
    m_correct = records->addAction(tr("&Correct…"), this, [this] { correctEntry(); });
    m_correct->setObjectName(QStringLiteral("correct"));
    m_correct->setIcon(themedIcon(QStringLiteral("document-revert")));
    m_correct->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)); // keyboard-first: no mouse needed
    m_correct->setToolTip(tr("Reverse this posted entry and record a corrected one (Ctrl+Shift+C)"));
    m_delete = records->addAction(tr("&Delete"), this, [this] {
        if (SectionPage *p = currentPage())
            p->editor()->deleteRecord();
    });
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_delete->setIcon(themedIcon(QStringLiteral("edit-delete")));
    records->addSeparator();
    QAction *save = records->addAction(tr("&Save"), this, [this] {
        if (SectionPage *p = currentPage())
            p->editor()->save();
    });
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    save->setObjectName(QStringLiteral("save"));
    save->setIcon(themedIcon(QStringLiteral("document-save")));
    buildTranslations(menuBar()->actions().constFirst()->menu(), records);

    QMenu *retro = menuBar()->addMenu(tr("Re&tro"));
    retro->addAction(tr("&New retro"), this, [this] {
        showSection(Section::Retros);
        newRecord();
    })->setObjectName(QStringLiteral("newRetro"));
    QAction *publish = retro->addAction(tr("&Publish…"), this, [this] {
        showSection(Section::Retros);
        if (auto *editor = qobject_cast<RetroEditor *>(page(Section::Retros)->editor()))
            editor->publish();
    });
    publish->setObjectName(QStringLiteral("publishRetro"));
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addRunRetroAction(retro, this, m_workspace, [this] { return page(Section::Retros)->editor()->recordId(); },
                      [this](qint64 id) { Q_EMIT m_workbench->recordChanged(Section::Retros, id); });
    QMenu *reports = menuBar()->addMenu(tr("Re&ports"));
    addReportActions(reports, this, [this]() -> store::Workspace & { return m_workspace; }, [this] { return languagePair(); });
    reports->addAction(themedIcon(QStringLiteral("x-office-document")), tr("&Check the workspace"), this,
                       &MainWindow::checkWorkspace);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(themedIcon(QStringLiteral("help-about")), tr("&About Trellis"), this, &MainWindow::showAbout);
}

void MainWindow::buildTranslations(QMenu *file, QMenu *records)
{
    // Texts written outside the editors: parity and the records shown (when unchanged) read them again.
    auto reread = [this] {
        m_status->refresh();
        m_translations->refresh();
        for (SectionPage *p : std::as_const(m_sectionPages))
            if (p->editor()->recordId() != 0 && !p->editor()->isDirty() && !p->editor()->isEditingNew())
                p->editor()->load(p->editor()->recordId());
    };
    addTranslationActions(file, records, *m_translations, *m_workbench, this, [this] { return languagePair(); }, reread);
    connect(m_translations, &TranslationQueueView::textsChanged, this, reread);
    connect(m_translations, &TranslationQueueView::fieldRequested, this, [this](const store::QueueItem &item, const QString &to) {
        // The original beside the translation: the pair becomes (original's language, target).
        if (!openRecord(item.record.kind, item.record.id)) {
            m_workbench->report(QCoreApplication::translate("TranslationQueue",
                "%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…")
                    .arg(queueKindLabel(item.ownerKind)));
            return;
        }
        setLanguagePair(item.sourceLanguage, to);
        if (SectionPage *p = currentPage(); p && p->editor()->recordId() == item.record.id)
            showQueuedField(*m_workbench, *p->editor(), item, to);
    });
}

void MainWindow::buildFileMenu(QMenu *file)
{
    file->addAction(tr("&New workspace…"), this, &MainWindow::newWorkspace);
    QAction *open = file->addAction(themedIcon(QStringLiteral("document-open")), tr("&Open workspace…"), this,
                                    &MainWindow::openWorkspace);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open &demo alliance"), this, &MainWindow::openDemoAlliance);
    file->addSeparator();
    QAction *import = file->addAction(themedIcon(QStringLiteral("document-import")), tr("&Import ledger from CSV…"), this,
                                      &MainWindow::importLedger);
    import->setObjectName(QStringLiteral("importLedger"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(tr("E&xport calendar…"), this, &MainWindow::exportCalendar)->setObjectName(QStringLiteral("exportCalendar"));
    file->addSeparator();
    file->addAction(tr("Save a &copy…"), this, &MainWindow::saveCopy);
    file->addAction(tr("Workspace &properties…"), this, &MainWindow::showProperties)
        ->setObjectName(QStringLiteral("workspaceProperties"));
    file->addAction(themedIcon(QStringLiteral("preferences-system")), tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    file->addSeparator();
    file->addAction(themedIcon(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close)
        ->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(findChild<QAction *>(QStringLiteral("newRecord")));
    bar->addAction(m_correct);
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search all records (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search all records"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_searchField->setMaximumWidth(320);
    bar->addWidget(m_searchField);
    m_search = new SearchPanel(*m_workbench, this);
    m_searchDock = new QDockWidget(tr("Search results"), this);
    m_searchDock->setObjectName(QStringLiteral("SearchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        search(m_searchField->text());
        m_search->results()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_search, &SearchPanel::recordChosen, this, &MainWindow::openRecord);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(new QLabel(tr("Pair:"), bar));
    m_firstLanguage = new QComboBox(bar);
    m_firstLanguage->setAccessibleName(tr("First language of the pair"));
    m_secondLanguage = new QComboBox(bar);
    m_secondLanguage->setAccessibleName(tr("Second language of the pair"));
    fillLanguageCombos();
    bar->addWidget(m_firstLanguage);
    auto *swap = new QToolButton(bar);
    swap->setText(QStringLiteral("⇄"));
    swap->setIcon(themedIcon(QStringLiteral("exchange-positions")));
    swap->setToolTip(tr("Swap the language pair (Ctrl+L)"));
    swap->setAccessibleName(tr("Swap the language pair"));
    connect(swap, &QToolButton::clicked, this, &MainWindow::swapLanguagePair);
    bar->addWidget(swap);
    bar->addWidget(m_secondLanguage);
    for (QComboBox *combo : {m_firstLanguage, m_secondLanguage}) {
        connect(combo, &QComboBox::activated, this, [this, combo] {
            // The pair never shows one language twice: choosing the other side's swaps them.
            QComboBox *other = combo == m_firstLanguage ? m_secondLanguage : m_firstLanguage;
            if (other->currentData() == combo->currentData()) {
                const QString previous = combo->property("previous").toString();
                const QSignalBlocker block(other);
                other->setCurrentIndex(std::max(0, other->findData(previous)));
            }
            applyLanguagePair();
        });
    }
    connect(this, &MainWindow::languagePairChanged, this, [this](const QString &a, const QString &b) {
        m_firstLanguage->setProperty("previous", a);
        m_secondLanguage->setProperty("previous", b);
    });
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspaceFile(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::openWorkspaceFile(const QString &path)
{
    if (QFileInfo(path) == QFileInfo(m_workspace.path()))
        return;
    std::unique_ptr<WorkspaceInstance> claim(WorkspaceInstance::claim(path));
    if (!claim) {
        statusBar()->showMessage(tr("%1 is open in another Trellis window, which was brought forward.")
                                     .arg(QDir::toNativeSeparators(path)), 8000);
        return;
    }
    auto ws = openWorkspaceInteractively(path, this);
    if (!ws)
        return;
    auto *window = new MainWindow(std::move(*ws));
    window->setAttribute(Qt::WA_DeleteOnClose);
    claim.release()->setWindow(window);
    window->show();
    window->recoverDraft();
    close();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"), QDir::homePath(),
                                                      tr("Trellis workspaces (*.trellis)"));
    if (path.isEmpty())
        return;
    {
        auto ws = store::Workspace::create(path, m_workbench->workingLanguages());
        if (!ws) {
            QMessageBox::warning(this, tr("Cannot create the workspace"), ws.error().message);
            return;
        }
    } // closed here: opening goes through the usual checks
    openWorkspaceFile(path);
}

void MainWindow::openWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QFileInfo(m_workspace.path()).absolutePath(),
                                                      tr("Trellis workspaces (*.trellis);;All files (*)"));
    if (!path.isEmpty())
        openWorkspaceFile(path);
}

void MainWindow::openDemoAlliance()
{
    const QString path = demoWorkspacePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto demo = store::writeDemoAlliance(path, 2000);
    QApplication::restoreOverrideCursor();
    if (!demo) {
        QMessageBox::warning(this, tr("Cannot write the demo alliance"), demo.error().message);
        return;
    }
    openWorkspaceFile(path);
}

void MainWindow::exportCalendar()
{
    const auto [first, second] = languagePair();
    const QString report = gui::exportCalendar(this, m_workspace, {first, second});
    if (!report.isEmpty())
        statusBar()->showMessage(report, 8000);
}

void MainWindow::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), QDir::homePath(),
                                                      tr("Trellis workspaces (*.trellis)"));
    if (path.isEmpty())
        return;
    if (Status s = store::copyDatabase(m_workspace.database(), path); !s) {
        QMessageBox::warning(this, tr("Cannot save a copy"), s.error().message);
        return;
    }
    statusBar()->showMessage(tr("A copy was saved as %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showProperties()
{
    WorkspacePropertiesDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto pair = languagePair();
    fillLanguageCombos();
    setLanguagePair(pair.first, pair.second);
    Q_EMIT m_workbench->settingsChanged();
    m_status->refresh();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::checkWorkspace()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = store::checkWorkspace(m_workspace);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(this, tr("Workspace check"), report.error().message);
        return;
    }
    if (report->healthy())
        QMessageBox::information(this, tr("Workspace check"),
                                 tr("The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an "
                                    "unbroken chain.").arg(report->partners).arg(report->ledgerEntries).arg(report->postedEntries));
    else
        QMessageBox::warning(this, tr("Workspace check"), report->problems.join(u'\n'));
}

ImportWizard *MainWindow::newImportWizard()
{
    auto *wizard = new ImportWizard(*m_workbench, this);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::ledgerImported);
    return wizard;
}

void MainWindow::importLedger()
{
    if (SectionPage *p = currentPage(); p && !p->settleUnsaved())
        return;
    ImportWizard *wizard = newImportWizard();
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::ledgerImported(const QList<qint64> &createdPartners)
{
    for (qint64 id : createdPartners)
        Q_EMIT m_workbench->recordAdded(Section::Partners, id);
    if (auto *model = qobject_cast<LedgerListModel *>(page(Section::Ledger)->model())) {
        model->refresh();
        if (auto *filters = page(Section::Ledger)->findChild<LedgerFilterBar *>())
            filters->setMatchingCount(model->matchingCount());
    }
    m_status->refresh();
    leaveWelcome();
    m_workbench->report(tr("The ledger import has finished."));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

CrossoversDialog *MainWindow::showCrossovers()
{
    auto *dialog = new CrossoversDialog(workspace(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace trellis::gui
