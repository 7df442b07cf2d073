#pragma once
// What every record carries: its row id, UUID, UTC time stamps and local author.

#include <QString>

namespace trellis::domain {

/// Identity and history common to all record kinds.
struct RecordStamp {
    qint64 id = 0;      ///< row id in this workspace; 0 before the record is saved
    QString uuid;       ///< stable across workspaces (federation)
    QString createdAt;  ///< UTC, ISO 8601
    QString updatedAt;  ///< UTC, ISO 8601
    QString author;     ///< the local author who saved it
    bool operator==(const RecordStamp &) const = default;
};

} // namespace trellis::domain
