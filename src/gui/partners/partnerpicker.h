#pragma once
// A combo box of the workspace's partners, named and sorted in the UI language; typing the first
// letters of a name, or of its Latin form, picks it. A long name is elided to the room it has.

#include "gui/widgets/elidingcombobox.h"

#include <QElapsedTimer>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

class Workbench;

/// Picks one partner by id.
class PartnerPicker : public ElidingComboBox {
    Q_OBJECT
public:
    /// A picker of the window: it follows every partner added, renamed or deleted through wb.
    explicit PartnerPicker(Workbench &wb, QWidget *parent = nullptr);
    /// A picker of a short-lived dialog, filled once.
    explicit PartnerPicker(store::Workspace &workspace, QWidget *parent = nullptr);
    /// A first item with id 0 that stands for "no partner in particular" ("Any partner"), kept on reload.
    void setAnyPartnerItem(const QString &label);
    /// Re-reads the partners, keeping the selection; a partner that is gone leaves the picker
    /// on the "any" item, or on no partner at all.
    void reload();
    qint64 partnerId() const;
    /// The chosen partner's name alone (the item shows its Latin form beside it).
    QString partnerName() const;
    void setPartnerId(qint64 id);
    /// Selects partner id, or no partner at all when id is not listed (a new record's empty choice).
    void showPartner(qint64 id);

protected:
    /// Typed letters pick the first partner whose name or Latin form starts with them (the
    /// letters typed within the platform's keyboard interval add up), so "kan" finds a name
    /// written in Persian by its Latin form.
    void keyPressEvent(QKeyEvent *event) override;

private:
    int findTyped(const QString &typed) const;
    store::Workspace &m_ws;
    QString m_anyLabel;
    QString m_typed;
    QElapsedTimer m_sinceTyped;
};

} // namespace trellis::gui
