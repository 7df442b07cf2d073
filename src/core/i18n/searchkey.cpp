#include "i18n/searchkey.h"

#include "i18n/icucache.h"
#include "i18n/icustring.h"
#include "util/log.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>

#include <QHash>

#include <array>
#include <utility>

namespace trellis::i18n {
namespace {

// "Null;" first: a filter at the very start of a compound ID would filter the whole chain, so the
// [:Cyrillic:] filter would keep Any-Latin away from every other script.
constexpr char16_t kToLatin[] = u"Null; [:Cyrillic:] Russian-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower";

std::unique_ptr<icu::Transliterator> makeToLatin()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString(kToLatin), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        log::get("i18n")->error("search-key transliterator unavailable: {}", u_errorName(status));
        return nullptr;
    }
    return t;
}

// Transliterators are not thread-safe: each thread transliterates with its own clone.
icu::Transliterator *toLatin()
{
    static IcuCache<icu::Transliterator> cache;
    thread_local std::unique_ptr<icu::Transliterator> mine = cloneOf(cache.get(QStringLiteral("latin"), makeToLatin));
    return mine.get();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'"' || c == u'`' || c == u'\u2019' || c == u'\u02B9' || c == u'\u02BA' || c == u'\u02BC';
}

void replaceAll(QString &s, const std::array<std::pair<QLatin1String, QLatin1String>, 7> &rules)
{
    for (const auto &[from, to] : rules)
        s.replace(from, to);
}

} // namespace

QString computeSearchKey(const QString &text);

QString foldSpellingVariants(const QString &asciiLower)
{
    QString s = asciiLower;
    replaceAll(s, {{{QLatin1String("kh"), QLatin1String("h")},
                    {QLatin1String("ae"), QLatin1String("a")},
                    {QLatin1String("oe"), QLatin1String("o")},
                    {QLatin1String("ue"), QLatin1String("u")},
                    {QLatin1String("j"), QLatin1String("i")},
                    {QLatin1String("y"), QLatin1String("i")},
                    {QLatin1String("w"), QLatin1String("v")}}});
    s.replace(QLatin1String("iou"), QLatin1String("iu"));
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (!out.isEmpty() && out.back() == c && c.isLetter())
            continue;
        out.append(c);
    }
    return out;
}

QString searchKey(const QString &text)
{
    // Ledgers repeat their narratives ("Strike fund transfer", "Hosting the envoy"): remember the
    // latest keys per thread, since transliteration costs far more than a lookup.
    constexpr qsizetype kRemembered = 4096;
    thread_local QHash<QString, QString> remembered;
    if (const auto it = remembered.constFind(text); it != remembered.constEnd())
        return *it;
    if (remembered.size() >= kRemembered)
        remembered.clear();
    QString key = computeSearchKey(text);
    remembered.insert(text, key);
    return key;
}

QString computeSearchKey(const QString &text)
{
    return foldSpellingVariants(latinForm(text));
}

QString latinForm(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkcCasefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
    icu::UnicodeString s = U_SUCCESS(status) ? nfkcCasefold->normalize(toIcu(text), status) : toIcu(text).foldCase();
    if (U_FAILURE(status))
        s = toIcu(text).foldCase();
    // ASCII after case folding is already Latin, ASCII and lower case: the transliterator would
    // return it unchanged, at a high price. Most stored texts take this path.
    bool ascii = true;
    for (int32_t i = 0; i < s.length() && ascii; ++i)
        ascii = s.charAt(i) < 0x80;
    if (!ascii) {
        if (auto *t = toLatin())
            t->transliterate(s);
    }
    const QString latin = fromIcu(s);

    QString cleaned;
    cleaned.reserve(latin.size());
    for (qsizetype i = 0; i < latin.size(); ++i) {
        const QChar c = latin[i];
        if (isApostrophe(c))
            continue;
        if (c.isHighSurrogate() && i + 1 < latin.size() && latin[i + 1].isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, latin[i + 1]);
            if (QChar::isLetterOrNumber(code))
                cleaned.append(c).append(latin[i + 1]);
            else if (!cleaned.endsWith(u' '))
                cleaned.append(u' ');
            ++i;
            continue;
        }
        if (c.isLetterOrNumber() || c.isMark())
            cleaned.append(c);
        else if (!cleaned.isEmpty() && !cleaned.endsWith(u' '))
            cleaned.append(u' ');
    }
    return cleaned.trimmed();
}

} // namespace trellis::i18n
