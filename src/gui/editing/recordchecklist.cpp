#include "gui/editing/recordchecklist.h"

#include "gui/editing/labels.h"

namespace trellis::gui {

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idsFromJson(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &v : value.toArray())
        ids << v.toInteger();
    return ids;
}

RecordChecklist::RecordChecklist(QWidget *parent) : QListWidget(parent)
{
    setMaximumHeight(110);
}

void RecordChecklist::setItems(const QList<ChecklistItem> &items, const QList<qint64> &checkedIds)
{
    const QSignalBlocker block(this);
    clear();
    int checkedCount = 0;
    auto add = [&](qint64 id, const QString &label, bool isChecked) {
        auto *item = new QListWidgetItem(label);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
        if (isChecked)
            insertItem(checkedCount++, item);
        else
            addItem(item);
    };
    QList<qint64> listed;
    for (const ChecklistItem &i : items) {
        add(i.id, i.label, checkedIds.contains(i.id));
        listed << i.id;
    }
    for (qint64 id : checkedIds)
        if (!listed.contains(id))
            add(id, QStringLiteral("(%1)").arg(numberLabel(id)), true);
}

QList<qint64> RecordChecklist::checked() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace trellis::gui
