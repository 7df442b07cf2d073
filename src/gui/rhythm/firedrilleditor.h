#pragma once
// The fire drill editor: what kind of drill, its days, the partners in it and the protocols it
// tested; what held, what broke and the follow-ups side by side.

#include "gui/editing/recordeditor.h"
#include "rhythm/firedrill.h"

class QComboBox;

namespace trellis::gui {

class DateField;
class FulfilmentPicker;
class PartnerChecklist;
class RecordChecklist;

/// Records and edits one fire drill for solidarity, once it has been run.
class FireDrillEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit FireDrillEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the drill shown (its fulfilment of a ritual goes with it); Undo records it again.
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
    rhythm::FireDrill drillFromForm() const;
    void showDrill(const rhythm::FireDrill &drill);
    QString endsBeforeItBegins() const;

    rhythm::FireDrill m_drill;
    QComboBox *m_kind = nullptr;
    DateField *m_firstDay = nullptr;
    DateField *m_lastDay = nullptr;
    PartnerChecklist *m_partners = nullptr;
    RecordChecklist *m_protocols = nullptr;
    FulfilmentPicker *m_fulfils = nullptr; ///< the fire drill ritual it ran
};

} // namespace trellis::gui
