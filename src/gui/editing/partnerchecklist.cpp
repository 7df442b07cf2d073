#include "gui/editing/partnerchecklist.h"

#include "store/partnerquery.h"

#include <QLocale>

namespace trellis::gui {

PartnerChecklist::PartnerChecklist(store::Workspace &workspace, QWidget *parent) : RecordChecklist(parent), m_ws(workspace)
{
}

void PartnerChecklist::setChecked(const QList<qint64> &ids)
{
    QList<ChecklistItem> items;
    store::PartnerQuery partners(m_ws, QLocale().name().section(u'_', 0, 0));
    while (!partners.atEnd()) {
        auto page = partners.next(500);
        if (!page)
            break;
        for (const store::PartnerRow &p : std::as_const(*page))
            items.append({p.id, p.name});
    }
    setItems(items, ids);
}

} // namespace trellis::gui
