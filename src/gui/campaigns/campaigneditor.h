#pragma once
// The campaign editor: dates, partners and status of a joint project, its listening quorum and
// cultural exchanges, then its title and aims side by side.

#include "domain/campaign.h"
#include "gui/editing/recordeditor.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace trellis::gui {

class DateField;
class PartnerChecklist;
class QuorumPanel;

/// Records and edits one campaign; its status moves only through the listening quorum's gate.
class CampaignEditor : public RecordEditor {
    Q_OBJECT
public:
    explicit CampaignEditor(Workbench &workbench, QWidget *parent = nullptr);
    /// Only a proposed campaign can be deleted; one that went further is closed instead.
    bool canDelete() const override;
    void deleteRecord() override;
    QuorumPanel *quorum() const { return m_quorum; }
    QComboBox *statusPicker() const { return m_nextStatus; }
    /// Moves the shown campaign to status; a refusal (the gate's list of who still has to
    /// paraphrase whom) goes to the message line and changes nothing.
    bool changeStatus(domain::CampaignStatus status);

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    Status check() const override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    domain::Campaign campaignFromForm() const;
    void showCampaign(const domain::Campaign &campaign);
    void fillNextStatuses();
    void showExchanges();

    domain::Campaign m_campaign;
    DateField *m_startsOn = nullptr;
    DateField *m_endsOn = nullptr;
    PartnerChecklist *m_partners = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_nextStatus = nullptr;
    QPushButton *m_setStatus = nullptr;
    QListWidget *m_exchanges = nullptr;
    QuorumPanel *m_quorum = nullptr;
};

} // namespace trellis::gui
