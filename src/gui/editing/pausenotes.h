#pragma once
// The pauses a partner or a pair is in, as sentences for a record's summary: agreed ones as rest,
// proposed ones as waiting for the other side's consent.

#include <QDate>
#include <QStringList>

#include <functional>

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// One line per pause of partner (only those with other, when other is not 0) that overlaps
/// first..last (an invalid day leaves that end open), oldest first; nameOf names the other
/// partner. Empty when there is none or the pauses cannot be read.
QStringList pauseNotes(store::Workspace &workspace, qint64 partner, qint64 other, const QDate &first, const QDate &last,
                       const std::function<QString(qint64)> &nameOf);

} // namespace trellis::gui
