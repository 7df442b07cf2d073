#pragma once
// Where a queued field lives in its record's side-by-side editor, and putting the typing there.

#include "store/translationqueue.h"

class QWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

class RecordEditor;

/// The editor's key of a queued field ("answer:3" for a retro's third answer, "narrative", ...);
/// empty when the record's editor does not show the field.
QString editorFieldKey(store::Workspace &workspace, const store::QueueItem &item);

/// Puts the focus in the field key of the editor's column showing language, the cursor at its
/// end, and marks the words a machine translator did not know there. The text widget, or nullptr
/// when the editor shows no such field or no column in language.
QWidget *focusTranslationField(RecordEditor &editor, const QString &key, const QString &language,
                               const QStringList &unknownWords = {});

} // namespace trellis::gui

namespace trellis::gui {

class Workbench;

/// After the window opened item's record in editor: puts the typing in the field's column in
/// language, with a machine draft's unknown words marked. False, with a word in the status bar,
/// when the editor does not show the field.
bool showQueuedField(Workbench &workbench, RecordEditor &editor, const store::QueueItem &item, const QString &language);

} // namespace trellis::gui
