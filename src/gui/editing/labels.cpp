#include "gui/editing/labels.h"

#include "domain/sidebyside.h"
#include "i18n/countryname.h"
#include "i18n/dateformat.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

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

namespace {

/// The UI locale's short pattern with a four-digit year.
QString fourDigitYears(QString pattern)
{
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)y{1,2}(?!y)"));
    return pattern.replace(shortYear, QStringLiteral("yyyy"));
}

} // namespace

QString shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, fourDigitYears(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime &at)
{
    const QLocale locale;
    return locale.toString(at, fourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString mediumDate(const QDate &date)
{
    auto medium = i18n::formatDate(date, QLocale().bcp47Name(), i18n::DateStyle::Medium);
    return medium ? *medium : shortDate(date);
}

QString amountLabel(const std::optional<domain::Quantity> &quantity)
{
    const QString text = domain::formatQuantity(quantity, QLocale().name().section(u'_', 0, 0));
    if (text.isEmpty() || !quantity->unit.isCurrency() || QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return leftToRight(text);
}

QString countryLabel(const QString &code)
{
    if (code.trimmed().isEmpty())
        return QCoreApplication::translate("Labels", "—", "no country");
    const QString name = i18n::countryDisplayName(code, QLocale().name().section(u'_', 0, 0));
    return name.isEmpty() ? code : name;
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
