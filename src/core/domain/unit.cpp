#include "domain/unit.h"

#include "i18n/currency.h"

#include <limits>

namespace trellis::domain {

Result<Unit> Unit::currency(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    if (!i18n::isCurrencyCode(upper))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not an ISO 4217 currency code (e.g. EUR, BRL, LKR)").arg(code.trimmed()));
    return Unit(Type::Currency, upper);
}

Result<Unit> Unit::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none"))
        return none();
    if (t == QLatin1String("hours") || t == QLatin1String("hour") || t == QLatin1String("h"))
        return hours();
    if (t == QLatin1String("words") || t == QLatin1String("word"))
        return words();
    if (t == QLatin1String("pages") || t == QLatin1String("page"))
        return pages();
    if (t == QLatin1String("nights") || t == QLatin1String("night"))
        return nights();
    auto c = currency(text);
    if (!c)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a unit: use an ISO 4217 currency code, hours, words, pages, "
                                        "nights, or nothing for a narrative-only entry").arg(text.trimmed()));
    return c;
}

QString Unit::key() const
{
    switch (m_type) {
    case Type::None: return QStringLiteral("");
    case Type::Currency: return m_code;
    case Type::Hours: return QStringLiteral("hours");
    case Type::Words: return QStringLiteral("words");
    case Type::Pages: return QStringLiteral("pages");
    case Type::Nights: return QStringLiteral("nights");
    }
    return QString();
}

int Unit::scale() const
{
    switch (m_type) {
    case Type::Currency: return i18n::currencyFractionDigits(m_code);
    case Type::Hours: return 2;
    default: return 0;
    }
}

QString Quantity::toPlainString() const
{
    const int scale = unit.scale();
    const bool negative = minorUnits < 0;
    // Work on the unsigned magnitude so that the most negative qint64 prints correctly.
    const quint64 magnitude = negative ? quint64(0) - quint64(minorUnits) : quint64(minorUnits);
    QString digits = QString::number(magnitude);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits.prepend(QString(scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - scale, u'.');
    }
    return negative ? u'-' + digits : digits;
}

Result<Quantity> Quantity::fromPlainString(const QString &text, const Unit &unit)
{
    const QString t = text.trimmed();
    auto invalid = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a valid quantity: %2").arg(t, why));
    };
    if (t.isEmpty())
        return invalid(QStringLiteral("it is empty"));
    qsizetype i = 0;
    const bool negative = t.at(0) == u'-';
    if (negative || t.at(0) == u'+')
        ++i;
    const int scale = unit.scale();
    quint64 value = 0;
    int fraction = -1; // digits seen after the point; -1 before it
    bool anyDigit = false;
    constexpr quint64 limit = quint64(std::numeric_limits<qint64>::max());
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'.') {
            if (fraction >= 0)
                return invalid(QStringLiteral("two decimal points"));
            fraction = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return invalid(QStringLiteral("only digits and one '.' are allowed"));
        anyDigit = true;
        if (fraction >= 0) {
            if (fraction == scale) {
                if (c != u'0')
                    return invalid(QStringLiteral("more than %1 digits after the point for %2").arg(scale).arg(unit.key()));
                continue;
            }
            ++fraction;
        }
        if (value > (limit - quint64(c.unicode() - u'0')) / 10)
            return invalid(QStringLiteral("the number is too large"));
        value = value * 10 + quint64(c.unicode() - u'0');
    }
    if (!anyDigit)
        return invalid(QStringLiteral("it has no digits"));
    for (int f = std::max(fraction, 0); f < scale; ++f) {
        if (value > limit / 10)
            return invalid(QStringLiteral("the number is too large"));
        value *= 10;
    }
    const qint64 signedValue = negative ? -qint64(value) : qint64(value);
    return Quantity{signedValue, unit};
}

} // namespace trellis::domain
