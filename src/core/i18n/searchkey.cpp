#include "i18n/searchkey.h"

#include "i18n/icustring.h"

#include <unicode/translit.h>

#include <memory>
#include <mutex>

namespace trellis::i18n {
namespace {

icu::Transliterator *toLatinAscii()
{
    static std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            "NFKC; Any-Latin; Latin-ASCII; Lower; NFC", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

std::mutex &transliteratorMutex()
{
    static std::mutex m;
    return m;
}

} // namespace

QString searchKey(const QString &text)
{
    icu::UnicodeString s = toIcu(text);
    if (auto *t = toLatinAscii()) {
        std::lock_guard lock(transliteratorMutex());
        t->transliterate(s);
    } else {
        s.foldCase();
    }
    return fromIcu(s);
}

} // namespace trellis::i18n
