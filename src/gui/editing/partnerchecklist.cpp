#include "gui/editing/partnerchecklist.h"

#include "gui/editing/labels.h"
#include "store/partnerquery.h"


namespace trellis::gui {

PartnerChecklist::PartnerChecklist(store::Workspace &workspace, QWidget *parent) : RecordChecklist(parent), m_ws(workspace)
{
}

void PartnerChecklist::setChecked(const QList<qint64> &ids)
{
    QList<ChecklistItem> items;
    store::PartnerQuery partners(m_ws, uiLanguage());
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
