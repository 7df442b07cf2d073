#include "i18n/collation.h"

#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icustring.h"
#include "i18n/language.h"

#include <sqlite3.h>
#include <unicode/coll.h>
#include <unicode/locid.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace trellis::i18n {
namespace {

// Collators are thread-safe for compare() and getSortKey() once built: shared, never mutated.
IcuCache<icu::Collator> &collators()
{
    static IcuCache<icu::Collator> cache;
    return cache;
}

std::shared_ptr<const icu::Collator> collatorFor(const icu::Locale &locale)
{
    return collators().get(QString::fromLatin1(locale.getName()), [locale] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(locale, status));
        return U_SUCCESS(status) ? std::move(collator) : nullptr;
    });
}

std::shared_ptr<const icu::Collator> collatorForTag(const QString &tag)
{
    auto locale = icuLocaleFor(tag);
    return collatorFor(locale ? *locale : icu::Locale::getRoot());
}

// SQLite hands UTF-16 text in native byte order because the collation is registered as UTF16_ALIGNED.
int compareUtf16(void *context, int lengthA, const void *a, int lengthB, const void *b)
{
    const auto *collator = static_cast<const icu::Collator *>(context);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = collator->compare(static_cast<const UChar *>(a), lengthA / 2,
                                                 static_cast<const UChar *>(b), lengthB / 2, status);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

// Each registration owns a clone: SQLite frees it when the collation is replaced or the connection closes.
void destroyCollator(void *context) { delete static_cast<icu::Collator *>(context); }

Status registerOne(sqlite3 *db, const QString &name, const icu::Locale &locale)
{
    auto prototype = collatorFor(locale);
    std::unique_ptr<icu::Collator> collator(prototype ? prototype->clone() : nullptr);
    if (!collator)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("No collation for %1").arg(name));
    const int rc = sqlite3_create_collation_v2(db, name.toUtf8().constData(), SQLITE_UTF16_ALIGNED,
                                               collator.get(), &compareUtf16, &destroyCollator);
    if (rc != SQLITE_OK) // SQLite does not call destroyCollator when registration fails
        return makeError(ErrorCode::Storage, QStringLiteral("Cannot register the collation %1").arg(name), rc);
    collator.release(); // owned by SQLite now
    return {};
}

} // namespace

QString collationName(const QString &languageTag)
{
    auto canonical = canonicalLanguageTag(languageTag);
    QString name = (canonical ? *canonical : languageTag).toLower();
    name.replace(u'-', u'_');
    return QStringLiteral("trellis_") + name;
}

Status registerCollations(sqlite3 *db, const QStringList &languageTags)
{
    if (!db)
        return makeError(ErrorCode::Storage, QStringLiteral("The workspace is not open"));
    TRELLIS_TRY(registerOne(db, QStringLiteral("trellis_root"), icu::Locale::getRoot()));
    for (const QString &tag : languageTags) {
        auto locale = icuLocaleFor(tag);
        if (!locale)
            return locale.error();
        TRELLIS_TRY(registerOne(db, collationName(tag), *locale));
    }
    return {};
}

QByteArray sortKey(const QString &text, const QString &languageTag)
{
    auto collator = collatorForTag(languageTag);
    if (!collator)
        return text.toUtf8();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const int32_t length = int32_t(text.size());
    QByteArray key(qMax<qsizetype>(32, text.size() * 4), Qt::Uninitialized);
    int32_t needed = collator->getSortKey(chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = collator->getSortKey(chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    }
    key.resize(qMax(0, needed - 1)); // drop the terminating zero byte
    return key;
}

int compareTexts(const QString &a, const QString &b, const QString &languageTag)
{
    auto collator = collatorForTag(languageTag);
    if (!collator)
        return QString::compare(a, b) < 0 ? -1 : (a == b ? 0 : 1);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = collator->compare(toIcu(a), toIcu(b), status);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

void sortTexts(QStringList &texts, const QString &languageTag)
{
    std::vector<std::pair<QByteArray, QString>> keyed;
    keyed.reserve(std::size_t(texts.size()));
    for (const QString &text : std::as_const(texts))
        keyed.emplace_back(sortKey(text, languageTag), text);
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (qsizetype i = 0; i < texts.size(); ++i)
        texts[i] = std::move(keyed[std::size_t(i)].second);
}

} // namespace trellis::i18n
