#include "gui/editing/partnerchecklist.h"

#include "store/partnerquery.h"

#include <QLocale>

namespace trellis::gui {

PartnerChecklist::PartnerChecklist(store::Workspace &workspace, QWidget *parent) : QListWidget(parent), m_ws(workspace)
{
    setMaximumHeight(110);
}

void PartnerChecklist::setChecked(const QList<qint64> &ids)
{
    const QSignalBlocker block(this);
    clear();
    store::PartnerQuery partners(m_ws, QLocale().name().section(u'_', 0, 0));
    int taking = 0;
    while (!partners.atEnd()) {
        auto page = partners.next(500);
        if (!page)
            break;
        for (const store::PartnerRow &p : std::as_const(*page)) {
            auto *item = new QListWidgetItem(p.name);
            item->setData(Qt::UserRole, p.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            const bool isChecked = ids.contains(p.id);
            item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
            // Those taking part first, in name order, then the others.
            if (isChecked)
                insertItem(taking++, item);
            else
                addItem(item);
        }
    }
}

QList<qint64> PartnerChecklist::checked() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace trellis::gui
