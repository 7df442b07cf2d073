#include "reports/columnformat.h"

#include "domain/sidebyside.h"
#include "i18n/dateformat.h"
#include "i18n/numberformat.h"

namespace trellis::reports {

Cell dateCell(const Column &column, const QDate &day)
{
    const QString iso = day.toString(Qt::ISODate);
    auto text = i18n::formatDate(day, column.language, i18n::DateStyle::Long);
    return Cell::figure(column, text ? *text : iso, iso);
}

Cell amountCell(const Column &column, qint64 minorUnits, const QString &unit)
{
    auto parsed = domain::Unit::parse(unit);
    if (!parsed)
        return Cell::figure(column, QString::number(minorUnits) + u' ' + unit, QString::number(minorUnits));
    const domain::Quantity quantity{minorUnits, *parsed};
    const QString plain = quantity.toPlainString();
    if (parsed->isNone())
        return Cell::figure(column, plain, plain);
    return Cell::figure(column, domain::formatQuantity(quantity, column.language), plain);
}

Cell asymmetryCell(const Column &column, const std::optional<store::Asymmetry> &asymmetry)
{
    if (!asymmetry)
        return Cell::figure(column, QStringLiteral("—"));
    const QString plain = asymmetry->toString(4);
    auto text = i18n::formatNumber({QString(plain).remove(u'.').toLongLong(), 4}, column.language);
    return Cell::figure(column, text ? *text : plain, plain);
}

Cell countCell(const Column &column, qint64 count)
{
    auto text = i18n::formatNumber({count, 0}, column.language);
    return Cell::figure(column, text ? *text : QString::number(count), QString::number(count));
}

Cell periodCell(const Column &column, const store::Period &period)
{
    const auto day = [&](const QDate &d) -> QString { return dateCell(column, d).text; };
    // U+2013 between the ends; each end isolated so a right-to-left date keeps its order.
    const auto isolate = [](const QString &s) -> QString { return QChar(0x2068) + s + QChar(0x2069); };
    QString text;
    if (period.isAllTime())
        text = QStringLiteral("…");
    else if (period.first == period.last)
        text = day(period.first);
    else
        text = (period.first.isValid() ? isolate(day(period.first)) : QString()) + QStringLiteral(" – ")
            + (period.last.isValid() ? isolate(day(period.last)) : QString());
    return Cell::figure(column, text, period.toString());
}

Cell nameCell(const domain::BilingualText &name, const QString &language)
{
    const QString text = name.textIn(language).value_or(name.original());
    const QString lang = name.textIn(language) ? language : name.originalLanguage();
    return Cell{lang, i18n::textDirection(lang), std::nullopt, text, QString()};
}

} // namespace trellis::reports
