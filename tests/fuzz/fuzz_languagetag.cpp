// libFuzzer target: BCP 47 language tags (workspace languages, import rows, the --languages option).
// A tag is refused with a reason or canonicalised; canonical tags are valid and canonical again.
#include "fuzzsupport.h"

#include "i18n/language.h"

using namespace trellis;
using trellis::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString tag = fuzz::text(data, size);
    auto canonical = i18n::canonicalLanguageTag(tag);
    if (!canonical) {
        require(!canonical.error().message.isEmpty(), "a refused tag says why");
        return 0;
    }
    require(!canonical->isEmpty(), "a canonical tag is not empty");
    require(i18n::isValidLanguageTag(*canonical), "a canonical tag is valid");
    auto again = i18n::canonicalLanguageTag(*canonical);
    require(again.ok() && *again == *canonical, "canonicalising is idempotent");
    (void)i18n::textDirection(*canonical);
    require(!i18n::languageDisplayName(*canonical, QStringLiteral("en")).isEmpty(), "a valid tag has a display name");
    (void)i18n::languageAutonym(*canonical);
    return 0;
}
