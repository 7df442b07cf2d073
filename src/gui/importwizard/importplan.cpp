#include "gui/importwizard/importplan.h"

#include <QCoreApplication>

namespace trellis::gui {

io::LedgerImportOptions ImportPlan::options() const
{
    io::LedgerImportOptions o;
    o.columns = columns;
    o.delimiter = delimiter;
    o.format.decimalComma = decimalComma;
    if (!dateFormat.isEmpty())
        o.format.dateFormats = {dateFormat};
    o.format.defaultLanguage.clear(); // the workspace's first working language
    for (const PartnerChoice &choice : partners)
        if (choice.partnerId > 0)
            o.partnerNames.insert(choice.name.name, choice.partnerId);
    o.unknownPartnerAdvice = QCoreApplication::translate(
        "ImportPlan", " (no partner has this name; choose one or confirm a new one on the wizard's Partners page)");
    o.insidePausesAdvice.clear(); // the wizard asks in its own words
    return o;
}

QList<io::UnknownPartnerName> ImportPlan::partnersToCreate() const
{
    QList<io::UnknownPartnerName> names;
    for (const PartnerChoice &choice : partners)
        if (choice.partnerId == PartnerChoice::kCreate)
            names << choice.name;
    return names;
}

} // namespace trellis::gui
