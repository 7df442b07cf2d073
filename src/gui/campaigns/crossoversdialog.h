#pragma once
// Narrative crossovers over time, pair by pair: "a slogan born in one language and reborn in
// another carries proof of internalization deeper than any funding metric."

#include <QDialog>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Every pair of partners with a crossover, the most first; the chosen pair's crossovers by the
/// day they were reborn, each text as born and as reborn in its own language and direction.
class CrossoversDialog : public QDialog {
    Q_OBJECT
public:
    explicit CrossoversDialog(store::Workspace &workspace, QWidget *parent = nullptr);
    QTreeWidget *pairs() const { return m_pairs; }
    QTableWidget *timeline() const { return m_timeline; }

private:
    void showPairs();
    void showPair();

    store::Workspace &m_ws;
    QHash<qint64, QString> m_names;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_pairs = nullptr;
    QTableWidget *m_timeline = nullptr;
};

} // namespace trellis::gui
