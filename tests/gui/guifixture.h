#pragma once
// Shared GUI test tools: a demo workspace copied fresh for each test, and a main window over it.

#include "testsupport.h"

#include "store/workspace.h"

class QWidget;

namespace trellis::test {

/// A fresh copy of a 600-entry demo alliance (written once per test run) in dir.
QString demoCopy(const ScratchDir &dir);
/// Opens it (no daily backup, to keep tests quick).
store::Workspace openDemo(const ScratchDir &dir);
/// Shows a window at a working size and waits until it is active.
void showActive(QWidget &window);
/// Answers the next modal dialog with button (a QMessageBox's standard button) once it opens;
/// *seen tells whether one opened. With TRELLIS_GRAB_DIALOGS=DIR set, it is saved there first as a PNG.
void answerNextDialog(int button, bool *seen = nullptr);
/// Adds a partner named in language (speaking it, in zone when one is given) and returns its id.
qint64 addPartner(store::Workspace &ws, const QString &name, const QString &language, const QString &zone = QString());
/// The widget that has the keyboard focus (the test fails when none has).
QWidget *focused();
/// Types text into widget one key event a character, in any script, as a keyboard would.
void typeText(QWidget *widget, const QString &text);

} // namespace trellis::test
