#pragma once
// The open workspace as the window's parts share it: its file, its undo history, the language
// pair, and the record changes every list follows.

#include "gui/sections/section.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QUndoStack;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Shared by the pages and editors of one main window.
class Workbench : public QObject {
    Q_OBJECT
public:
    Workbench(store::Workspace &workspace, QObject *parent = nullptr);

    store::Workspace &workspace() { return m_ws; }
    QUndoStack *undoStack() const { return m_undo; }
    QStringList workingLanguages() const;
    /// A message for the status bar (saves, undo results), never containing record text.
    void report(const QString &message) { Q_EMIT reported(message); }
    /// Undo adds a removed record again under a new id; commands pushed with an earlier id of it
    /// find it through here. An id never re-added is its own current id.
    qint64 currentId(Section section, qint64 id) const;
    void recordReadded(Section section, qint64 previousId, qint64 newId);

Q_SIGNALS:
    void recordAdded(trellis::gui::Section section, qint64 id);
    void recordChanged(trellis::gui::Section section, qint64 id);
    void recordRemoved(trellis::gui::Section section, qint64 id);
    void reported(const QString &message);
    /// A record named in another one (e.g. "reversed by entry N") asks to be shown in its section.
    void openRequested(trellis::gui::Section section, qint64 id);
    void settingsChanged();

private:
    store::Workspace &m_ws;
    QUndoStack *m_undo = nullptr;
    QHash<QPair<int, qint64>, qint64> m_readded; ///< (section, earlier id) -> current id
};

} // namespace trellis::gui
