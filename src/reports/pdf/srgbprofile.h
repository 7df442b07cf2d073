#pragma once
// The sRGB colour profile a PDF/A file names as the output intent of its RGB colours.

#include <QByteArray>

namespace trellis::reports {

/// An ICC version 2.1 display profile of sRGB (IEC 61966-2-1), built from the standard's
/// primaries adapted to D50 and its transfer curve as a table: the same bytes every time.
QByteArray srgbIccProfile();

} // namespace trellis::reports
