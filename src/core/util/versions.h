#pragma once
// The versions of Trellis and of the libraries it runs on, for --version and the About dialog.

#include <QString>

namespace trellis {

QString trellisVersion();
QString sqliteVersion();
QString icuVersion();
QString qtVersion();

} // namespace trellis
