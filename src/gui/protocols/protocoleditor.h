#pragma once
// The conflict protocol editor: review date and the recording of agreements at the top; title,
// triggers, roles and steps side by side, with the agreements listed in each column's language.
// Saving a change makes a new version; earlier ones are kept with their agreements.

#include "domain/protocol.h"
#include "gui/editing/recordeditor.h"


class QLineEdit;
class QPushButton;

namespace trellis::gui {

class DateField;

class PartnerPicker;

/// Drafts a protocol and its later versions, and records who agreed to the version shown.
class ProtocolEditor : public RecordEditor {
    Q_OBJECT
public:
    ProtocolEditor(Workbench &workbench, QWidget *parent = nullptr);
    void addStep();
    /// Records the agreement typed at the top for the saved version shown (undoable); false with
    /// an inline message when core refuses it.
    bool recordAgreement();
    const domain::ConflictProtocol &protocol() const { return m_protocol; }

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    void showProtocol(const domain::ConflictProtocol &protocol);
    /// Re-reads the agreements of the version shown (after one was recorded or undone) without
    /// touching unsaved edits.
    void refreshAgreements();
    void showAgreements();
    domain::ConflictProtocol protocolFromForm() const;
    domain::ConflictProtocol m_protocol;
    DateField *m_reviewDue = nullptr;
    PartnerPicker *m_agreeing = nullptr;
    QLineEdit *m_agreedBy = nullptr;
    DateField *m_agreedOn = nullptr;
    QPushButton *m_agree = nullptr;
};

} // namespace trellis::gui
