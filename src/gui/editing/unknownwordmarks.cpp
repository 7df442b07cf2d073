#include "gui/editing/unknownwordmarks.h"

#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolTip>

#include <algorithm>

namespace trellis::gui {

UnknownWordMarks::UnknownWordMarks(QPlainTextEdit *edit) : QObject(edit), m_edit(edit), m_viewport(edit->viewport())
{
    m_viewport->installEventFilter(this);
}

void UnknownWordMarks::mark(const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> selections;
    QColor light = m_edit->palette().color(QPalette::Highlight);
    light.setAlpha(56); // a tint of the palette's highlight: readable in light and dark themes alike
    const QString text = m_edit->toPlainText();
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        // Whole words only: "rio" is not marked inside "laboratorio".
        const QRegularExpression whole(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(word) + QStringLiteral("(?![\\w])"),
                                       QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = whole.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_edit->document());
            selection.cursor.setPosition(int(match.capturedStart()));
            selection.cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
            selection.format.setBackground(light);
            selection.format.setUnderlineStyle(QTextCharFormat::DotLine);
            selection.format.setUnderlineColor(m_edit->palette().color(QPalette::Highlight));
            selection.format.setToolTip(tr("Apertium did not know this word"));
            selections.append(selection);
        }
    }
    std::sort(selections.begin(), selections.end(), [](const auto &a, const auto &b) {
        return a.cursor.selectionStart() < b.cursor.selectionStart();
    });
    m_edit->setExtraSelections(selections);
}

QList<QPair<int, int>> UnknownWordMarks::marked() const
{
    QList<QPair<int, int>> stretches;
    for (const QTextEdit::ExtraSelection &s : m_edit->extraSelections())
        if (s.cursor.hasSelection())
            stretches.append({s.cursor.selectionStart(), s.cursor.selectionEnd() - s.cursor.selectionStart()});
    return stretches;
}

bool UnknownWordMarks::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_viewport)
        return QObject::eventFilter(watched, event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int position = m_edit->cursorForPosition(help->pos()).position();
    for (const QTextEdit::ExtraSelection &s : m_edit->extraSelections()) {
        if (s.cursor.hasSelection() && position >= s.cursor.selectionStart() && position <= s.cursor.selectionEnd()) {
            QToolTip::showText(help->globalPos(), s.format.toolTip(), m_viewport);
            return true;
        }
    }
    QToolTip::hideText();
    return false;
}

} // namespace trellis::gui
