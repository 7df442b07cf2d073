#pragma once
// The translation workflow's menu actions: XLIFF export and import under File, Next field to
// translate (F8) and Draft with Apertium under Records.

#include <QPair>
#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace trellis::gui {

class TranslationQueueView;
class Workbench;

/// Adds the actions; imported runs after an import changed texts. pair gives the window's pair.
void addTranslationActions(QMenu *file, QMenu *records, TranslationQueueView &queue, Workbench &workbench, QWidget *window,
                           const std::function<QPair<QString, QString>()> &pair, const std::function<void()> &imported);

/// Runs File ▸ Import translations on path (no file dialog): the report, or a warning when the
/// file changed nothing. Returns whether anything was imported.
bool importTranslationsFile(Workbench &workbench, QWidget *window, const QString &path);

} // namespace trellis::gui
