#pragma once
// The pause editor: two partners, the days they rest, the day each side consented, and why, side
// by side in the pair's languages ("rest rather than abandonment").

#include "gui/editing/recordeditor.h"
#include "rhythm/pause.h"

namespace trellis::gui {

class DateField;
class PartnerPicker;

/// Records and edits one pause agreed (or proposed) between two partners.
class PauseEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit PauseEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the pause shown; Undo records it again.
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
    rhythm::Pause pauseFromForm() const;
    void showPause(const rhythm::Pause &pause);
    void showPartners(qint64 a, qint64 b);
    /// The refusals with days in them, in the UI language and its date format.
    QString endsBeforeItBegins() const;
    QString consentAfterItEnds(const QDate &consent) const;

    rhythm::Pause m_pause;
    PartnerPicker *m_partnerA = nullptr;
    PartnerPicker *m_partnerB = nullptr;
    DateField *m_firstDay = nullptr;
    DateField *m_lastDay = nullptr;
    DateField *m_consentA = nullptr;
    DateField *m_consentB = nullptr;
};

} // namespace trellis::gui
