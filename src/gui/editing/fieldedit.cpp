#include "gui/editing/fieldedit.h"

#include "gui/editing/labels.h"
#include "gui/editing/unknownwordmarks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>
#include <QToolButton>
#include <QVBoxLayout>

namespace trellis::gui {

using domain::TranslationStatus;

FieldEdit::FieldEdit(const QString &key, bool multiline, QWidget *parent) : QWidget(parent), m_key(key)
{
    setObjectName(QStringLiteral("field_") + key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    m_label = new QLabel(fieldLabel(key), this);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_label->setWordWrap(true);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long labels wrap, never widen the column
    m_statusBox = new QComboBox(this);
    m_statusBox->setObjectName(QStringLiteral("status"));
    m_statusBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (TranslationStatus s : {TranslationStatus::Missing, TranslationStatus::Machine, TranslationStatus::Human,
                                TranslationStatus::Reviewed, TranslationStatus::Original})
        m_statusBox->addItem(statusLabel(s), int(s));
    m_statusBox->setFocusPolicy(Qt::ClickFocus); // Tab goes from text to text; the status is one click away
    m_translate = new QToolButton(this);
    m_translate->setObjectName(QStringLiteral("translate"));
    m_translate->setText(tr("Translate this"));
    m_translate->setFocusPolicy(Qt::NoFocus);
    top->addWidget(m_label, 1);
    top->addWidget(m_translate);
    top->addWidget(m_statusBox);
    layout->addLayout(top);
    if (multiline) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(56);
        m_text->setMaximumHeight(120);
        layout->addWidget(m_text);
        m_marks = new UnknownWordMarks(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_showing)
                Q_EMIT textEdited(m_key, m_text->toPlainText());
        });
    } else {
        m_line = new QLineEdit(this);
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, [this](const QString &t) { Q_EMIT textEdited(m_key, t); });
    }
    connect(m_translate, &QToolButton::clicked, this, [this] { editor()->setFocus(Qt::OtherFocusReason); });
    connect(m_statusBox, &QComboBox::activated, this, [this](int index) {
        Q_EMIT statusChosen(m_key, TranslationStatus(m_statusBox->itemData(index).toInt()));
    });
}

QWidget *FieldEdit::editor() const
{
    return m_text ? static_cast<QWidget *>(m_text) : m_line;
}

QString FieldEdit::text() const
{
    return m_text ? m_text->toPlainText() : m_line->text();
}

void FieldEdit::showText(const QString &text, TranslationStatus status, bool written, const QString &languageName)
{
    m_status = status;
    m_written = written;
    m_languageName = languageName;
    m_showing = true;
    if (this->text() != text || status != TranslationStatus::Machine)
        setUnknownWords({});
    if (this->text() != text) {
        if (m_text)
            m_text->setPlainText(text);
        else
            m_line->setText(text);
    }
    m_showing = false;
    updateMarks();
}

void FieldEdit::updateMarks()
{
    const bool missing = m_status == TranslationStatus::Missing;
    const QString label = m_title.isEmpty() ? fieldLabel(m_key) : m_title;
    const QString placeholder = !m_written ? tr("Not written yet") : tr("Missing in %1 — translate this").arg(m_languageName);
    if (m_text)
        m_text->setPlaceholderText(placeholder);
    else
        m_line->setPlaceholderText(placeholder);
    editor()->setAccessibleName(tr("%1 in %2").arg(label, m_languageName));
    editor()->setAccessibleDescription(statusLabel(m_status));
    m_statusBox->setCurrentIndex(m_statusBox->findData(int(m_status)));
    m_statusBox->setAccessibleName(tr("Translation status of %1 in %2").arg(label, m_languageName));
    // The original is what others translate from; a status applies to translations only.
    m_statusBox->setEnabled(!m_readOnly && m_status != TranslationStatus::Original && !missing);
    m_translate->setVisible(missing && m_written && !m_readOnly);
    const bool textReadOnly = isTextReadOnly();
    if (m_text)
        m_text->setReadOnly(textReadOnly);
    else
        m_line->setReadOnly(textReadOnly);
    m_label->setText(missing && m_written ? tr("%1 — missing").arg(label) : label);
}

void FieldEdit::setUnknownWords(const QStringList &words)
{
    m_unknownWords = words;
    if (m_marks)
        m_marks->mark(words);
    else
        m_line->setToolTip(words.isEmpty() ? QString()
                                           : tr("Apertium did not know these words: %1").arg(words.join(QStringLiteral(", "))));
}

void FieldEdit::setTitle(const QString &title)
{
    m_title = title;
    updateMarks();
}

void FieldEdit::setDirection(Qt::LayoutDirection direction)
{
    setLayoutDirection(direction);
    editor()->setLayoutDirection(direction);
    if (m_text) {
        QTextOption option = m_text->document()->defaultTextOption();
        option.setTextDirection(direction);
        option.setAlignment((direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
        m_text->document()->setDefaultTextOption(option);
    } else {
        m_line->setAlignment((direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    }
}

void FieldEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateMarks();
}

void FieldEdit::setOriginalLocked(bool locked)
{
    m_originalLocked = locked;
    updateMarks();
}

bool FieldEdit::isTextReadOnly() const
{
    return m_readOnly || (m_originalLocked && (m_status == TranslationStatus::Original || !m_written));
}

} // namespace trellis::gui
