#pragma once
// The window's palettes: the system's, a dark one and a high-contrast one (--palette, or the
// TRELLIS_PALETTE environment variable), and the colours derived from whichever is in use, so no
// widget, chart or tint carries a colour of its own that only reads on a light background.

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace trellis::gui {

/// A palette by name: "system" (nullopt: leave the platform's), "dark", "high-contrast".
/// Unknown names give nullopt and *known = false.
std::optional<QPalette> namedPalette(const QString &name, bool *known = nullptr);

/// Applies name's palette (and the Fusion style, which follows any palette) to the application.
/// False for an unknown name.
bool applyPalette(const QString &name);

/// Whether a palette draws light text on dark windows.
bool isDark(const QPalette &palette);

/// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

/// over mixed into under by strength (0 to 1).
QColor mixColours(const QColor &over, const QColor &under, double strength);

/// colour mixed into palette's Base as strongly as strength asks, but never so strongly that the
/// palette's Text on it falls below 4.5:1 contrast (WCAG AA): tints that read on every palette.
QColor readableTint(const QColor &colour, double strength, const QPalette &palette);

/// Style sheet of an inline error message: the palette's text on a red tint of its base.
QString errorStyleSheet();

} // namespace trellis::gui
