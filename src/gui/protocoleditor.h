#pragma once
// The conflict protocol editor: version, review date and agreements at the top; title, triggers,
// roles and steps side by side. Saving a change makes a new version; earlier ones are kept.

#include "domain/protocol.h"
#include "gui/recordeditor.h"

class QDateEdit;

namespace trellis::gui {

/// Drafts a protocol and its later versions.
class ProtocolEditor : public RecordEditor {
    Q_OBJECT
public:
    ProtocolEditor(Workbench &workbench, QWidget *parent = nullptr);
    void addStep();

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    void showProtocol(const domain::ConflictProtocol &protocol);
    domain::ConflictProtocol protocolFromForm() const;
    domain::ConflictProtocol m_protocol;
    QDateEdit *m_reviewDue = nullptr;
};

} // namespace trellis::gui
