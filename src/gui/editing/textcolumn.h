#pragma once
// One language column of the side-by-side editor: the language picker, the record's facts
// formatted for that language, and every text field, laid out in the language's direction.

#include "domain/sidebyside.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace trellis::gui {

class FieldEdit;

/// A column in one language; shows what the core formatter produced for it.
class TextColumn : public QWidget {
    Q_OBJECT
public:
    TextColumn(const QString &role, QWidget *parent = nullptr);

    void setLanguages(const QStringList &tags);
    void setLanguage(const QString &tag);
    QString language() const;
    /// Builds one FieldEdit per field (key, multiline).
    void setFields(const QList<QPair<QString, bool>> &fields);
    /// Shows the formatter's column (texts, statuses, date, quantity, parity).
    void showColumn(const domain::SideBySideColumn &column);
    void setReadOnly(bool readOnly);
    void setOriginalsLocked(bool locked);
    /// A list under the texts, already written for this column's language; no lines hides it.
    void showListing(const QString &title, const QStringList &lines);
    QList<FieldEdit *> fields() const { return m_fields; }
    FieldEdit *field(const QString &key) const;
    QComboBox *picker() const { return m_picker; }

Q_SIGNALS:
    void languageChosen(const QString &tag);
    void textEdited(const QString &key, const QString &text);
    void statusChosen(const QString &key, domain::TranslationStatus status);

private:
    QComboBox *m_picker = nullptr;
    QLabel *m_parity = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_quantity = nullptr;
    QLabel *m_listingTitle = nullptr;
    QLabel *m_listing = nullptr;
    QVBoxLayout *m_fieldLayout = nullptr;
    QList<FieldEdit *> m_fields;
    bool m_readOnly = false;
    bool m_originalsLocked = false;
};

} // namespace trellis::gui
