#pragma once
// The shared risk editor: the day a risk was taken, who bore a part, what it is linked to, then
// what was risked, its outcome and each partner's part side by side.

#include "domain/solidarityrecords.h"
#include "gui/editing/recordeditor.h"

class QLineEdit;

namespace trellis::gui {

class DateField;
class PartnerChecklist;
class RecordChecklist;

/// Records and edits one shared risk; each partner checked under "Borne by" gets a part to write.
class SharedRiskEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit SharedRiskEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    void deleteRecord() override;

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    Status check() const override;
    QWidget *fieldOf(const QString &message) const override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    Result<domain::SharedRisk> riskFromForm() const;
    void showRisk(const domain::SharedRisk &risk);
    /// Gives each partner checked under "Borne by" a part field, keeping what was typed.
    void showParts(domain::RecordTexts texts);
    /// The ledger entry numbers typed, in any digits; an error names the first that is not one.
    Result<QList<qint64>> typedEntries() const;

    domain::SharedRisk m_risk;
    DateField *m_takenOn = nullptr;
    PartnerChecklist *m_bearers = nullptr;
    RecordChecklist *m_campaigns = nullptr;
    RecordChecklist *m_incidents = nullptr;
    QLineEdit *m_entries = nullptr;
};

} // namespace trellis::gui
