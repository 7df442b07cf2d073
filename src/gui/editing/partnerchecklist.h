#pragma once
// A list of every partner with a check box each: who takes part in a rehearsal or a campaign.

#include "gui/editing/recordchecklist.h"

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Every partner of the workspace, named in the UI language, the checked ones first.
class PartnerChecklist : public RecordChecklist {
    Q_OBJECT
public:
    explicit PartnerChecklist(store::Workspace &workspace, QWidget *parent = nullptr);
    /// Lists the partners again (they may have changed) with exactly ids checked, those first.
    void setChecked(const QList<qint64> &ids);

private:
    store::Workspace &m_ws;
};

} // namespace trellis::gui
