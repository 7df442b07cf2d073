#include "gui/rhythm/rhythmlabels.h"

#include "gui/editing/labels.h"

#include <QCoreApplication>

namespace trellis::gui {

QList<rhythm::FireDrillKind> fireDrillKinds()
{
    return {rhythm::FireDrillKind::CommunicationBlackout, rhythm::FireDrillKind::RoleSwap, rhythm::FireDrillKind::Other};
}

QString fireDrillKindLabel(rhythm::FireDrillKind kind)
{
    switch (kind) {
    case rhythm::FireDrillKind::CommunicationBlackout: return QCoreApplication::translate("RhythmLabels", "Communication blackout");
    case rhythm::FireDrillKind::RoleSwap: return QCoreApplication::translate("RhythmLabels", "Role swap");
    case rhythm::FireDrillKind::Other: return QCoreApplication::translate("RhythmLabels", "Other drill");
    }
    return {};
}

QString inUiLanguage(const domain::BilingualText &text)
{
    return text.textIn(uiLanguage()).value_or(text.original());
}

} // namespace trellis::gui
