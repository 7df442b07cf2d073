#pragma once
// A list of records with a check box each: the partners, campaigns or incidents a record is linked to.

#include <QListWidget>

namespace trellis::gui {

/// One record a checklist offers: its id and how the list names it.
struct ChecklistItem {
    qint64 id = 0;
    QString label;
};

/// Records to check, the checked ones first; each label keeps its own direction.
class RecordChecklist : public QListWidget {
    Q_OBJECT
public:
    explicit RecordChecklist(QWidget *parent = nullptr);
    /// Lists items with exactly ids checked, those first, each group in the order given. A
    /// checked id no longer among items is listed as "(id)" so a save keeps nothing unseen.
    void setItems(const QList<ChecklistItem> &items, const QList<qint64> &checkedIds);
    QList<qint64> checked() const;
};

} // namespace trellis::gui
