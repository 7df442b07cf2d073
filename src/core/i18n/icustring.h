#pragma once
// Zero-surprise conversions between QString and ICU's UnicodeString (both UTF-16).

#include <QString>

#include <unicode/unistr.h>

namespace trellis::i18n {

inline icu::UnicodeString toIcu(const QString &s)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
}

inline QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace trellis::i18n
