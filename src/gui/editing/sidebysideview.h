#pragma once
// The side-by-side bilingual editor: two language columns over one record's texts, each laid out,
// formatted and counted by the core formatter (domain/sidebyside.h).

#include "domain/sidebyside.h"

#include <QWidget>

#include <functional>

class QLabel;

namespace trellis::gui {

class TextColumn;

/// Two columns over a record's bilingual texts; edits go back into the texts with their status.
class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget *parent = nullptr);

    void setWorkingLanguages(const QStringList &tags);
    void setLanguages(const QString &first, const QString &second);
    QPair<QString, QString> languages() const;
    /// The fields an editor shows: key and whether the text runs over several lines.
    void setFields(const QList<QPair<QString, bool>> &fields);
    void setRecord(const domain::RecordTexts &record);
    /// The record's date and quantity as the form holds them now (the columns format them as typed).
    void setFacts(const std::optional<QDate> &date, const std::optional<domain::Quantity> &quantity);
    /// Gives a field a label of its own in both columns.
    void setFieldTitle(const QString &key, const QString &title);
    const domain::RecordTexts &record() const { return m_record; }
    /// Who is recorded as translator of typed translations.
    void setTranslator(const QString &name) { m_translator = name; }
    void setReadOnly(bool readOnly);
    /// Originals locked, translations open (a published record).
    void setOriginalsLocked(bool locked);
    /// Locks one field's original (and its unwritten columns): the rest of the record stays open.
    void setFieldOriginalLocked(const QString &key, bool locked);
    /// Lines shown under the texts of each column, written for that column's language (e.g. a
    /// protocol's agreements: names and dates as the language writes them). Nothing hides them.
    using Listing = std::function<QStringList(const QString &language)>;
    void setListing(const QString &title, Listing lines);
    TextColumn *firstColumn() const { return m_first; }
    TextColumn *secondColumn() const { return m_second; }
    /// The text widgets in tab order: down the first column, then down the second.
    QList<QWidget *> tabOrder() const;
    /// The record's parity in the two languages, as one line ("fa 100% · es 50%").
    QString parityLine() const;

Q_SIGNALS:
    void edited();
    void languagesChosen(const QString &first, const QString &second);

private:
    void refresh();
    void applyText(const QString &language, const QString &key, const QString &text);
    void applyStatus(const QString &language, const QString &key, domain::TranslationStatus status);
    domain::BilingualText *textOf(const QString &key);

    domain::RecordTexts m_record;
    QString m_translator;
    QString m_listingTitle;
    Listing m_listing;
    TextColumn *m_first = nullptr;
    TextColumn *m_second = nullptr;
    QLabel *m_parity = nullptr;
};

} // namespace trellis::gui
