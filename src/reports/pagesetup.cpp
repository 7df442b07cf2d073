#include "reports/pagesetup.h"

#include <QMarginsF>
#include <QPageSize>

namespace trellis::reports {

QPageLayout reportPageLayout(const QString &localeTag)
{
    const bool letter = localeTag.endsWith(QLatin1String("-US")) || localeTag.endsWith(QLatin1String("-CA"));
    const QPageSize size(letter ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

} // namespace trellis::reports
