#pragma once
// The envoy journey editor: who travels, from which partner to which and when, the ledger entries
// that hosted or funded it and the crossovers it carried; then the questions carried, the voices
// to amplify, what returned and the risks weighed (carbon, visas, surveillance) side by side; and
// the ritual occurrence it fulfils.

#include "gui/editing/recordeditor.h"
#include "rhythm/envoyjourney.h"

class QLineEdit;

namespace trellis::gui {

class DateField;
class FulfilmentPicker;
class PartnerPicker;
class RecordChecklist;

/// Records and edits one envoy's micro-pilgrimage between two partners.
class EnvoyJourneyEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit EnvoyJourneyEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    /// Deletes the journey shown (its ledger entries and crossovers stay); Undo records it again.
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
    rhythm::EnvoyJourney journeyFromForm() const;
    void showJourney(const rhythm::EnvoyJourney &journey);
    void showPartners(qint64 from, qint64 to);
    /// Offers the entries between the two partners chosen, keeping what is checked.
    void listEntries(const QList<qint64> &checked);
    QString endsBeforeItBegins() const;

    rhythm::EnvoyJourney m_journey;
    QLineEdit *m_envoy = nullptr;
    PartnerPicker *m_from = nullptr;
    PartnerPicker *m_to = nullptr;
    DateField *m_firstDay = nullptr;
    DateField *m_lastDay = nullptr;
    RecordChecklist *m_entries = nullptr;
    RecordChecklist *m_crossovers = nullptr;
    FulfilmentPicker *m_fulfils = nullptr; ///< the ritual occurrence (a congress, an exchange) it made
};

} // namespace trellis::gui
