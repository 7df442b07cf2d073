#pragma once
// The side-by-side view of one record in two languages: the single source that the GUI, the
// reports and the CLI use to lay out, format and count a record's bilingual texts.

#include "domain/bilingualtext.h"
#include "domain/ledgerentry.h"
#include "domain/partner.h"
#include "domain/protocol.h"
#include "domain/retro.h"
#include "i18n/language.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis::domain {

/// One text field of a record: a stable key ("name", "narrative", "step:2", "answer:3") and its text.
struct RecordField {
    QString key;
    BilingualText text;
};

/// What the side-by-side view needs of a record: its texts in display order, and the non-text
/// facts every column formats for its own locale.
struct RecordTexts {
    QList<RecordField> fields;
    std::optional<QDate> date;
    std::optional<Quantity> quantity;
};

/// The texts of each record kind, in the order an editor shows them. Contact notes are sensitive
/// and only included when asked for (the editor shows them; exports leave them out).
RecordTexts recordTexts(const Partner &partner, bool includeSensitive = false);
RecordTexts recordTexts(const LedgerEntry &entry);
RecordTexts recordTexts(const Retro &retro);
RecordTexts recordTexts(const ConflictProtocol &protocol);
RecordTexts recordTexts(const Incident &incident);
RecordTexts recordTexts(const Rehearsal &rehearsal);

/// One field as one column shows it. A missing text is empty and says so: it is never filled
/// from the other language.
struct ColumnField {
    QString key;
    QString text;                                      ///< empty when missing
    TranslationStatus status = TranslationStatus::Missing;
    bool written = false;                              ///< false: nobody wrote this field in any language
    bool isMissing() const { return status == TranslationStatus::Missing; }
};

/// One column: a language, its direction, its formatted facts and its fields.
struct SideBySideColumn {
    QString language;
    i18n::TextDirection direction = i18n::TextDirection::LeftToRight;
    QString date;     ///< formatted in the column's locale and calendar; empty without a date
    QString quantity; ///< formatted in the column's locale; empty without a quantity
    QList<ColumnField> fields;
    int readable = 0; ///< written fields readable in this language (original or any translation)
    int written = 0;  ///< fields written in some language
    /// Comprehension parity: the share of written fields readable here, rounded to a whole
    /// percent; nothing when the record has no written text.
    std::optional<int> parityPercent() const;
};

/// A record laid out in two languages.
struct SideBySide {
    SideBySideColumn first;
    SideBySideColumn second;
};

/// Lays out record in the languages first and second (canonical BCP 47 tags).
SideBySide sideBySide(const RecordTexts &record, const QString &first, const QString &second);

/// One column only (used by each side of sideBySide).
SideBySideColumn sideBySideColumn(const RecordTexts &record, const QString &language);

/// The quantity as language's readers write it: "12,5 horas", "۱۲٫۵ ساعت", "1.234,50 €";
/// an empty string for a narrative-only entry.
QString formatQuantity(const std::optional<Quantity> &quantity, const QString &language);

} // namespace trellis::domain
