#pragma once
// The partner editor: kind, country, languages, locale and time zone once at the top; the name,
// the goals in its own words and the (sensitive) contact notes side by side.

#include "domain/partner.h"
#include "gui/editing/recordeditor.h"

class QComboBox;
class QLineEdit;

namespace trellis::gui {

/// Creates and edits one partner.
class PartnerEditor : public RecordEditor {
    Q_OBJECT
public:
    PartnerEditor(Workbench &workbench, QWidget *parent = nullptr);
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
    void showPartner(const domain::Partner &partner);
    /// The lines under the heading: deceptive characters in the name, crossovers, pauses.
    void showSummary();
    domain::Partner partnerFromForm() const;
    /// "Narrative crossovers with other partners: 3 (…)", the essay's proof of internalization; empty for none.
    QString crossoverCounts(qint64 partnerId);
    domain::Partner m_partner;
    QList<domain::GoalParaphrase> m_paraphrases; ///< of m_partner's goals, by other partners, as loaded
    QComboBox *m_kind = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_languages = nullptr;
    QLineEdit *m_locale = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QLineEdit *m_latin = nullptr;
};

} // namespace trellis::gui
