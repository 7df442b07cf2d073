#pragma once
// The workbench window: section navigation, the language pair, and the workspace's facts.

#include "gui/section.h"
#include "store/workspace.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace trellis::gui {

class SectionPage;

/// The main window over one open workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(store::Workspace workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(Section section);
    Section currentSection() const;
    /// Puts two working languages side by side (left = first in reading order).
    void setLanguagePair(const QString &first, const QString &second);
    QPair<QString, QString> languagePair() const;
    void swapLanguagePair();

    store::Workspace &workspace() { return m_workspace; }

Q_SIGNALS:
    void languagePairChanged(const QString &first, const QString &second);

private:
    void buildActions();
    void buildNavigation();
    void buildToolBar();
    void refreshStatus();
    void fillLanguageCombos();
    void showAbout();

    store::Workspace m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QComboBox *m_firstLanguage = nullptr;
    QComboBox *m_secondLanguage = nullptr;
    QLabel *m_statusFile = nullptr;
    QLabel *m_statusLanguages = nullptr;
};

} // namespace trellis::gui
