#pragma once
// A list of records with a check box each: the partners, campaigns or incidents a record is linked to.

#include <QJsonArray>
#include <QListWidget>

namespace trellis::gui {

/// One record a checklist offers: its id and how the list names it.
struct ChecklistItem {
    qint64 id = 0;
    QString label;
};

/// A draft's list of checked ids, and back (crash recovery keeps what was checked).
QJsonArray idsToJson(const QList<qint64> &ids);
QList<qint64> idsFromJson(const QJsonValue &value);

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
