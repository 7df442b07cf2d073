#pragma once
// The incident log editor: when it happened and which protocol was used, then what happened,
// the outcome and the lessons side by side.

#include "domain/protocol.h"
#include "gui/editing/recordeditor.h"

class QComboBox;


namespace trellis::gui {

class DateField;

/// Records and edits one incident.
class IncidentEditor : public RecordEditor {
    Q_OBJECT
public:
    IncidentEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the incident shown; Undo records it again.
    void deleteRecord() override;

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    void showIncident(const domain::Incident &incident);
    void fillProtocols();
    domain::Incident m_incident;
    DateField *m_date = nullptr;
    QComboBox *m_protocol = nullptr;
};

} // namespace trellis::gui
