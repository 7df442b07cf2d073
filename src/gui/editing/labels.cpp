#include "gui/editing/labels.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>

namespace trellis::gui {

QString entryStatusLabel(domain::EntryStatus status, bool isReversal)
{
    if (isReversal)
        return QCoreApplication::translate("Labels", "reversal");
    return status == domain::EntryStatus::Posted ? QCoreApplication::translate("Labels", "posted") : QCoreApplication::translate("Labels", "draft");
}

QString fieldLabel(const QString &key)
{
    const QString base = key.section(u':', 0, 0);
    const QString number = key.section(u':', 1, 1);
    if (base == QLatin1String("name")) return QCoreApplication::translate("Labels", "Name");
    if (base == QLatin1String("goals")) return QCoreApplication::translate("Labels", "Goals in its own words");
    if (base == QLatin1String("contact_notes")) return QCoreApplication::translate("Labels", "Contact notes (sensitive)");
    if (base == QLatin1String("narrative")) return QCoreApplication::translate("Labels", "Narrative");
    if (base == QLatin1String("title")) return QCoreApplication::translate("Labels", "Title");
    if (base == QLatin1String("triggers")) return QCoreApplication::translate("Labels", "Triggers");
    if (base == QLatin1String("roles")) return QCoreApplication::translate("Labels", "Roles");
    if (base == QLatin1String("step")) return QCoreApplication::translate("Labels", "Step %1").arg(number);
    if (base == QLatin1String("answer")) return QCoreApplication::translate("Labels", "Answer %1").arg(number);
    if (base == QLatin1String("action")) return QCoreApplication::translate("Labels", "Action %1").arg(number);
    if (base == QLatin1String("summary")) return QCoreApplication::translate("Labels", "What happened");
    if (base == QLatin1String("outcome")) return QCoreApplication::translate("Labels", "Outcome");
    if (base == QLatin1String("lessons")) return QCoreApplication::translate("Labels", "Lessons");
    if (base == QLatin1String("scenario")) return QCoreApplication::translate("Labels", "Scenario");
    if (base == QLatin1String("observations")) return QCoreApplication::translate("Labels", "What it taught");
    if (base == QLatin1String("follow_ups")) return QCoreApplication::translate("Labels", "Follow-ups");
    return key;
}

QString languageLabel(const QString &tag)
{
    const QString ui = QLocale().name().section(u'_', 0, 0);
    const QString name = i18n::languageDisplayName(tag, ui);
    const QString own = i18n::languageAutonym(tag);
    if (own.isEmpty() || own == name)
        return name;
    return QStringLiteral("%1 · %2").arg(own, name);
}

QString leftToRight(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace trellis::gui
