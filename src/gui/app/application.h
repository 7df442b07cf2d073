#pragma once
// Start-up of the trellis executable: options, logging, UI language, workspace, main window.

#include <QString>

class QApplication;

namespace trellis::gui {

/// Runs the application; returns the process exit code.
int runApplication(int argc, char *argv[]);

/// Installs the Trellis (and Qt) translations for language and sets the layout direction.
/// An empty language means the system's. Returns the language actually used.
QString installUiLanguage(QApplication &app, const QString &language);

/// The default workspace path in the user's data directory.
QString defaultWorkspacePath();

} // namespace trellis::gui
