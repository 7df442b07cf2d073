#pragma once
// Marks, in a machine draft, the words the machine translator did not know, for the reviewer.

#include <QObject>
#include <QStringList>

class QPlainTextEdit;
class QWidget;

namespace trellis::gui {

/// A light, palette-derived mark on each occurrence of the unknown words in a text edit, with a
/// tooltip saying why; cleared with mark({}).
class UnknownWordMarks : public QObject {
    Q_OBJECT
public:
    explicit UnknownWordMarks(QPlainTextEdit *edit);
    void mark(const QStringList &words);
    /// The marked stretches as (position, length), in document order.
    QList<QPair<int, int>> marked() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
    /// The viewport watched, kept apart: while the edit is destroyed its viewport still sends
    /// events, and the edit may no longer be asked for it.
    QWidget *m_viewport;
};

} // namespace trellis::gui
