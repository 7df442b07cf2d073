#pragma once
// A combo box of the workspace's partners, named and sorted in the UI language; typing a name's
// first letters picks it. A long name is elided to the room it has.

#include "gui/widgets/elidingcombobox.h"

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Picks one partner by id.
class PartnerPicker : public ElidingComboBox {
    Q_OBJECT
public:
    explicit PartnerPicker(store::Workspace &workspace, QWidget *parent = nullptr);
    /// Re-reads the partners (after one was added or renamed), keeping the selection.
    void reload();
    qint64 partnerId() const;
    void setPartnerId(qint64 id);

private:
    store::Workspace &m_ws;
};

} // namespace trellis::gui
