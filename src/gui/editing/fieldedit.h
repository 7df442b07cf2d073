#pragma once
// One text field in one language column: its label, its translation status, and the text itself.

#include "domain/bilingualtext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace trellis::gui {

class UnknownWordMarks;

/// A field's text in one language with a status picker; a missing text is empty, marked, and
/// offers "Translate this".
class FieldEdit : public QWidget {
    Q_OBJECT
public:
    FieldEdit(const QString &key, bool multiline, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    /// Shows text with its status in language (named for placeholders and accessible names).
    void showText(const QString &text, domain::TranslationStatus status, bool written, const QString &languageName);
    QString text() const;
    void setDirection(Qt::LayoutDirection direction);
    void setReadOnly(bool readOnly);
    /// Keeps the original text (and a text nobody wrote yet) from being typed over, while a
    /// translation stays editable: a published record's rule.
    void setOriginalLocked(bool locked);
    bool isTextReadOnly() const;
    /// The widget that takes the typing (for focus and tab order).
    QWidget *editor() const;
    domain::TranslationStatus status() const { return m_status; }
    /// Replaces the label derived from the key ("Answer 2 · What felt extractive?").
    void setTitle(const QString &title);
    /// Marks the words a machine translator did not know in the draft shown (until the next
    /// record or status is shown); a one-line field lists them in its tooltip instead.
    void setUnknownWords(const QStringList &words);
    QStringList unknownWords() const { return m_unknownWords; }
    UnknownWordMarks *unknownWordMarks() const { return m_marks; }

Q_SIGNALS:
    void textEdited(const QString &key, const QString &text);
    void statusChosen(const QString &key, domain::TranslationStatus status);

private:
    void updateMarks();
    QString m_key;
    QString m_languageName;
    QString m_title;
    domain::TranslationStatus m_status = domain::TranslationStatus::Missing;
    bool m_written = false;
    bool m_readOnly = false;
    bool m_originalLocked = false;
    bool m_showing = false;
    QLabel *m_label = nullptr;
    QComboBox *m_statusBox = nullptr;
    QToolButton *m_translate = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    UnknownWordMarks *m_marks = nullptr;
    QStringList m_unknownWords;
};

} // namespace trellis::gui
