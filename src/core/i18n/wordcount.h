#pragma once
// Word counts by ICU word-break rules, to size translation work in any script (Thai, Chinese, Japanese too).

#include "util/result.h"

#include <QString>

#include <memory>

namespace trellis::i18n {

/// The number of words in text as the language's word-break rules segment it: letters, numbers,
/// kana and ideographic words count; spaces, punctuation and symbols do not. Thai, Lao, Khmer,
/// Burmese, Chinese and Japanese are split with ICU's dictionaries: "ภาษาไทยเป็นภาษาที่สวยงาม" -> 6.
/// An invalid tag is an error; an empty text has 0 words.
Result<qsizetype> countWords(const QString &text, const QString &languageTag);

/// Counts the words of many texts as countWords() does, keeping one word breaker per language:
/// for lists of thousands of texts (the translation queue). Not thread-safe; one per thread.
class WordCounter {
public:
    WordCounter();
    ~WordCounter();
    WordCounter(const WordCounter &) = delete;
    WordCounter &operator=(const WordCounter &) = delete;
    Result<qsizetype> count(const QString &text, const QString &languageTag);

private:
    struct Breakers;
    std::unique_ptr<Breakers> m_breakers;
};

} // namespace trellis::i18n
