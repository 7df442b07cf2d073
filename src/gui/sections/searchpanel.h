#pragma once
// Global search (Ctrl+F): every record's names and texts in every script through store::search;
// choosing a result opens its record in its section.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace trellis::gui {

class Workbench;

/// The results of one search, listed with their kind and the matching text as written.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    SearchPanel(Workbench &workbench, QWidget *parent = nullptr);
    /// Runs a search and lists its results (an empty query clears them).
    void search(const QString &query);
    QListWidget *results() const { return m_results; }
    /// Opens the result at row (Enter or double-click).
    void choose(int row);

Q_SIGNALS:
    /// kind is a store record kind ("partner", "ledger_entry", "retro", ...).
    void recordChosen(const QString &kind, qint64 id);

private:
    Workbench &m_workbench;
    QLabel *m_summary = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace trellis::gui
