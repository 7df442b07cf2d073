#include "i18n/wordcount.h"

#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icustring.h"

#include <unicode/brkiter.h>

namespace trellis::i18n {
namespace {

// Break iterators hold their position: a prototype per locale, a clone per count.
IcuCache<icu::BreakIterator> &wordBreakers()
{
    static IcuCache<icu::BreakIterator> cache;
    return cache;
}

bool isWordSegment(int32_t ruleStatus)
{
    // UBRK_WORD_NUMBER (100) up to UBRK_WORD_IDEO_LIMIT (500): numbers, letters, kana, ideographs.
    return ruleStatus >= UBRK_WORD_NUMBER && ruleStatus < UBRK_WORD_IDEO_LIMIT;
}

} // namespace

Result<qsizetype> countWords(const QString &text, const QString &languageTag)
{
    auto locale = icuLocaleFor(languageTag);
    if (!locale)
        return locale.error();
    if (text.isEmpty())
        return qsizetype(0);
    const icu::Locale l = *locale;
    auto breaker = cloneOf(wordBreakers().get(QString::fromLatin1(l.getName()), [l] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(l, status));
        return U_SUCCESS(status) ? std::move(b) : nullptr;
    }));
    if (!breaker)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Words cannot be counted for %1").arg(languageTag));
    const icu::UnicodeString s = toIcu(text);
    breaker->setText(s);
    qsizetype words = 0;
    breaker->first();
    while (breaker->next() != icu::BreakIterator::DONE) {
        if (isWordSegment(breaker->getRuleStatus()))
            ++words;
    }
    return words;
}

} // namespace trellis::i18n
