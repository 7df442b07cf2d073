#pragma once
// The cultural exchange editor: kind, day, status, partners and campaigns of an exchange ritual,
// the ritual occurrence it fulfils, then what was exchanged and its notes side by side.

#include "domain/solidarityrecords.h"
#include "gui/editing/recordeditor.h"

class QComboBox;

namespace trellis::gui {

class DateField;
class FulfilmentPicker;
class PartnerChecklist;
class RecordChecklist;

/// Records and edits one cultural exchange ("pair every campaign with a cultural exchange").
class ExchangeEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit ExchangeEditor(Workbench &workbench, QWidget *parent = nullptr);
    /// An exchange not held yet can be deleted; one that was held stays in the record.
    bool canDelete() const override;
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
    domain::CulturalExchange exchangeFromForm() const;
    void showExchange(const domain::CulturalExchange &exchange);

    domain::CulturalExchange m_exchange;
    QComboBox *m_kind = nullptr;
    DateField *m_heldOn = nullptr;
    QComboBox *m_status = nullptr;
    PartnerChecklist *m_partners = nullptr;
    RecordChecklist *m_campaigns = nullptr;
    FulfilmentPicker *m_fulfils = nullptr; ///< the cultural exchange ritual's occurrence it held
};

} // namespace trellis::gui
