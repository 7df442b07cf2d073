#include "gui/campaigns/linkchoices.h"

#include "gui/editing/labels.h"
#include "store/campaignstore.h"
#include "store/headlinerows.h"


namespace trellis::gui {

QList<ChecklistItem> campaignChoices(store::Workspace &workspace)
{
    QList<ChecklistItem> items;
    if (auto campaigns = store::CampaignStore(workspace).list()) {
        for (const store::CampaignSummary &c : std::as_const(*campaigns))
            items.append({c.id, c.title});
    }
    return items;
}

QList<ChecklistItem> incidentChoices(store::Workspace &workspace)
{
    QList<ChecklistItem> items;
    if (auto incidents = store::incidentRows(workspace, uiLanguage())) {
        for (const store::HeadlineRow &r : std::as_const(*incidents))
            items.append({r.id, QStringLiteral("%1 · \u2068%2\u2069").arg(shortDate(r.date), r.headline.section(u'\n', 0, 0))});
    }
    return items;
}

} // namespace trellis::gui
