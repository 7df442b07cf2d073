#include "gui/editing/sidebysideview.h"

#include "gui/editing/labels.h"
#include "gui/editing/fieldedit.h"
#include "gui/editing/textcolumn.h"
#include "util/text.h"

#include "domain/translationreview.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace trellis::gui {

using domain::TranslationStatus;

SideBySideView::SideBySideView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_parity = new QLabel(this);
    m_parity->setObjectName(QStringLiteral("recordParity"));
    layout->addWidget(m_parity);
    auto *columns = new QHBoxLayout;
    m_first = new TextColumn(QStringLiteral("first"), this);
    m_second = new TextColumn(QStringLiteral("second"), this);
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    columns->addWidget(m_first, 1);
    columns->addWidget(rule);
    columns->addWidget(m_second, 1);
    layout->addLayout(columns, 1);
    for (TextColumn *column : {m_first, m_second}) {
        connect(column, &TextColumn::textEdited, this, [this, column](const QString &key, const QString &text) {
            applyText(column->language(), key, text);
        });
        connect(column, &TextColumn::statusChosen, this, [this, column](const QString &key, TranslationStatus s) {
            applyStatus(column->language(), key, s);
        });
        connect(column, &TextColumn::languageChosen, this, [this, column](const QString &tag) {
            // The two columns never show the same language: picking the other side's swaps them.
            TextColumn *other = column == m_first ? m_second : m_first;
            if (other->language() == tag)
                other->setLanguage(column == m_first ? languages().second : languages().first);
            column->setLanguage(tag);
            refresh();
            Q_EMIT languagesChosen(m_first->language(), m_second->language());
        });
    }
}

void SideBySideView::setWorkingLanguages(const QStringList &tags)
{
    m_first->setLanguages(tags);
    m_second->setLanguages(tags);
}

void SideBySideView::setLanguages(const QString &first, const QString &second)
{
    m_first->setLanguage(first);
    m_second->setLanguage(second);
    refresh();
}

QPair<QString, QString> SideBySideView::languages() const
{
    return {m_first->language(), m_second->language()};
}

void SideBySideView::setFields(const QList<QPair<QString, bool>> &fields)
{
    m_first->setFields(fields);
    m_second->setFields(fields);
    refresh();
}

void SideBySideView::setRecord(const domain::RecordTexts &record)
{
    m_record = record;
    refresh();
}

void SideBySideView::setFacts(const std::optional<QDate> &date, const std::optional<domain::Quantity> &quantity)
{
    if (m_record.date == date && m_record.quantity == quantity)
        return;
    m_record.date = date;
    m_record.quantity = quantity;
    refresh();
}

void SideBySideView::setFieldTitle(const QString &key, const QString &title)
{
    for (TextColumn *column : {m_first, m_second}) {
        if (FieldEdit *f = column->field(key))
            f->setTitle(title);
    }
}

void SideBySideView::setFieldOriginalLocked(const QString &key, bool locked)
{
    for (TextColumn *column : {m_first, m_second}) {
        if (FieldEdit *f = column->field(key))
            f->setOriginalLocked(locked);
    }
}

void SideBySideView::setReadOnly(bool readOnly)
{
    m_first->setReadOnly(readOnly);
    m_second->setReadOnly(readOnly);
}

void SideBySideView::setOriginalsLocked(bool locked)
{
    m_first->setOriginalsLocked(locked);
    m_second->setOriginalsLocked(locked);
}

void SideBySideView::setListing(const QString &title, Listing lines)
{
    m_listingTitle = title;
    m_listing = std::move(lines);
    refresh();
}

QList<QWidget *> SideBySideView::tabOrder() const
{
    QList<QWidget *> order;
    for (TextColumn *column : {m_first, m_second}) {
        for (FieldEdit *f : column->fields())
            order << f->editor();
    }
    return order;
}

QString SideBySideView::parityLine() const
{
    const auto [first, second] = languages();
    const domain::SideBySide view = domain::sideBySide(m_record, first, second);
    const auto a = view.first.parityPercent();
    const auto b = view.second.parityPercent();
    if (!a || !b)
        return QString();
    return tr("Comprehension parity: %1 %2 · %3 %4").arg(first, percentLabel(*a), second, percentLabel(*b));
}

void SideBySideView::refresh()
{
    const auto [first, second] = languages();
    const domain::SideBySide view = domain::sideBySide(m_record, first, second);
    m_first->showColumn(view.first);
    m_second->showColumn(view.second);
    for (TextColumn *column : {m_first, m_second})
        column->showListing(m_listingTitle, m_listing ? m_listing(column->language()) : QStringList());
    m_parity->setText(parityLine());
}

domain::BilingualText *SideBySideView::textOf(const QString &key)
{
    for (domain::RecordField &field : m_record.fields) {
        if (field.key == key)
            return &field.text;
    }
    return nullptr;
}

void SideBySideView::applyText(const QString &language, const QString &key, const QString &text)
{
    domain::BilingualText *t = textOf(key);
    if (!t || language.isEmpty())
        return;
    const bool nothingWritten = t->isEmpty(); // blank is missing: spaces are not written
    if (nothingWritten) {
        if (!isBlank(text))
            t->setOriginal(language, text); // the first language a field is written in is its original
    } else if (language == t->originalLanguage()) {
        t->setOriginal(language, text);
    } else if (isBlank(text)) {
        t->removeTranslation(language); // an emptied translation is missing again, never a blank one
    } else {
        // Typing makes a translation a person's work; "reviewed" is chosen explicitly afterwards.
        domain::editTranslation(*t, language, text, m_translator, QDateTime::currentDateTimeUtc());
    }
    refresh();
    Q_EMIT edited();
}

void SideBySideView::applyStatus(const QString &language, const QString &key, TranslationStatus status)
{
    domain::BilingualText *t = textOf(key);
    if (!t)
        return;
    auto translation = t->translation(language);
    if (translation && status == TranslationStatus::Reviewed) {
        // A review is a second person's: the translator's own is refused, and the box goes back.
        if (Status reviewed = domain::markReviewed(*t, language, m_translator, QDateTime::currentDateTimeUtc()); !reviewed) {
            QMessageBox::information(this, tr("Review"), reviewed.error().message);
            refresh();
            return;
        }
    } else if (translation && status == TranslationStatus::Missing) {
        t->removeTranslation(language);
    } else if (translation && status != TranslationStatus::Original) {
        translation->status = status;
        t->setTranslation(language, *translation);
    }
    refresh();
    Q_EMIT edited();
}

} // namespace trellis::gui
