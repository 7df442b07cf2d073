#include "i18n/wordcount.h"

#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icustring.h"

#include <QHash>

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

/// A word breaker of its own for a language (a clone of the shared prototype).
Result<std::unique_ptr<icu::BreakIterator>> wordBreaker(const QString &languageTag)
{
    auto locale = icuLocaleFor(languageTag);
    if (!locale)
        return locale.error();
    const icu::Locale l = *locale;
    auto breaker = cloneOf(wordBreakers().get(QString::fromLatin1(l.getName()), [l] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(l, status));
        return U_SUCCESS(status) ? std::move(b) : nullptr;
    }));
    if (!breaker)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Words cannot be counted for %1").arg(languageTag));
    return breaker;
}

qsizetype countWith(icu::BreakIterator &breaker, const QString &text)
{
    if (text.isEmpty())
        return 0;
    const icu::UnicodeString s = toIcu(text);
    breaker.setText(s);
    qsizetype words = 0;
    breaker.first();
    while (breaker.next() != icu::BreakIterator::DONE) {
        if (isWordSegment(breaker.getRuleStatus()))
            ++words;
    }
    return words;
}

} // namespace

Result<qsizetype> countWords(const QString &text, const QString &languageTag)
{
    auto breaker = wordBreaker(languageTag);
    if (!breaker)
        return breaker.error();
    return countWith(**breaker, text);
}

struct WordCounter::Breakers {
    QHash<QString, std::shared_ptr<icu::BreakIterator>> byTag; ///< null for a tag ICU refused
    QHash<QString, Error> refused;
};

WordCounter::WordCounter() : m_breakers(std::make_unique<Breakers>()) {}
WordCounter::~WordCounter() = default;

Result<qsizetype> WordCounter::count(const QString &text, const QString &languageTag)
{
    if (const auto error = m_breakers->refused.constFind(languageTag); error != m_breakers->refused.constEnd())
        return *error;
    auto found = m_breakers->byTag.constFind(languageTag);
    if (found == m_breakers->byTag.constEnd()) {
        auto breaker = wordBreaker(languageTag);
        if (!breaker) {
            m_breakers->refused.insert(languageTag, breaker.error());
            return breaker.error();
        }
        found = m_breakers->byTag.insert(languageTag, std::shared_ptr<icu::BreakIterator>(std::move(*breaker)));
    }
    return countWith(**found, text);
}

} // namespace trellis::i18n
