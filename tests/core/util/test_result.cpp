// Result and Status: values and errors travel without surprise.
#include "testsupport.h"

#include "util/result.h"

using namespace trellis;

namespace {
Result<int> half(int n)
{
    if (n % 2)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is odd").arg(n));
    return n / 2;
}
Status quarter(int n, int &out)
{
    auto h = half(n);
    TRELLIS_TRY(h);
    auto q = half(*h);
    TRELLIS_TRY(q);
    out = *q;
    return {};
}
} // namespace

TEST_CASE("TRELLIS_TRY passes the first error up and values through", "[util][result]")
{
    int out = 0;
    REQUIRE(quarter(8, out).ok());
    CHECK(out == 2);
    auto odd = quarter(6, out);
    REQUIRE_FALSE(odd.ok());
    CHECK(odd.error().message == QStringLiteral("3 is odd"));
    CHECK(odd.error().code == ErrorCode::InvalidInput);
    CHECK(out == 2);
}
