#pragma once
// A small keyed cache of ICU objects that are expensive to build (collators, formatters, break iterators).

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace trellis::i18n {

/// Keeps one prototype per key (a canonical language tag plus options). Callers either share the
/// object, for ICU types whose const methods are thread-safe (Collator, LocalizedNumberFormatter),
/// or clone it per use (DateFormat, BreakIterator, Transliterator).
template <typename T>
class IcuCache {
public:
    using Factory = std::function<std::unique_ptr<T>()>;

    /// The cached object for key, built by make on first use; null when make fails (not cached).
    std::shared_ptr<const T> get(const QString &key, const Factory &make)
    {
        {
            std::lock_guard lock(m_mutex);
            if (auto it = m_objects.constFind(key); it != m_objects.constEnd())
                return *it;
        }
        std::shared_ptr<const T> made(make().release());
        if (!made)
            return nullptr;
        std::lock_guard lock(m_mutex);
        if (m_objects.size() >= kMaxEntries)
            m_objects.clear(); // holders keep their shared_ptr alive
        return *m_objects.insert(key, made);
    }

private:
    static constexpr qsizetype kMaxEntries = 128;
    std::mutex m_mutex;
    QHash<QString, std::shared_ptr<const T>> m_objects;
};

/// A private copy of a cached ICU object, for types that must not be shared between threads.
template <typename T>
std::unique_ptr<T> cloneOf(const std::shared_ptr<const T> &prototype)
{
    return prototype ? std::unique_ptr<T>(prototype->clone()) : nullptr;
}

} // namespace trellis::i18n
