#include "gui/calendar/calendarlabels.h"

#include "gui/editing/labels.h"

#include <QCoreApplication>

namespace trellis::gui {

using rhythm::OccurrenceState;
using rhythm::RitualKind;

QString ritualKindLabel(RitualKind kind)
{
    switch (kind) {
    case RitualKind::QuarterlyRetro: return QCoreApplication::translate("Calendar", "Quarterly retro");
    case RitualKind::ListeningCircle: return QCoreApplication::translate("Calendar", "Listening circle");
    case RitualKind::RuptureRehearsal: return QCoreApplication::translate("Calendar", "Rupture rehearsal");
    case RitualKind::FireDrill: return QCoreApplication::translate("Calendar", "Fire drill");
    case RitualKind::CustodianRotation: return QCoreApplication::translate("Calendar", "Archive hand-over");
    case RitualKind::CulturalExchange: return QCoreApplication::translate("Calendar", "Cultural exchange");
    case RitualKind::Congress: return QCoreApplication::translate("Calendar", "Congress or spokes council");
    case RitualKind::Custom: break;
    }
    return QCoreApplication::translate("Calendar", "Other ritual");
}

QList<RitualKind> ritualKinds()
{
    return {RitualKind::QuarterlyRetro, RitualKind::ListeningCircle, RitualKind::RuptureRehearsal, RitualKind::FireDrill,
            RitualKind::CustodianRotation, RitualKind::CulturalExchange, RitualKind::Congress, RitualKind::Custom};
}

QString repeatLabel(const QString &rrule)
{
    if (rrule.isEmpty())
        return QCoreApplication::translate("Calendar", "once");
    const auto rule = rhythm::RecurrenceRule::parse(rrule);
    if (!rule)
        return rrule;
    const int n = rule->interval;
    QString text = rule->frequency == rhythm::Frequency::Weekly ? QCoreApplication::translate("Calendar", "every %n week(s)", "", n)
                   : rule->frequency == rhythm::Frequency::Monthly ? QCoreApplication::translate("Calendar", "every %n month(s)", "", n)
                                                                    : QCoreApplication::translate("Calendar", "every %n year(s)", "", n);
    if (rule->count)
        text += QCoreApplication::translate("Calendar", ", %n time(s)", "", *rule->count);
    else if (rule->untilDate || rule->untilUtc)
        text += QCoreApplication::translate("Calendar", ", until %1")
                    .arg(shortDate(rule->untilDate ? *rule->untilDate : rule->untilUtc->date()));
    return text;
}

QString occurrenceStateLabel(OccurrenceState state)
{
    switch (state) {
    case OccurrenceState::Upcoming: return QCoreApplication::translate("Calendar", "upcoming");
    case OccurrenceState::Due: return QCoreApplication::translate("Calendar", "due");
    case OccurrenceState::Done: return QCoreApplication::translate("Calendar", "done");
    case OccurrenceState::Missed: return QCoreApplication::translate("Calendar", "missed");
    }
    return QString();
}

} // namespace trellis::gui
