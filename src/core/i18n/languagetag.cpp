// Validation and canonical form of BCP 47 language tags (declared in language.h).
#include "i18n/language.h"

#include <unicode/calendar.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/numsys.h>
#include <unicode/strenum.h>
#include <unicode/uloc.h>

#include <QHash>

#include <memory>
#include <mutex>
#include <set>
#include <string>

namespace trellis::i18n {
namespace {

constexpr qsizetype kMaxTagLength = 64;
constexpr qsizetype kMaxRememberedTags = 256;

Error notATag(const QString &tag, const QString &why)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("\"%1\" is not a known language tag (%2; expected BCP 47, e.g. fa-IR or pt-BR)")
                         .arg(tag, why));
}

std::set<std::string> toSet(icu::StringEnumeration *values)
{
    std::set<std::string> set;
    std::unique_ptr<icu::StringEnumeration> owned(values);
    UErrorCode status = U_ZERO_ERROR;
    if (!owned)
        return set;
    while (const char *value = owned->next(nullptr, status)) {
        if (U_FAILURE(status))
            break;
        set.insert(value);
    }
    return set;
}

const std::set<std::string> &knownCalendars()
{
    static const std::set<std::string> calendars = [] {
        UErrorCode status = U_ZERO_ERROR;
        return toSet(icu::Calendar::getKeywordValuesForLocale("calendar", icu::Locale::getRoot(), false, status));
    }();
    return calendars;
}

const std::set<std::string> &knownCollations()
{
    static const std::set<std::string> collations = [] {
        UErrorCode status = U_ZERO_ERROR;
        return toSet(icu::Collator::getKeywordValues("collation", status));
    }();
    return collations;
}

bool isKnownNumberingSystem(const char *name)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberingSystem> ns(icu::NumberingSystem::createInstanceByName(name, status));
    return U_SUCCESS(status) && ns;
}

/// A subtag ICU has an English name for is one it knows; unknown ones come back unchanged.
bool hasEnglishName(const icu::UnicodeString &name, const char *code)
{
    return !name.isEmpty() && name != icu::UnicodeString(code, -1, US_INV);
}

// Why the keyword is unacceptable, or an empty string when it is fine.
QString keywordProblem(const char *key, const std::string &value)
{
    const std::string k(key);
    if (value == "yes") // ICU's stand-in for a key without a value ("en-u-ca")
        return QStringLiteral("the keyword \"%1\" has no value").arg(QString::fromLatin1(key));
    if (k == "calendar" && !knownCalendars().count(value))
        return QStringLiteral("the calendar \"%1\" is unknown").arg(QString::fromStdString(value));
    if (k == "collation" && !knownCollations().count(value))
        return QStringLiteral("the collation \"%1\" is unknown").arg(QString::fromStdString(value));
    if (k == "numbers" && !isKnownNumberingSystem(value.c_str()))
        return QStringLiteral("the digits \"%1\" are unknown").arg(QString::fromStdString(value));
    return {};
}

QString localeProblem(const icu::Locale &locale)
{
    const icu::Locale &english = icu::Locale::getEnglish();
    icu::UnicodeString name;
    if (!*locale.getLanguage() || !hasEnglishName(locale.getDisplayLanguage(english, name), locale.getLanguage()))
        return QStringLiteral("the language is unknown");
    if (*locale.getScript() && !hasEnglishName(locale.getDisplayScript(english, name), locale.getScript()))
        return QStringLiteral("the script is unknown");
    const std::string region = locale.getCountry();
    if (!region.empty() && (region == "ZZ" || !hasEnglishName(locale.getDisplayCountry(english, name), region.c_str())))
        return QStringLiteral("the region is unknown");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> keys(locale.createKeywords(status));
    while (keys && U_SUCCESS(status)) {
        const char *key = keys->next(nullptr, status);
        if (!key || U_FAILURE(status))
            break;
        UErrorCode valueStatus = U_ZERO_ERROR;
        const std::string value = locale.getKeywordValue<std::string>(key, valueStatus);
        if (U_FAILURE(valueStatus))
            return QStringLiteral("an extension is malformed");
        if (QString problem = keywordProblem(key, value); !problem.isEmpty())
            return problem;
    }
    return {};
}

Result<QString> checkLanguageTag(const QString &tag)
{
    QString trimmed = tag.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The language tag is empty (expected BCP 47, e.g. fa-IR or pt-BR)"));
    if (trimmed.size() > kMaxTagLength)
        return notATag(trimmed.left(kMaxTagLength) + QStringLiteral("…"), QStringLiteral("it is too long"));
    for (QChar c : trimmed) {
        if (!(c.unicode() < 128 && c.isLetterOrNumber()) && c != u'-' && c != u'_')
            return notATag(trimmed, QStringLiteral("it may hold only Latin letters, digits and hyphens"));
    }
    trimmed.replace(u'_', u'-'); // "pt_BR" is a common spelling of "pt-BR"
    const std::string input = trimmed.toStdString();
    char buffer[ULOC_FULLNAME_CAPACITY];
    int32_t parsed = 0;
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_forLanguageTag(input.c_str(), buffer, sizeof buffer, &parsed, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || length <= 0
        || parsed != int32_t(input.size()))
        return notATag(trimmed, QStringLiteral("it is malformed"));
    status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::createCanonical(buffer);
    if (locale.isBogus())
        return notATag(trimmed, QStringLiteral("it is malformed"));
    if (QString problem = localeProblem(locale); !problem.isEmpty())
        return notATag(trimmed, problem);
    std::string canonical = locale.toLanguageTag<std::string>(status);
    if (U_FAILURE(status) || canonical.empty() || canonical == "und")
        return notATag(trimmed, QStringLiteral("it is malformed"));
    // A canonical form must pass this same check, or it would be handed out and then refused
    // wherever it is checked again (ICU can lengthen private-use and extension subtags).
    const QString result = QString::fromStdString(canonical);
    if (result.size() > kMaxTagLength)
        return notATag(trimmed, QStringLiteral("its canonical form is too long"));
    return result;
}

} // namespace

Result<QString> canonicalLanguageTag(const QString &tag)
{
    // Every formatter validates its tag, so remember the verdict for the few tags a workspace uses.
    static std::mutex mutex;
    static QHash<QString, Result<QString>> verdicts;
    {
        std::lock_guard lock(mutex);
        if (auto it = verdicts.constFind(tag); it != verdicts.constEnd())
            return *it;
    }
    Result<QString> verdict = checkLanguageTag(tag);
    std::lock_guard lock(mutex);
    if (verdicts.size() >= kMaxRememberedTags)
        verdicts.clear();
    verdicts.insert(tag, verdict);
    return verdict;
}

bool isValidLanguageTag(const QString &tag) { return canonicalLanguageTag(tag).ok(); }

} // namespace trellis::i18n
