#include "gui/editing/textcolumn.h"

#include "gui/editing/fieldedit.h"
#include "gui/editing/labels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trellis::gui {

TextColumn::TextColumn(const QString &role, QWidget *parent) : QWidget(parent)
{
    setObjectName(role);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("language"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(8);
    m_picker->setAccessibleName(role == QLatin1String("first") ? tr("Language of the first column")
                                                                : tr("Language of the second column"));
    m_parity = new QLabel(this);
    m_parity->setObjectName(QStringLiteral("parity"));
    top->addWidget(m_picker, 1);
    top->addWidget(m_parity);
    layout->addLayout(top);
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_quantity = new QLabel(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    for (QLabel *fact : {m_date, m_quantity}) {
        fact->setTextInteractionFlags(Qt::TextSelectableByMouse);
        fact->setWordWrap(true);
        layout->addWidget(fact);
    }
    m_fieldLayout = new QVBoxLayout;
    layout->addLayout(m_fieldLayout);
    m_listingTitle = new QLabel(this);
    m_listingTitle->setObjectName(QStringLiteral("listingTitle"));
    QFont bold = m_listingTitle->font();
    bold.setBold(true);
    m_listingTitle->setFont(bold);
    m_listing = new QLabel(this);
    m_listing->setObjectName(QStringLiteral("listing"));
    m_listing->setTextFormat(Qt::PlainText);
    m_listing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_listingTitle, m_listing}) {
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps, never widens the column
        label->hide();
        layout->addWidget(label);
    }
    layout->addStretch(1);
    connect(m_picker, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChosen(m_picker->itemData(index).toString()); });
}

void TextColumn::setLanguages(const QStringList &tags)
{
    const QString current = language();
    QSignalBlocker block(m_picker);
    m_picker->clear();
    for (const QString &tag : tags)
        m_picker->addItem(languageLabel(tag), tag);
    setLanguage(current);
}

void TextColumn::setLanguage(const QString &tag)
{
    if (tag.isEmpty())
        return;
    QSignalBlocker block(m_picker);
    int index = m_picker->findData(tag);
    if (index < 0) {
        m_picker->addItem(languageLabel(tag), tag);
        index = m_picker->count() - 1;
    }
    m_picker->setCurrentIndex(index);
}

QString TextColumn::language() const
{
    return m_picker->currentData().toString();
}

void TextColumn::setFields(const QList<QPair<QString, bool>> &fields)
{
    // The same fields as before keep their widgets (and the focus and undo history in them).
    if (fields.size() == m_fields.size()
        && std::equal(fields.cbegin(), fields.cend(), m_fields.cbegin(),
                      [](const QPair<QString, bool> &f, FieldEdit *e) { return f.first == e->key(); }))
        return;
    qDeleteAll(m_fields);
    m_fields.clear();
    for (const auto &[key, multiline] : fields) {
        auto *edit = new FieldEdit(key, multiline, this);
        edit->setReadOnly(m_readOnly);
        edit->setOriginalLocked(m_originalsLocked);
        connect(edit, &FieldEdit::textEdited, this, &TextColumn::textEdited);
        connect(edit, &FieldEdit::statusChosen, this, &TextColumn::statusChosen);
        m_fieldLayout->addWidget(edit);
        m_fields.append(edit);
        edit->setVisible(true); // shown now, not on the next event loop turn: Tab may reach it at once
    }
}

FieldEdit *TextColumn::field(const QString &key) const
{
    for (FieldEdit *f : m_fields) {
        if (f->key() == key)
            return f;
    }
    return nullptr;
}

void TextColumn::showColumn(const domain::SideBySideColumn &column)
{
    const Qt::LayoutDirection direction =
        column.direction == i18n::TextDirection::RightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
    setLayoutDirection(direction);
    const Qt::Alignment align = (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    m_date->setText(column.date);
    m_date->setVisible(!column.date.isEmpty());
    m_date->setAlignment(align);
    m_date->setToolTip(tr("The date in this language's calendar"));
    m_quantity->setText(column.quantity);
    m_quantity->setVisible(!column.quantity.isEmpty());
    m_quantity->setAlignment(align);
    const auto parity = column.parityPercent();
    m_parity->setText(parity ? tr("parity %1").arg(percentLabel(*parity)) : QString());
    m_parity->setToolTip(tr("Comprehension parity: %1 of %2 written texts are readable in this language")
                             .arg(column.readable).arg(column.written));
    const QString name = languageLabel(column.language);
    for (const domain::ColumnField &f : column.fields) {
        if (FieldEdit *edit = field(f.key)) {
            edit->setDirection(direction);
            edit->showText(f.text, f.status, f.written, name);
        }
    }
}

void TextColumn::setOriginalsLocked(bool locked)
{
    m_originalsLocked = locked;
    for (FieldEdit *f : m_fields)
        f->setOriginalLocked(locked);
}

void TextColumn::showListing(const QString &title, const QStringList &lines)
{
    const Qt::Alignment align =
        (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute;
    m_listingTitle->setText(title);
    m_listing->setText(lines.join(u'\n'));
    m_listingTitle->setAlignment(align);
    m_listing->setAlignment(align);
    m_listingTitle->setVisible(!lines.isEmpty());
    m_listing->setVisible(!lines.isEmpty());
}

void TextColumn::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (FieldEdit *f : m_fields)
        f->setReadOnly(readOnly);
}

} // namespace trellis::gui
