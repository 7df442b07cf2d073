#pragma once
// "Import ledger from CSV…": a wizard over the core's ledger import — the file and how to read it,
// the column mapping with a preview, the unknown partners, the run with its progress, the summary.

#include "gui/importwizard/importplan.h"
#include "gui/importwizard/importrun.h"

#include <QWizard>

namespace trellis::gui {

class Workbench;

/// Imports one CSV file into the ledger of the workbench's workspace.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PartnersPage, RunPage, SummaryPage };

    explicit ImportWizard(Workbench &workbench, QWidget *parent = nullptr);

    Workbench &workbench() { return m_workbench; }
    ImportPlan &plan() { return m_plan; }
    /// Chooses the file to import (the File page's field; tests use it).
    void setFile(const QString &path);
    /// The last import's outcome (set when it has run).
    const ImportOutcome &outcome() const { return m_outcome; }
    void setOutcome(const ImportOutcome &outcome);

Q_SIGNALS:
    /// An import committed: the ledger has new entries and createdPartners are new partners.
    void imported(const QList<qint64> &createdPartners);

public Q_SLOTS:
    void reject() override;

private:
    Workbench &m_workbench;
    ImportPlan m_plan;
    ImportOutcome m_outcome;
};

} // namespace trellis::gui
