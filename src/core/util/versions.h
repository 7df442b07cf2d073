#pragma once
// The versions of Trellis and of the libraries it runs on, for --version and the About dialog.

#include <QString>

namespace trellis {

QString trellisVersion();
QString sqliteVersion();
QString icuVersion();
QString qtVersion();

/// The licence Trellis is published under, as an SPDX expression: "GPL-3.0-or-later".
QString trellisLicence();
/// The lines --version prints under the versions: the licence, that it is free software, no warranty.
QString licenceNotice();

} // namespace trellis
