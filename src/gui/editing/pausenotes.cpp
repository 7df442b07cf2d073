#include "gui/editing/pausenotes.h"

#include "gui/editing/labels.h"
#include "store/pausestore.h"

#include <QCoreApplication>

namespace trellis::gui {

QStringList pauseNotes(store::Workspace &workspace, qint64 partner, qint64 other, const QDate &first, const QDate &last,
                       const std::function<QString(qint64)> &nameOf)
{
    auto pauses = store::PauseStore(workspace).ofPartner(partner);
    if (!pauses)
        return {};
    QStringList notes;
    for (const rhythm::Pause &p : std::as_const(*pauses)) {
        const qint64 with = p.partnerA == partner ? p.partnerB : p.partnerA;
        if ((other != 0 && with != other) || (first.isValid() && p.lastDay < first) || (last.isValid() && p.firstDay > last))
            continue;
        const QString name = isolated(nameOf(with));
        notes << (p.isAgreed()
                      ? QCoreApplication::translate("PauseNotes", "Pausing with %1 from %2 to %3, agreed by both: rest, "
                                                                  "not abandonment.")
                            .arg(name, shortDate(p.firstDay), shortDate(p.lastDay))
                      : QCoreApplication::translate("PauseNotes", "A pause with %1 from %2 to %3 is proposed: it holds "
                                                                  "once both sides consent.")
                            .arg(name, shortDate(p.firstDay), shortDate(p.lastDay)));
    }
    return notes;
}

} // namespace trellis::gui
