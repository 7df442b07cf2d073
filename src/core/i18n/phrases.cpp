#include "i18n/phrases.h"

#include "i18n/iculocale.h"
#include "i18n/icucache.h"
#include "i18n/icustring.h"
#include "util/log.h"

#include <unicode/msgfmt.h>

namespace trellis::i18n {
namespace {

// MessageFormat is not safe to share between threads: a cached prototype per pattern, a clone per use.
IcuCache<icu::MessageFormat> &messageFormats()
{
    static IcuCache<icu::MessageFormat> cache;
    return cache;
}

} // namespace

Result<QString> formatPluralMessage(const QString &pattern, const ExactAmount &count, const QString &localeTag)
{
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    if (count.scale < 0 || count.scale > kMaxAmountScale)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An amount can have at most %1 decimals").arg(kMaxAmountScale));
    const icu::Locale l = *locale;
    UParseError where{};
    UErrorCode status = U_ZERO_ERROR;
    auto format = cloneOf(messageFormats().get(QString::fromLatin1(l.getName()) + u'\n' + pattern, [&] {
        auto f = std::make_unique<icu::MessageFormat>(toIcu(pattern), l, where, status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }));
    if (!format) {
        log::get("i18n")->warn("message pattern rejected: {} at offset {}", icuErrorName(status), where.offset);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The message pattern is malformed near position %1").arg(where.offset));
    }
    status = U_ZERO_ERROR;
    const std::string decimal = count.toDecimalString().toStdString();
    const icu::Formattable argument(icu::StringPiece(decimal), status);
    icu::UnicodeString text;
    icu::FieldPosition ignore;
    format->format(&argument, 1, text, ignore, status);
    if (U_FAILURE(status)) {
        log::get("i18n")->warn("message formatting failed: {}", icuErrorName(status));
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The message cannot be formatted"));
    }
    return fromIcu(text);
}

Result<QString> formatCount(CountedThing thing, const ExactAmount &count, const QString &localeTag)
{
    auto locale = icuLocaleFor(localeTag);
    if (!locale)
        return locale.error();
    QString pattern = countPattern(thing, QString::fromLatin1(locale->getLanguage()));
    if (pattern.isEmpty())
        pattern = countPattern(thing, QStringLiteral("en"));
    return formatPluralMessage(pattern, count, localeTag);
}

} // namespace trellis::i18n
