#pragma once
// Icons that follow the desktop: the icon theme's when it has one, else Trellis's bundled SVG,
// drawn in the palette's text colour so it reads on light, dark and high-contrast palettes alike.

#include <QIcon>
#include <QString>

namespace trellis::gui {

/// The icon of a freedesktop icon name ("document-save", "edit-find", …): the theme's, or the
/// bundled fallback under :/icons/actions/ recoloured for the current application palette.
/// An unknown name gives a null icon (and a warning in the log).
QIcon themedIcon(const QString &name);

/// Only the bundled fallback of name (for tests and for when the theme's icon is unwanted).
QIcon bundledIcon(const QString &name);

/// The Trellis application icon (the theme's io.github.trellis.Trellis, else the bundled SVG).
QIcon applicationIcon();

/// The freedesktop id of the application: its desktop file, icon and AppStream component.
QString applicationId();

} // namespace trellis::gui
