#include "gui/rhythm/rhythmlabels.h"

#include <QCoreApplication>
#include <QLocale>

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
    return text.textIn(QLocale().name().section(u'_', 0, 0)).value_or(text.original());
}

} // namespace trellis::gui
