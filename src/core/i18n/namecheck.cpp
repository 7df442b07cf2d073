#include "i18n/namecheck.h"

#include "i18n/icustring.h"

#include <unicode/uchar.h>
#include <unicode/uspoof.h>

#include <memory>

namespace trellis::i18n {
namespace {

struct SpoofCheckerDeleter {
    void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
};

// A configured USpoofChecker is safe to use from several threads: built once, never changed.
const USpoofChecker *spoofChecker()
{
    static const std::unique_ptr<USpoofChecker, SpoofCheckerDeleter> checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<USpoofChecker, SpoofCheckerDeleter> c(uspoof_open(&status));
        uspoof_setRestrictionLevel(c.get(), USPOOF_MODERATELY_RESTRICTIVE);
        uspoof_setChecks(c.get(), USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS | USPOOF_CONFUSABLE,
                         &status);
        return U_SUCCESS(status) ? std::move(c) : nullptr;
    }();
    return checker.get();
}

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

bool hasDefaultIgnorable(const QString &text)
{
    for (char32_t c : text.toUcs4()) {
        if (!isBidiControl(char16_t(c)) && u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
            return true;
    }
    return false;
}

} // namespace

QStringList NameWarnings::descriptions() const
{
    QStringList out;
    if (bidiControls)
        out << QStringLiteral("The name contains hidden characters that change the direction of the text.");
    if (invisible)
        out << QStringLiteral("The name contains invisible characters.");
    if (mixedScripts)
        out << QStringLiteral("The name mixes letters from different alphabets that look alike.");
    if (mixedDigits)
        out << QStringLiteral("The name mixes digits from different number systems.");
    if (malformed)
        out << QStringLiteral("The name contains broken characters.");
    return out;
}

bool hasBidiControls(const QString &text)
{
    for (QChar c : text) {
        if (isBidiControl(c.unicode()))
            return true;
    }
    return false;
}

NameWarnings checkName(const QString &name)
{
    NameWarnings w;
    w.bidiControls = hasBidiControls(name);
    w.malformed = hasLoneSurrogate(name);
    w.invisible = hasDefaultIgnorable(name);
    if (const USpoofChecker *checker = spoofChecker(); checker && !w.malformed) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t result = uspoof_check(checker, reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()),
                                            nullptr, &status);
        if (U_SUCCESS(status)) {
            w.mixedScripts = (result & USPOOF_RESTRICTION_LEVEL) != 0;
            w.mixedDigits = (result & USPOOF_MIXED_NUMBERS) != 0;
            w.invisible = w.invisible || (result & USPOOF_INVISIBLE) != 0;
        }
    }
    return w;
}

QString confusableSkeleton(const QString &name)
{
    // Invisible characters and spacing are not what a reader sees: drop them, then fold case.
    QString visible;
    for (char32_t c : name.toUcs4()) {
        if (u_hasBinaryProperty(UChar32(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT) || isBidiControl(char16_t(c)))
            continue;
        if (u_isUWhiteSpace(UChar32(c))) {
            if (!visible.isEmpty() && !visible.endsWith(u' '))
                visible.append(u' ');
            continue;
        }
        visible.append(QString::fromUcs4(&c, 1));
    }
    icu::UnicodeString folded = toIcu(visible.trimmed());
    folded.foldCase();
    const USpoofChecker *checker = spoofChecker();
    if (!checker)
        return fromIcu(folded);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(checker, 0, folded, skeleton, &status);
    if (U_FAILURE(status))
        return fromIcu(folded);
    // The skeleton mapping can produce upper-case prototypes again; fold once more for stability.
    return fromIcu(skeleton.foldCase());
}

bool areConfusable(const QString &a, const QString &b)
{
    const QString sa = confusableSkeleton(a);
    return !sa.isEmpty() && sa == confusableSkeleton(b);
}

} // namespace trellis::i18n
