#pragma once
// An enum's values and the keys the file and the exports store them by, looked up both ways.

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace trellis {

/// Each value of E with its stored key ("communication-blackout", "art_trade", …).
template <typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char16_t *>, N>;

/// The key of value; empty when the table does not hold it.
template <typename E, std::size_t N>
QString keyIn(const KeyTable<E, N> &table, E value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return QString::fromUtf16(key);
    }
    return QString();
}

/// The value stored as key, if the table holds it.
template <typename E, std::size_t N>
std::optional<E> valueIn(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[v, k] : table) {
        if (key == QStringView(k))
            return v;
    }
    return std::nullopt;
}

} // namespace trellis
