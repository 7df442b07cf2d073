#pragma once
// Shared helpers for the i18n tests: unwrap a Result with its error message shown on failure.

#include "testsupport.h"

#include "util/result.h"

namespace trellis::test {

/// The value of r; fails the test (showing the error message) when r holds an error.
template <typename T>
T valueOf(const Result<T> &r)
{
    INFO((r.ok() ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

/// The error message of r; fails the test when r holds a value.
template <typename T>
QString errorOf(const Result<T> &r)
{
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

/// A one-character string holding an unpaired high surrogate.
inline QString loneSurrogate() { return QString(QChar(char16_t(0xD800))); }

} // namespace trellis::test
