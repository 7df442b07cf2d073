#pragma once
// A window over a workspace it cannot write: every action that would write is disabled and the
// status bar says why, so nobody types changes that can never be saved.

class QMainWindow;

namespace trellis::gui {

class SharedFile;

/// The object names of the window's actions that write to the workspace.
inline constexpr const char *kWritingActions[] = {"newRecord", "correct", "delete", "save", "importLedger",
                                                  "undo", "redo", "newRetro", "publishRetro", "runRetro"};

/// When the shared file is read-only: disables the writing actions (with the reason as their
/// status tip) and puts the reason in the status bar, as a permanent label named "readOnlyNotice".
void applyReadOnly(QMainWindow &window, const SharedFile &file);

} // namespace trellis::gui
