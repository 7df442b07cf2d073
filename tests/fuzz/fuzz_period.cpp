// libFuzzer target: the period syntax of `balance --period` ("2026", "2026-07", "2026-Q3",
// "2026-01-01..2026-03-31", open ranges, one day). A period is refused with a reason or reads back.
#include "fuzzsupport.h"

#include "store/period.h"

using namespace trellis;
using trellis::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = fuzz::text(data, size);
    auto period = store::Period::parse(text);
    if (!period) {
        require(!period.error().message.isEmpty(), "a refused period says why");
        return 0;
    }
    require(!period->first.isValid() || !period->last.isValid() || period->first <= period->last,
            "a period does not end before it begins");
    if (period->isAllTime())
        return 0;
    auto back = store::Period::parse(period->toString());
    require(back.ok() && back->first == period->first && back->last == period->last,
            "a period's written form parses back to it");
    return 0;
}
