#pragma once
// The page every bilingual report is laid out on: A4 or Letter by locale, margins for two columns.

#include <QPageLayout>
#include <QString>

namespace trellis::reports {

/// The report page for a locale: Letter in the US and Canada, A4 elsewhere; 15 mm margins.
QPageLayout reportPageLayout(const QString &localeTag);

} // namespace trellis::reports
