#pragma once
// Record identity and time stamps: UUIDs and UTC ISO 8601 times, as stored in every table.

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace trellis {

inline QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

inline QString toStoredTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QString nowUtc() { return toStoredTime(QDateTime::currentDateTimeUtc()); }

inline QDateTime fromStoredTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace trellis
