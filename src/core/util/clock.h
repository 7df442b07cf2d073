#pragma once
// Record identity and time stamps: UUIDs and UTC ISO 8601 times, as stored in every table.

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <functional>

namespace trellis {

/// Where new record UUIDs and the current time come from. Empty functions mean the real ones;
/// tests install counters to write a workspace that is the same byte for byte on every run.
struct StampSource {
    std::function<QString()> uuid;
    std::function<QDateTime()> now;
};

/// The process's source; set it only while no other thread writes records.
inline StampSource &stampSource()
{
    static StampSource source;
    return source;
}

inline QString newUuid()
{
    const StampSource &source = stampSource();
    return source.uuid ? source.uuid() : QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QString toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowUtc()
{
    const StampSource &source = stampSource();
    return toStoredTime(source.now ? source.now() : QDateTime::currentDateTimeUtc());
}

inline QDateTime fromStoredTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace trellis
