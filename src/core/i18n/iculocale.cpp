#include "i18n/iculocale.h"

#include "i18n/language.h"

#include <unicode/utypes.h>

namespace trellis::i18n {

Result<icu::Locale> icuLocaleFor(const QString &tag)
{
    auto canonical = canonicalLanguageTag(tag);
    if (!canonical)
        return canonical.error();
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(canonical->toStdString(), status);
    if (U_FAILURE(status) || locale.isBogus())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a usable language tag").arg(*canonical));
    return locale;
}

const char *icuErrorName(int status) { return u_errorName(static_cast<UErrorCode>(status)); }

} // namespace trellis::i18n
