#pragma once
// The narrative crossover editor: who a phrase was born with and who adopted it, when, and the
// text as born and as reborn side by side, each in its own partner's language.

#include "domain/solidarityrecords.h"
#include "gui/editing/recordeditor.h"

class QComboBox;
class QLabel;

namespace trellis::gui {

class DateField;
class PartnerPicker;
class RecordChecklist;

/// Records and edits one narrative crossover ("a slogan born in one language and reborn in another").
class CrossoverEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit CrossoverEditor(Workbench &workbench, QWidget *parent = nullptr);
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
    domain::NarrativeCrossover crossoverFromForm() const;
    void showCrossover(const domain::NarrativeCrossover &crossover);
    void showPartners(qint64 origin, qint64 adopting);
    /// Shows the text as born and as reborn, each in its own language and direction, whatever the pair.
    void showOriginals();
    /// Refuses, in the UI language, a text whose original is not in its partner's own languages.
    Status checkLanguage(qint64 partnerId, const domain::BilingualText &text, bool asBorn) const;

    domain::NarrativeCrossover m_crossover;
    QComboBox *m_kind = nullptr;
    PartnerPicker *m_origin = nullptr;
    PartnerPicker *m_adopting = nullptr;
    DateField *m_bornOn = nullptr;
    DateField *m_rebornOn = nullptr;
    RecordChecklist *m_campaigns = nullptr;
    QLabel *m_born = nullptr;
    QLabel *m_reborn = nullptr;
};

} // namespace trellis::gui
