#include "domain/partner.h"

#include "domain/latinname.h"
#include "i18n/language.h"
#include "i18n/namecheck.h"
#include "util/text.h"

#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <QSet>
#include <QTextBoundaryFinder>

namespace trellis::domain {
namespace {

/// The longest name (in each language, and the Latin form), in letters as a reader counts them
/// (a letter with its marks is one): a name, not a description, and still one line in a list.
constexpr qsizetype kMaxNameLength = 200;

bool isCountryCode(const QString &code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> set;
        for (const char *const *c = icu::Locale::getISOCountries(); *c; ++c)
            set.insert(QString::fromLatin1(*c));
        return set;
    }();
    return codes.contains(code);
}

/// Letters as a reader counts them: grapheme clusters (a base letter with its marks is one).
qsizetype letterCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

Status checkNameLength(const QString &text, const QString &what)
{
    const qsizetype letters = letterCount(text);
    if (letters <= kMaxNameLength)
        return {};
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 is too long: %2 letters, and a name has at most %3 (put the rest in the goals)")
                         .arg(what).arg(letters).arg(kMaxNameLength));
}

bool isTimeZone(const QString &id)
{
    icu::UnicodeString canonical;
    UBool isSystem = false;
    UErrorCode status = U_ZERO_ERROR;
    icu::TimeZone::getCanonicalID(icu::UnicodeString(reinterpret_cast<const UChar *>(id.utf16()), int32_t(id.size())),
                                  canonical, isSystem, status);
    return U_SUCCESS(status) && isSystem;
}

} // namespace

QString partnerKindKey(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::Movement: return QStringLiteral("movement");
    case PartnerKind::Union: return QStringLiteral("union");
    case PartnerKind::Collective: return QStringLiteral("collective");
    case PartnerKind::Envoy: return QStringLiteral("envoy");
    case PartnerKind::Other: return QStringLiteral("other");
    }
    return QString();
}

std::optional<PartnerKind> partnerKindFromKey(const QString &key)
{
    for (auto k : {PartnerKind::Movement, PartnerKind::Union, PartnerKind::Collective, PartnerKind::Envoy,
                   PartnerKind::Other}) {
        if (partnerKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

Status Partner::normalise()
{
    if (name.original().trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A partner needs a name"));
    TRELLIS_TRY(name.normalise(QStringLiteral("Name")));
    for (const QString &language : name.languages())
        TRELLIS_TRY(checkNameLength(*name.textIn(language), QStringLiteral("The name (%1)").arg(language)));
    // Hidden direction controls make a name read differently from what it is (U+202E and kin).
    for (const QString &language : name.languages()) {
        if (i18n::hasBidiControls(*name.textIn(language)))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The name contains hidden text-direction characters (such as U+202E); "
                                            "remove them so the name reads as it is"));
    }
    TRELLIS_TRY(goals.normalise(QStringLiteral("Goals")));
    TRELLIS_TRY(contactNotes.normalise(QStringLiteral("Contact notes")));
    country = country.trimmed().toUpper();
    if (!country.isEmpty() && !isCountryCode(country))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not an ISO 3166 country code (e.g. IR, BR, LK)").arg(country));
    QStringList canonical;
    for (const QString &tag : languages) {
        auto c = i18n::canonicalLanguageTag(tag);
        if (!c)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Languages: ") + c.error().message);
        if (!canonical.contains(*c))
            canonical << *c;
    }
    languages = canonical;
    if (!locale.trimmed().isEmpty()) {
        auto c = i18n::canonicalLanguageTag(locale);
        if (!c)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Locale: ") + c.error().message);
        locale = *c;
    } else {
        locale.clear();
    }
    timeZone = timeZone.trimmed();
    if (!timeZone.isEmpty() && !isTimeZone(timeZone))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a time zone (e.g. Asia/Tehran, America/Recife)").arg(timeZone));
    auto latin = cleanText(nameLatin.trimmed(), QStringLiteral("Latin name"));
    if (!latin)
        return latin.error();
    TRELLIS_TRY(checkNameLength(*latin, QStringLiteral("The Latin name")));
    nameLatin = latin->isEmpty() ? latinName(name.original()) : *latin;
    return {};
}

} // namespace trellis::domain
