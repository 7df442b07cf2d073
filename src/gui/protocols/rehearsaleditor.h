#pragma once
// The rupture rehearsal editor: when it was held and who took part, then the scenario, what it
// taught and the follow-ups side by side.

#include "domain/protocol.h"
#include "gui/editing/recordeditor.h"


class QListWidget;

namespace trellis::gui {

class PartnerChecklist;

class DateField;
class FulfilmentPicker;

/// Records and edits one rupture rehearsal.
class RehearsalEditor : public RecordEditor {
    Q_OBJECT
public:
    RehearsalEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the rehearsal shown; Undo records it again.
    void deleteRecord() override;

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    void showRehearsal(const domain::Rehearsal &rehearsal);
    domain::Rehearsal m_rehearsal;
    DateField *m_date = nullptr;
    PartnerChecklist *m_participants = nullptr;
    FulfilmentPicker *m_fulfils = nullptr; ///< the rupture rehearsal ritual it held
};

} // namespace trellis::gui
