#include "gui/editing/coremessages.h"

#include <QCoreApplication>

namespace trellis::gui {
namespace {

// The refusals of the campaigns room's records (domain/solidarityrecords.cpp) and of pauses, listed
// for lupdate.
// Each must stay word for word what the core writes.
[[maybe_unused]] constexpr const char *kRefusals[] = {
    QT_TRANSLATE_NOOP("CoreMessages", "A cultural exchange needs the day it is held"),
    QT_TRANSLATE_NOOP("CoreMessages", "A cultural exchange is between at least two partners"),
    QT_TRANSLATE_NOOP("CoreMessages", "A shared risk needs the day it was taken"),
    QT_TRANSLATE_NOOP("CoreMessages", "A shared risk needs what was risked"),
    QT_TRANSLATE_NOOP("CoreMessages", "A shared risk is borne by at least two partners"),
    QT_TRANSLATE_NOOP("CoreMessages", "Each part of a shared risk is borne by a saved partner"),
    QT_TRANSLATE_NOOP("CoreMessages", "A partner bears one part of a shared risk: it is listed twice"),
    QT_TRANSLATE_NOOP("CoreMessages", "A crossover needs both texts: as it was born and as it was reborn"),
    QT_TRANSLATE_NOOP("CoreMessages", "A crossover needs the day it was reborn"),
    QT_TRANSLATE_NOOP("CoreMessages", "A crossover cannot be reborn before it was born"),
    QT_TRANSLATE_NOOP("CoreMessages", "A crossover goes from one partner to another, not to itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "A crossover needs the partner it was born in and the one that adopted it"),
    QT_TRANSLATE_NOOP("CoreMessages", "This exchange was held: it stays in the alliance's record and cannot be deleted"),
    QT_TRANSLATE_NOOP("CoreMessages", "This retro is published: the shared risks its answers cite cannot change"),
    // rhythm/pause.cpp and store/pausestore.cpp (the two with days in them the pause editor says itself)
    QT_TRANSLATE_NOOP("CoreMessages", "A pause is agreed between two partners"),
    QT_TRANSLATE_NOOP("CoreMessages", "A pause is agreed between two different partners"),
    QT_TRANSLATE_NOOP("CoreMessages", "A pause needs its first and last day"),
    QT_TRANSLATE_NOOP("CoreMessages", "Say why the partners pause: a pause is rest, not abandonment, when both know why"),
    QT_TRANSLATE_NOOP("CoreMessages", "A pause lasts two years at most; agree a new one when it ends"),
    QT_TRANSLATE_NOOP("CoreMessages", "A partner of the pause is not a partner of this workspace"),
    // rhythm/ritual.cpp and rhythm/schedule.cpp (those without a value in them)
    QT_TRANSLATE_NOOP("CoreMessages", "A ritual needs a title"),
    QT_TRANSLATE_NOOP("CoreMessages", "A ritual needs a first date"),
    QT_TRANSLATE_NOOP("CoreMessages", "Each partner of a ritual must be saved first"),
    QT_TRANSLATE_NOOP("CoreMessages", "A ritual at a set time needs its organizer's time zone, so that every partner meets at the same moment"),
};

} // namespace

QString uiMessage(const QString &coreMessage)
{
    const QByteArray source = coreMessage.toUtf8();
    return QCoreApplication::translate("CoreMessages", source.constData());
}

} // namespace trellis::gui
