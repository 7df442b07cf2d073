#include "gui/app/mainwindow.h"

#include "gui/balances/balanceview.h"
#include "gui/calendar/calendarview.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/ledger/ledgerfilterbar.h"
#include "gui/editing/recordeditor.h"
#include "gui/app/recoverydraft.h"
#include "gui/sections/searchpanel.h"
#include "gui/sections/sectionpage.h"
#include "gui/sections/sectionpages.h"
#include "gui/sharedfile/sharedfile.h"
#include "gui/sharedfile/readonlywindow.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/app/workspacestatus.h"
#include "gui/translation/translationqueueview.h"
#include "gui/welcome/welcomepage.h"
#include "i18n/language.h"
#include "util/log.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

namespace trellis::gui {

MainWindow::MainWindow(store::Workspace workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("%1 — Trellis").arg(QFileInfo(m_workspace.path()).fileName()));
    m_workbench = new Workbench(m_workspace, this);
    auto *shared = new SharedFile(*m_workbench); // before the pages, which follow its signal
    shared->watchWindow(this);
    buildNavigation();
    buildActions();
    buildToolBar();
    buildWelcome();
    m_status = new WorkspaceStatus(m_workspace, this);
    // A normal (not permanent) widget: a message the window reports takes the bar for its seconds,
    // then the workspace line comes back. A permanent one left no room for the messages at all.
    statusBar()->addWidget(m_status, 1);
    connect(m_status, &WorkspaceStatus::queueRequested, this, [this](const QString &language) {
        showSection(Section::Translations);
        m_translations->showLanguage(language);
    });
    connect(m_workbench, &Workbench::reported, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordRemoved})
        connect(m_workbench, signal, m_status, [this] { m_status->refresh(); });
    connect(m_workbench, &Workbench::recordChanged, this, &MainWindow::updateActions); // e.g. a retro published
    connect(shared, &SharedFile::changedElsewhere, this, [this] { m_status->refresh(); updateActions(); });
    applyReadOnly(*this, *shared);
    connect(m_workbench, &Workbench::openRequested, this, [this](Section s, qint64 id) {
        showSection(s);
        page(s)->openRecord(id);
        updateActions();
    });
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &MainWindow::writeRecoveryDraft);
    for (SectionPage *p : std::as_const(m_sectionPages)) {
        connect(p->editor(), &RecordEditor::dirtyChanged, this, [this](bool dirty) {
            if (dirty)
                m_draftTimer->start();
            else
                RecoveryDraft(m_workspace.path()).remove();
            updateActions();
        });
        connect(p->editor()->view(), &SideBySideView::edited, m_draftTimer, qOverload<>(&QTimer::start));
        connect(p->editor(), &RecordEditor::languagesChosen, this, &MainWindow::setLanguagePair);
        connect(p->list()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    }
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    restoreLanguagePair();
    applyLanguagePair();
    updateActions();
    log::get("gui")->info("main window opened (schema {})", m_workspace.schemaVersion());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QTreeWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setMaximumWidth(220);
    m_navigation->setMinimumWidth(150);
    m_pages = new QStackedWidget(splitter);
    QTreeWidgetItem *partners = nullptr;
    QTreeWidgetItem *protocols = nullptr;
    QTreeWidgetItem *campaigns = nullptr;
    QTreeWidgetItem *calendar = nullptr;
    for (int i = 0; i < int(Section::Count); ++i) {
        const auto section = Section(i);
        // A protocol's incidents, rehearsals and fire drills sit under it, and what campaigns are
        // paired with (and the envoys who carry them) under them.
        QTreeWidgetItem *parentItem = nullptr;
        if (section == Section::Incidents || section == Section::Rehearsals || section == Section::FireDrills)
            parentItem = protocols;
        else if (section == Section::Exchanges || section == Section::SharedRisks || section == Section::Crossovers ||
                 section == Section::EnvoyJourneys)
            parentItem = campaigns;
        else if (section == Section::Pauses)
            parentItem = partners; // the rests partners agree between them
        else if (section == Section::Rituals || section == Section::Custodians)
            parentItem = calendar; // what the calendar's occurrences and hand-overs come from
        auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_navigation);
        item->setText(0, sectionLabel(section));
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, i < kSectionShortcuts ? tr("%1 (Alt+%2)").arg(sectionLabel(section)).arg(i + 1)
                                                  : sectionLabel(section));
        if (section == Section::Partners)
            partners = item;
        if (section == Section::Protocols)
            protocols = item;
        if (section == Section::Campaigns)
            campaigns = item;
        if (section == Section::Calendar) {
            calendar = item;
            m_calendar = new CalendarView(*m_workbench, m_pages);
            m_pages->addWidget(m_calendar);
            connect(m_calendar, &CalendarView::exportRequested, this, &MainWindow::exportCalendar);
            continue;
        }
        if (section == Section::Balances) {
            m_balances = new BalanceView(*m_workbench, m_pages);
            m_pages->addWidget(m_balances);
            connect(m_balances, &BalanceView::entriesRequested, this, &MainWindow::showLedgerEntries);
            continue;
        }
        if (section == Section::Translations) {
            m_translations = new TranslationQueueView(*m_workbench, m_pages);
            m_pages->addWidget(m_translations);
            continue;
        }
        SectionPage *page = makeSectionPage(*m_workbench, section, m_pages);
        m_sectionPages.append(page);
        m_pages->addWidget(page);
    }
    m_navigation->expandAll();
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    connect(m_navigation, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            m_pages->setCurrentIndex(current->data(0, Qt::UserRole).toInt());
        leaveWelcome();
        updateActions();
    });
    showSection(Section::Partners);
    m_central = new QStackedWidget(this);
    m_central->addWidget(splitter);
    setCentralWidget(m_central);
}

