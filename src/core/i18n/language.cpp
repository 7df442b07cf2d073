#include "i18n/language.h"

#include "i18n/icustring.h"

#include <unicode/locid.h>
#include <unicode/uloc.h>

namespace trellis::i18n {

Result<QString> canonicalLanguageTag(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    auto invalid = [&] {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a known language tag (expected BCP 47, e.g. fa-IR or pt-BR)").arg(trimmed));
    };
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return invalid();
    for (QChar c : trimmed) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return invalid();
    }
    UErrorCode status = U_ZERO_ERROR;
    const std::string input = trimmed.toStdString();
    icu::Locale locale = icu::Locale::forLanguageTag(input, status);
    if (U_FAILURE(status) || locale.isBogus())
        return invalid();
    // Known language: ICU has a display name for it and an ISO 639 code.
    const char *language = locale.getLanguage();
    if (!language || !*language || !locale.getISO3Language() || !*locale.getISO3Language())
        return invalid();
    status = U_ZERO_ERROR;
    locale.canonicalize(status);
    if (U_FAILURE(status))
        return invalid();
    status = U_ZERO_ERROR;
    std::string canonical = locale.toLanguageTag<std::string>(status);
    if (U_FAILURE(status) || canonical.empty() || canonical == "und")
        return invalid();
    return QString::fromStdString(canonical);
}

bool isRightToLeft(const QString &tag)
{
    const std::string input = tag.toStdString();
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(input, status);
    if (U_FAILURE(status))
        return false;
    return locale.isRightToLeft();
}

QString languageDisplayName(const QString &tag, const QString &displayLanguage)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(tag.toStdString(), status);
    status = U_ZERO_ERROR;
    const icu::Locale display = icu::Locale::forLanguageTag(displayLanguage.toStdString(), status);
    icu::UnicodeString name;
    locale.getDisplayName(display, name);
    return fromIcu(name);
}

} // namespace trellis::i18n
