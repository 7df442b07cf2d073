#include "gui/editing/coremessages.h"

#include <QCoreApplication>

namespace trellis::gui {
namespace {

// The refusals of the campaigns room's records (domain/solidarityrecords.cpp), listed for lupdate.
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
};

} // namespace

QString uiMessage(const QString &coreMessage)
{
    const QByteArray source = coreMessage.toUtf8();
    return QCoreApplication::translate("CoreMessages", source.constData());
}

} // namespace trellis::gui
