#include "i18n/language.h"
#include "i18n/countryname.h"

#include "i18n/icustring.h"

#include <unicode/locid.h>

namespace trellis::i18n {

bool isRightToLeft(const QString &tag)
{
    auto canonical = canonicalLanguageTag(tag);
    if (!canonical)
        return false;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(canonical->toStdString(), status);
    return U_SUCCESS(status) && locale.isRightToLeft();
}

TextDirection textDirection(const QString &tag)
{
    return isRightToLeft(tag) ? TextDirection::RightToLeft : TextDirection::LeftToRight;
}

QString languageDisplayName(const QString &tag, const QString &displayLanguage)
{
    auto canonical = canonicalLanguageTag(tag);
    if (!canonical)
        return tag.trimmed();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(canonical->toStdString(), status);
    auto display = canonicalLanguageTag(displayLanguage);
    status = U_ZERO_ERROR;
    const icu::Locale in = display ? icu::Locale::forLanguageTag(display->toStdString(), status) : icu::Locale::getEnglish();
    icu::UnicodeString name;
    locale.getDisplayName(U_SUCCESS(status) ? in : icu::Locale::getEnglish(), name);
    return fromIcu(name);
}

QString languageAutonym(const QString &tag) { return languageDisplayName(tag, tag); }

QString countryDisplayName(const QString &code, const QString &displayLanguage)
{
    const QString region = code.trimmed().toUpper();
    if (region.size() != 2 || !region.at(0).isLetter() || !region.at(1).isLetter())
        return {};
    const icu::Locale country("", region.toLatin1().constData());
    auto display = canonicalLanguageTag(displayLanguage);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale in = display ? icu::Locale::forLanguageTag(display->toStdString(), status) : icu::Locale::getEnglish();
    icu::UnicodeString name;
    country.getDisplayCountry(U_SUCCESS(status) ? in : icu::Locale::getEnglish(), name);
    const QString result = fromIcu(name);
    return result == region ? QString() : result; // ICU echoes a code it has no name for
}

} // namespace trellis::i18n
