#include "gui/mainwindow.h"

#include "gui/aboutdialog.h"
#include "gui/sectionpage.h"
#include "i18n/language.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace trellis::gui {

MainWindow::MainWindow(store::Workspace workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("%1 — Trellis").arg(QFileInfo(m_workspace.path()).fileName()));
    buildNavigation();
    buildActions();
    buildToolBar();
    m_statusFile = new QLabel(this);
    m_statusLanguages = new QLabel(this);
    statusBar()->addWidget(m_statusFile, 1);
    statusBar()->addPermanentWidget(m_statusLanguages);
    refreshStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    auto *splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setMaximumWidth(220);
    m_pages = new QStackedWidget(splitter);
    for (int i = 0; i < int(Section::Count); ++i) {
        const auto section = Section(i);
        auto *item = new QListWidgetItem(sectionLabel(section), m_navigation);
        if (section == Section::Incidents || section == Section::Rehearsals)
            item->setText(QStringLiteral("    ") + item->text()); // under Conflict protocols
        m_pages->addWidget(new SectionPage(section, m_pages));
    }
    splitter->setStretchFactor(1, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    setCentralWidget(splitter);
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    menuBar()->addMenu(tr("&Edit"));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(Section::Count); ++i) {
        QAction *go = view->addAction(sectionLabel(Section(i)), this, [this, i] { showSection(Section(i)); });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *swap = view->addAction(tr("S&wap language pair"), this, &MainWindow::swapLanguagePair);
    swap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addAction(swap);

    menuBar()->addMenu(tr("&Records"));
    menuBar()->addMenu(tr("Re&tro"));
    menuBar()->addMenu(tr("Re&ports"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Trellis"), this, &MainWindow::showAbout);
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setMovable(false);
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
    swap->setToolTip(tr("Swap the language pair (Ctrl+L)"));
    swap->setAccessibleName(tr("Swap the language pair"));
    connect(swap, &QToolButton::clicked, this, &MainWindow::swapLanguagePair);
    bar->addWidget(swap);
    bar->addWidget(m_secondLanguage);
    auto emitPair = [this] {
        refreshStatus();
        Q_EMIT languagePairChanged(languagePair().first, languagePair().second);
    };
    connect(m_firstLanguage, &QComboBox::currentIndexChanged, this, emitPair);
    connect(m_secondLanguage, &QComboBox::currentIndexChanged, this, emitPair);
}

void MainWindow::fillLanguageCombos()
{
    const auto settings = m_workspace.settings();
    const QStringList languages = settings ? settings->workingLanguages : QStringList{};
    const QString ui = QLocale().name();
    for (QComboBox *combo : {m_firstLanguage, m_secondLanguage}) {
        QSignalBlocker block(combo);
        combo->clear();
        for (const QString &tag : languages)
            combo->addItem(i18n::languageDisplayName(tag, tag), tag);
    }
    if (languages.size() > 1)
        m_secondLanguage->setCurrentIndex(1);
}

void MainWindow::setLanguagePair(const QString &first, const QString &second)
{
    auto select = [](QComboBox *combo, const QString &tag) {
        int index = combo->findData(tag);
        if (index < 0) {
            // A language outside the working list is still shown when asked for explicitly.
            combo->addItem(i18n::languageDisplayName(tag, tag), tag);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    select(m_firstLanguage, first);
    select(m_secondLanguage, second);
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
    m_navigation->setCurrentRow(int(section));
}

Section MainWindow::currentSection() const
{
    return Section(m_navigation->currentRow());
}

void MainWindow::refreshStatus()
{
    const QFileInfo info(m_workspace.path());
    m_statusFile->setText(tr("%1 · %2 KiB · format %3")
                              .arg(info.fileName())
                              .arg(QLocale().toString((info.size() + 1023) / 1024))
                              .arg(m_workspace.schemaVersion()));
    const auto [first, second] = languagePair();
    m_statusLanguages->setText(tr("Side by side: %1 ⇄ %2").arg(first, second));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace trellis::gui
