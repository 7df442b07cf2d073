#include "i18n/currency.h"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <QSet>

namespace trellis::i18n {
namespace {

const QSet<QString> &knownCodes()
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        UErrorCode status = U_ZERO_ERROR;
        UEnumeration *all = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
        if (U_SUCCESS(status)) {
            int32_t length = 0;
            while (const char *code = uenum_next(all, &length, &status)) {
                if (U_FAILURE(status))
                    break;
                set.insert(QString::fromLatin1(code, length));
            }
        }
        uenum_close(all);
        return set;
    }();
    return codes;
}

} // namespace

bool isCurrencyCode(const QString &code)
{
    return code.size() == 3 && knownCodes().contains(code);
}

int currencyFractionDigits(const QString &code)
{
    const std::u16string iso(reinterpret_cast<const char16_t *>(code.utf16()), std::size_t(code.size()));
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits = ucurr_getDefaultFractionDigits(reinterpret_cast<const UChar *>(iso.c_str()), &status);
    return U_SUCCESS(status) ? digits : 2;
}

} // namespace trellis::i18n
