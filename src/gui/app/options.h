#pragma once
// The trellis command line: what to open, what to show, and whether to grab a screenshot.

#include "gui/sections/section.h"

#include <QString>
#include <QStringList>

namespace trellis::gui {

/// Parsed command-line options of the trellis executable.
struct Options {
    QString workspace;      ///< empty: the default workspace
    QString grabPath;       ///< non-empty: render the window to this PNG and exit
    QString uiLanguage;     ///< empty: the system language
    QString palette;        ///< empty: TRELLIS_PALETTE, else the system's; or "dark", "high-contrast"
    QStringList languagePair; ///< empty or two tags
    Section section = Section::Partners;
    bool verbose = false;
    bool scrollEnd = false; ///< move to the last row of the section's list once shown (Ctrl+End)
    qint64 facilitateRetro = 0; ///< non-zero: run this retro in facilitation mode
    QString compareQuarters;    ///< non-empty: show the retros of quarters FROM:TO side by side
    QString facilitatePhase;    ///< with facilitateRetro: the phase to open at ("write", "vote", ...)
};

/// Parses arguments; on --help/--version or an error prints and sets exitCode (>= 0 means exit now).
Options parseOptions(const QStringList &arguments, int &exitCode);

} // namespace trellis::gui
