#include "gui/balances/balanceformat.h"

#include "domain/sidebyside.h"
#include "gui/editing/labels.h"
#include "i18n/numberformat.h"

#include <QGuiApplication>

#include <cmath>

namespace trellis::gui {

QString formatAmount(qint64 minorUnits, const QString &unit)
{
    auto parsed = domain::Unit::parse(unit);
    if (!parsed)
        return QString::number(minorUnits) + u' ' + unit;
    return amountLabel(domain::Quantity{minorUnits, *parsed});
}

QString formatAsymmetry(const std::optional<store::Asymmetry> &asymmetry)
{
    if (!asymmetry)
        return QStringLiteral("—");
    const QString plain = asymmetry->toString(4);
    auto text = i18n::formatNumber({QString(plain).remove(u'.').toLongLong(), 4}, uiLanguage());
    return text ? *text : plain;
}

QChar uiDirectionMark()
{
    return QGuiApplication::isRightToLeft() ? QChar(0x200F) : QChar(0x200E);
}

double chartValue(qint64 minorUnits, const QString &unit)
{
    auto parsed = domain::Unit::parse(unit);
    return double(minorUnits) / std::pow(10.0, parsed ? parsed->scale() : 0);
}

} // namespace trellis::gui
