#pragma once
// The ritual editor: what kind of ritual, when it is first held (all day, or at a time in its
// organizer's zone), how it repeats and who takes part; its title and description side by side.

#include "gui/editing/recordeditor.h"
#include "rhythm/ritual.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace trellis::gui {

class DateField;
class PartnerChecklist;
class RecurrenceForm;

/// Records and edits one ritual of the alliance's rhythm (a retro, circle, drill, hand-over…).
class RitualEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit RitualEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the ritual shown (its past stays in the records that fulfilled it); Undo brings it back.
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
    Result<rhythm::Ritual> ritualFromForm() const;
    rhythm::Schedule scheduleFromForm() const; ///< without its rule
    void showRitual(const rhythm::Ritual &ritual);
    void updateTimeRows();
    void updateNextDates();

    rhythm::Ritual m_ritual;
    QComboBox *m_kind = nullptr;
    DateField *m_firstDate = nullptr;
    QCheckBox *m_timed = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_zone = nullptr;
    QWidget *m_timeRow = nullptr;
    QSpinBox *m_duration = nullptr;
    RecurrenceForm *m_recurrence = nullptr;
    QLabel *m_nextDates = nullptr;
    PartnerChecklist *m_partners = nullptr;
};

} // namespace trellis::gui
