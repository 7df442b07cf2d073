#pragma once
// The side panel of Write and Discuss: the quarter's ledger balances between the retro's
// participants, the pairs whose asymmetry persists, and the quarter's incidents and rehearsals.
// Never contact notes.

#include <QLabel>

namespace trellis::store {
class Workspace;
}
namespace trellis::domain {
struct Retro;
}

namespace trellis::gui {

/// Data for the extractive question, read from the file when the retro is shown.
class QuarterFacts : public QLabel {
    Q_OBJECT
public:
    explicit QuarterFacts(QWidget *parent = nullptr);
    void showQuarter(store::Workspace &workspace, const domain::Retro &retro, const QHash<qint64, QString> &names);
};

} // namespace trellis::gui
