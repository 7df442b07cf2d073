// libFuzzer target: dates and decimals in every format the import and the editors accept.
// Every parse either refuses with a reason or gives a value that formats and parses back to itself.
#include "fuzzsupport.h"

#include "i18n/amount.h"
#include "io/datefield.h"
#include "io/decimal.h"

using namespace trellis;
using trellis::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int scale = data[0] % (i18n::kMaxAmountScale + 2); // one beyond the largest: refused
    const QString text = fuzz::text(data + 1, size - 1);

    static const io::DecimalStyle kStyles[] = {{QLatin1Char('.'), QLatin1Char(',')}, {QLatin1Char(','), QLatin1Char('.')},
                                               {QLatin1Char(','), QLatin1Char(' ')}, {QLatin1Char('.'), QChar()},
                                               {QLatin1Char('.'), QLatin1Char('\'')}};
    for (const auto &style : kStyles) {
        for (auto negatives : {io::NegativeNumbers::Reject, io::NegativeNumbers::Allow}) {
            auto minor = io::parseDecimal(text, style, scale, negatives);
            if (!minor) {
                require(!minor.error().message.isEmpty(), "a refused decimal says why");
                // Short texts (")." or "12") occur in any sentence; a long one appearing is the text repeated.
                require(text.size() < 8 || !minor.error().message.contains(text), "a refusal does not repeat the text");
                continue;
            }
            require(negatives == io::NegativeNumbers::Allow || *minor >= 0, "negatives only when allowed");
            auto again = io::parseDecimal(io::formatDecimal(*minor, scale), kStyles[3], scale, io::NegativeNumbers::Allow);
            require(again.ok() && *again == *minor, "a decimal formats and parses back to itself");
        }
    }
    for (auto separator : {i18n::DecimalSeparator::Point, i18n::DecimalSeparator::Comma}) {
        auto amount = i18n::parseAmount(text, separator, scale);
        require(amount.ok() || !amount.error().message.isEmpty(), "an amount is read or refused with a reason");
    }

    static const QStringList kDateFormats[] = {{}, {QStringLiteral("dd/MM/yyyy")}, {QStringLiteral("MM/dd/yyyy")},
                                               {QStringLiteral("dd.MM.yyyy")}, {QStringLiteral("d/M/yy"), QStringLiteral("yyyy/MM/dd")}};
    for (const QStringList &formats : kDateFormats) {
        auto date = io::parseDate(text, formats);
        if (!date) {
            require(!date.error().message.isEmpty(), "a refused date says why");
            continue;
        }
        require(date->isValid(), "an accepted date is a real day");
        auto iso = io::parseDate(date->toString(Qt::ISODate), {});
        require(iso.ok() && *iso == *date, "an accepted date reads back from its ISO form");
    }
    return 0;
}
