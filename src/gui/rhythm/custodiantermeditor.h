#pragma once
// The archive custodian editor: who took the archive over, on which day, under which rotation
// ritual, and the notes on what was handed over side by side; above them, who is due next.

#include "gui/editing/recordeditor.h"
#include "rhythm/custodianhandover.h"

class QComboBox;
class QLabel;

namespace trellis::gui {

class DateField;
class FulfilmentPicker;
class PartnerPicker;

/// Records and edits one hand-over of the alliance's archive to its next custodian.
class CustodianTermEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit CustodianTermEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the hand-over shown; Undo records it again.
    void deleteRecord() override;

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    Status check() const override;
    /// The same custodian twice in a row is allowed, once the user says so.
    bool confirmSave() override;
    QWidget *fieldOf(const QString &message) const override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    rhythm::CustodianHandOver termFromForm() const;
    void showTerm(const rhythm::CustodianHandOver &term);
    /// Lists the custodian-rotation rituals, with ritualId chosen (0: none).
    void listRituals(qint64 ritualId);
    /// Says who is due to take the archive over next by the rotation, and when.
    void updateNextDue();
    QString partnerName(qint64 id) const;

    rhythm::CustodianHandOver m_term;
    QLabel *m_nextDue = nullptr;
    PartnerPicker *m_custodian = nullptr;
    DateField *m_handedOverOn = nullptr;
    QComboBox *m_ritual = nullptr;
    FulfilmentPicker *m_fulfils = nullptr; ///< the rotation's occurrence it made
};

} // namespace trellis::gui
