#include "io/decimal.h"

#include <limits>
#include <vector>

namespace trellis::io {
namespace {

constexpr int kMaxScale = 18;

bool isSpaceLike(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F);
}

int digitOf(QChar c)
{
    return c.category() == QChar::Number_DecimalDigit ? c.digitValue() : -1;
}

Error invalidAmount(const QString &why)
{
    return makeError(ErrorCode::InvalidInput, why);
}

} // namespace

Result<qint64> parseDecimal(const QString &text, DecimalStyle style, int scale, NegativeNumbers negatives)
{
    if (scale < 0 || scale > kMaxScale)
        return invalidAmount(QStringLiteral("An amount cannot have %1 decimal places.").arg(scale));
    const QChar point = style.decimalSeparator, group = style.groupSeparator;
    if (point.isNull() || digitOf(point) >= 0 || point == group || digitOf(group) >= 0)
        return invalidAmount(QStringLiteral("The number format has unusable separators."));
    const auto isGroup = [&](QChar c) { return !group.isNull() && (c == group || (isSpaceLike(group) && isSpaceLike(c))); };

    const QString s = text.trimmed();
    if (s.isEmpty())
        return invalidAmount(QStringLiteral("The amount is empty."));
    qsizetype i = 0;
    bool negative = false;
    if (s[0] == QLatin1Char('-') || s[0] == QChar(0x2212)) {
        negative = true;
        ++i;
    } else if (s[0] == QLatin1Char('+')) {
        ++i;
    }
    if (negative && negatives == NegativeNumbers::Reject)
        return invalidAmount(QStringLiteral("A negative amount is not allowed here."));

    quint64 whole = 0;
    bool overflow = false;
    int digits = 0;
    std::vector<int> groups; // lengths of the digit runs between group separators
    int run = 0;
    for (; i < s.size() && s[i] != point; ++i) {
        const int d = digitOf(s[i]);
        if (d >= 0) {
            overflow = overflow || __builtin_mul_overflow(whole, 10u, &whole) || __builtin_add_overflow(whole, quint64(d), &whole);
            ++digits;
            ++run;
        } else if (isGroup(s[i])) {
            if (run == 0)
                return invalidAmount(QStringLiteral("The amount has a misplaced thousands separator."));
            groups.push_back(run);
            run = 0;
        } else {
            return invalidAmount(QStringLiteral("The amount is not a number (unexpected character at position %1).").arg(i + 1));
        }
    }
    if (!groups.empty()) {
        bool wellGrouped = run == 3 && groups.front() <= 3;
        for (std::size_t g = 1; g < groups.size(); ++g)
            wellGrouped = wellGrouped && groups[g] == 3;
        if (!wellGrouped)
            return invalidAmount(QStringLiteral("The amount has a misplaced thousands separator."));
    }

    quint64 fraction = 0;
    int fractionDigits = 0;
    bool tooPrecise = false; // reported after the whole fraction is checked, so garbage is named first
    if (i < s.size()) { // at the decimal separator
        for (++i; i < s.size(); ++i) {
            const int d = digitOf(s[i]);
            if (d < 0) {
                if (s[i] == point)
                    return invalidAmount(QStringLiteral("The amount has more than one decimal separator."));
                if (isGroup(s[i]))
                    return invalidAmount(QStringLiteral("The amount has a thousands separator after the decimal separator."));
                return invalidAmount(QStringLiteral("The amount is not a number (unexpected character at position %1).").arg(i + 1));
            }
            ++digits;
            if (fractionDigits < scale) {
                fraction = fraction * 10 + quint64(d);
                ++fractionDigits;
            } else if (d != 0) {
                tooPrecise = true;
            }
        }
    }
    if (tooPrecise)
        return invalidAmount(QStringLiteral("The amount has more than %1 decimal places.").arg(scale));
    if (digits == 0)
        return invalidAmount(QStringLiteral("The amount has no digits."));
    for (; fractionDigits < scale; ++fractionDigits)
        fraction *= 10;

    quint64 magnitude = whole;
    for (int k = 0; k < scale; ++k)
        overflow = overflow || __builtin_mul_overflow(magnitude, 10u, &magnitude);
    overflow = overflow || __builtin_add_overflow(magnitude, fraction, &magnitude);
    if (overflow || magnitude > quint64(std::numeric_limits<qint64>::max()))
        return invalidAmount(QStringLiteral("The amount is too large."));
    return negative ? -qint64(magnitude) : qint64(magnitude);
}

QString formatDecimal(qint64 minorUnits, int scale, QChar decimalSeparator)
{
    const bool negative = minorUnits < 0;
    quint64 magnitude = negative ? 0 - quint64(minorUnits) : quint64(minorUnits);
    QString digits = QString::number(magnitude);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits = QString(scale + 1 - digits.size(), QLatin1Char('0')) + digits;
        digits.insert(digits.size() - scale, decimalSeparator);
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

} // namespace trellis::io