void MainWindow::buildWelcome()
{
    // Empty: no section has a record (or a lazy list has more to fetch).
    for (SectionPage *p : std::as_const(m_sectionPages)) {
        if (p->model()->rowCount() > 0 || p->model()->canFetchMore({}))
            return;
    }
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    m_central->setCurrentWidget(m_welcome);
    auto showAlliance = [this] {
        if (auto settings = m_workspace.settings(); settings && m_welcome) {
            QStringList names;
            for (const QString &tag : std::as_const(settings->workingLanguages))
                names << (i18n::languageAutonym(tag).isEmpty() ? tag : i18n::languageAutonym(tag));
            m_welcome->setAlliance(settings->name, names);
        }
    };
    showAlliance();
    connect(m_welcome, &WelcomePage::nameAllianceRequested, this, [this, showAlliance] {
        showProperties();
        showAlliance();
    });
    connect(m_welcome, &WelcomePage::firstPartnerRequested, this, [this] {
        showSection(Section::Partners);
        newRecord();
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoAlliance);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importLedger);
    connect(m_workbench, &Workbench::recordAdded, this, &MainWindow::leaveWelcome);
    m_welcome->nameStep()->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::welcomeShown() const
{
    return m_welcome && m_central->currentWidget() == m_welcome;
}

void MainWindow::leaveWelcome()
{
    // The sections take over for good: at the first record, or when the user goes to one.
    if (!m_welcome)
        return;
    m_central->setCurrentIndex(0);
    m_welcome->deleteLater();
    m_welcome = nullptr;
}

void MainWindow::fillLanguageCombos()
{
    const QStringList languages = m_workbench->workingLanguages();
    for (QComboBox *combo : {m_firstLanguage, m_secondLanguage}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const QString &tag : languages)
            combo->addItem(i18n::languageAutonym(tag).isEmpty() ? tag : i18n::languageAutonym(tag), tag);
    }
    if (languages.size() > 1)
        m_secondLanguage->setCurrentIndex(1);
}

