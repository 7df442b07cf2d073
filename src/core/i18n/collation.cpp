#include "i18n/collation.h"

#include <sqlite3.h>
#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>

namespace trellis::i18n {
namespace {

int compareUtf16(void *context, int lengthA, const void *a, int lengthB, const void *b)
{
    auto *collator = static_cast<icu::Collator *>(context);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = collator->compare(static_cast<const UChar *>(a), lengthA / 2,
                                                 static_cast<const UChar *>(b), lengthB / 2, status);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

void destroyCollator(void *context) { delete static_cast<icu::Collator *>(context); }

Status registerOne(sqlite3 *db, const QString &name, const icu::Locale &locale)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No collation for %1").arg(name));
    const int rc = sqlite3_create_collation_v2(db, name.toUtf8().constData(), SQLITE_UTF16_ALIGNED,
                                               collator.get(), &compareUtf16, &destroyCollator);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, QStringLiteral("Cannot register the collation %1").arg(name), rc);
    collator.release(); // owned by SQLite now
    return {};
}

} // namespace

QString collationName(const QString &languageTag)
{
    QString name = languageTag.toLower();
    name.replace(u'-', u'_');
    return QStringLiteral("trellis_") + name;
}

Status registerCollations(sqlite3 *db, const QStringList &languageTags)
{
    TRELLIS_TRY(registerOne(db, QStringLiteral("trellis_root"), icu::Locale::getRoot()));
    for (const QString &tag : languageTags) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale = icu::Locale::forLanguageTag(tag.toStdString(), status);
        if (U_FAILURE(status))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a language tag").arg(tag));
        TRELLIS_TRY(registerOne(db, collationName(tag), locale));
    }
    return {};
}

} // namespace trellis::i18n
