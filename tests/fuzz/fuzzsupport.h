#pragma once
// What every Trellis fuzz target shares: a broken invariant aborts (libFuzzer saves the input).

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace trellis::fuzz {

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "broken invariant: %s\n", what);
        std::abort();
    }
}

/// The input as text: invalid UTF-8 becomes U+FFFD, as it would from a file.
inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace trellis::fuzz