void MainWindow::setLanguagePair(const QString &first, const QString &second)
{
    auto select = [](QComboBox *combo, const QString &tag) {
        const QSignalBlocker block(combo);
        int index = combo->findData(tag);
        if (index < 0) {
            // A language outside the working list is still shown when asked for explicitly.
            combo->addItem(i18n::languageAutonym(tag).isEmpty() ? tag : i18n::languageAutonym(tag), tag);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    select(m_firstLanguage, first);
    select(m_secondLanguage, second);
    applyLanguagePair();
}

namespace {

/// Where this workspace's language pair is remembered (one key per file: workspaces differ in languages).
QString pairKey(const QString &workspacePath)
{
    const QByteArray path = QFileInfo(workspacePath).absoluteFilePath().toUtf8();
    return QStringLiteral("languagePair/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

} // namespace

void MainWindow::restoreLanguagePair()
{
    const QStringList pair = QSettings().value(pairKey(m_workspace.path())).toStringList();
    const QStringList working = m_workbench->workingLanguages();
    if (pair.size() != 2 || !working.contains(pair.at(0)) || !working.contains(pair.at(1)))
        return; // a language since removed from the workspace: the default pair
    for (auto [combo, tag] : {std::pair{m_firstLanguage, pair.at(0)}, std::pair{m_secondLanguage, pair.at(1)}}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(tag));
    }
}

void MainWindow::applyLanguagePair()
{
    const auto [first, second] = languagePair();
    QSettings().setValue(pairKey(m_workspace.path()), QStringList{first, second});
    for (SectionPage *p : std::as_const(m_sectionPages))
        p->setLanguages(first, second);
    m_balances->setLanguages(first, second);
    m_translations->setLanguages(first, second);
    m_calendar->setLanguage(first);
    Q_EMIT languagePairChanged(first, second);
}

QPair<QString, QString> MainWindow::languagePair() const
{
    return {m_firstLanguage->currentData().toString(), m_secondLanguage->currentData().toString()};
}

void MainWindow::swapLanguagePair()
{
    const auto [first, second] = languagePair();
    setLanguagePair(second, first);
}

void MainWindow::showSection(Section section)
{
    const int key = int(section);
    for (QTreeWidgetItemIterator it(m_navigation); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toInt() == key) {
            m_navigation->setCurrentItem(*it);
            return;
        }
    }
}

Section MainWindow::currentSection() const
{
    return Section(m_pages->currentIndex());
}

SectionPage *MainWindow::page(Section section) const
{
    for (SectionPage *p : m_sectionPages)
        if (p->section() == section)
            return p;
    return nullptr;
}

void MainWindow::showLedgerEntries(const store::LedgerFilter &filter)
{
    showSection(Section::Ledger);
    if (auto *filters = page(Section::Ledger)->findChild<LedgerFilterBar *>())
        filters->setFilter(filter);
}

void MainWindow::selectFirstRecord()
{
    if (currentSection() == Section::Balances)
        m_balances->selectFirstPair();
    else if (currentSection() == Section::Translations)
        m_translations->selectFirst();
    else if (currentSection() == Section::Calendar)
        m_calendar->showDay(QDate::currentDate());
    else
        currentPage()->selectFirst();
}

void MainWindow::newRecord()
{
    leaveWelcome();
    if (SectionPage *p = currentPage())
        p->newRecord();
}

qint64 MainWindow::correctEntry(bool confirmed)
{
    showSection(Section::Ledger);
    auto *editor = qobject_cast<LedgerEntryEditor *>(page(Section::Ledger)->editor());
    return editor ? editor->correct(confirmed) : 0;
}

bool MainWindow::openRecord(const QString &kind, qint64 id)
{
    static const QHash<QString, Section> sections = {
        {QStringLiteral("partner"), Section::Partners}, {QStringLiteral("ledger_entry"), Section::Ledger},
        {QStringLiteral("retro"), Section::Retros}, {QStringLiteral("protocol"), Section::Protocols},
        {QStringLiteral("incident"), Section::Incidents}, {QStringLiteral("rehearsal"), Section::Rehearsals},
        {QStringLiteral("campaign"), Section::Campaigns}, {QStringLiteral("cultural_exchange"), Section::Exchanges},
        {QStringLiteral("shared_risk"), Section::SharedRisks}, {QStringLiteral("narrative_crossover"), Section::Crossovers},
        {QStringLiteral("pause"), Section::Pauses}, {QStringLiteral("ritual"), Section::Rituals},
        {QStringLiteral("fire_drill"), Section::FireDrills},
        {QStringLiteral("envoy_journey"), Section::EnvoyJourneys}, {QStringLiteral("custodian_term"), Section::Custodians}};
    const auto it = sections.constFind(kind);
    if (it == sections.constEnd())
        return false;
    showSection(*it);
    leaveWelcome();
    page(*it)->openRecord(id);
    updateActions(); // e.g. Correct… follows the record now shown
    return true;
}

void MainWindow::search(const QString &query)
{
    m_searchField->setText(query);
    m_searchDock->show();
    m_search->search(query);
}

void MainWindow::updateActions()
{
    if (!m_correct)
        return; // still being built
    SectionPage *p = currentPage();
    auto *ledger = qobject_cast<LedgerEntryEditor *>(p ? p->editor() : nullptr);
    const bool writable = !SharedFile::of(*m_workbench)->isReadOnly();
    m_correct->setEnabled(writable && ledger && ledger->canCorrect());
    m_delete->setEnabled(writable && p && p->editor()->canDelete());
}

void MainWindow::writeRecoveryDraft()
{
    for (SectionPage *p : std::as_const(m_sectionPages)) {
        if (p->editor()->isDirty()) {
            RecoveryDraft(m_workspace.path()).write(p->editor()->draft());
            return;
        }
    }
}

bool MainWindow::recoverDraft(bool restoreWithoutAsking)
{
    const RecoveryDraft recovery(m_workspace.path());
    const QJsonObject draft = recovery.read();
    const auto section = sectionFromKey(draft.value(QStringLiteral("section")).toString());
    if (!section)
        return false;
    if (!restoreWithoutAsking
        && QMessageBox::question(this, tr("Recover unsaved changes"),
                                 tr("The last session ended with unsaved changes in %1. Recover them?")
                                     .arg(sectionLabel(*section)))
               != QMessageBox::Yes) {
        recovery.remove();
        return false;
    }
    showSection(*section);
    page(*section)->editor()->restoreDraft(draft);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (SectionPage *p : std::as_const(m_sectionPages)) {
        if (p->editor()->isDirty()) {
            showSection(p->section());
            if (!p->settleUnsaved()) {
                event->ignore();
                return;
            }
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace trellis::gui
