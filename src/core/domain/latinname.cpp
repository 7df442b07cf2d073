#include "domain/latinname.h"

#include "i18n/icustring.h"

#include <unicode/translit.h>

#include <memory>
#include <mutex>

namespace trellis::domain {

QString latinName(const QString &name)
{
    static std::mutex mutex;
    static std::unique_ptr<icu::Transliterator> toLatin = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Any-Latin; NFC", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    if (!toLatin)
        return name;
    icu::UnicodeString s = i18n::toIcu(name);
    {
        std::lock_guard lock(mutex);
        toLatin->transliterate(s);
    }
    return i18n::fromIcu(s);
}

} // namespace trellis::domain
