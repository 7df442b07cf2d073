#include "i18n/amount.h"

#include <limits>

namespace trellis::i18n {
namespace {

constexpr char16_t kArabicDecimalSeparator = u'\u066B';
constexpr char16_t kArabicThousandsSeparator = u'\u066C';
constexpr char16_t kMinusSign = u'\u2212';

bool isGroupingSpace(char16_t c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\u2009' || c == u'\'' || c == u'\u2019'
        || c == kArabicThousandsSeparator;
}

Error badAmount(const QString &text, const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not an amount: %2").arg(text, why));
}

} // namespace

QString ExactAmount::toDecimalString() const
{
    // Work on the unsigned magnitude so that the most negative qint64 is exact too.
    const bool negative = units < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(units) : quint64(units);
    QString digits = QString::number(magnitude);
    const int s = qBound(0, scale, kMaxAmountScale);
    if (s > 0) {
        if (digits.size() <= s)
            digits.prepend(QString(s - digits.size() + 1, u'0'));
        digits.insert(digits.size() - s, u'.');
    }
    return negative ? QStringLiteral("-") + digits : digits;
}

Result<ExactAmount> parseAmount(const QString &input, DecimalSeparator separator, int scale)
{
    if (scale < 0 || scale > kMaxAmountScale)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An amount can have at most %1 decimals").arg(kMaxAmountScale));
    const QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The amount is empty"));
    const char16_t decimalMark = separator == DecimalSeparator::Point ? u'.' : u',';
    const char16_t groupMark = separator == DecimalSeparator::Point ? u',' : u'.';

    // "1.234,50" read with Point: the grouping mark after the decimal mark shows the wrong choice.
    if (const qsizetype mark = text.indexOf(QChar(decimalMark)); mark >= 0 && text.indexOf(QChar(groupMark), mark) > mark)
        return badAmount(text, QStringLiteral("'%1' appears after the decimal separator; check the separator choice")
                                   .arg(QChar(groupMark)));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == kMinusSign || text[0] == u'+') {
        negative = text[0] != u'+';
        ++i;
    }
    quint64 magnitude = 0; // accumulated in units of 10^-scale
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    int wholeDigits = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool lastWasDigit = false;
    for (; i < text.size(); ++i) {
        const char32_t c = text[i].unicode();
        const int digit = text[i].isDigit() ? text[i].digitValue() : -1;
        if (digit >= 0) {
            if (inFraction && ++fractionDigits > scale)
                return badAmount(text, QStringLiteral("it has more than %1 decimals").arg(scale));
            if (!inFraction)
                ++wholeDigits;
            if (magnitude > (limit - quint64(digit)) / 10)
                return badAmount(text, QStringLiteral("it is too large"));
            magnitude = magnitude * 10 + quint64(digit);
            lastWasDigit = true;
            continue;
        }
        if ((c == decimalMark || c == kArabicDecimalSeparator) && !inFraction) {
            inFraction = true;
            lastWasDigit = false;
            continue;
        }
        if ((c == groupMark || isGroupingSpace(char16_t(c))) && !inFraction && lastWasDigit
            && i + 1 < text.size() && text[i + 1].isDigit()) {
            lastWasDigit = false;
            continue;
        }
        if (c == decimalMark || c == kArabicDecimalSeparator)
            return badAmount(text, QStringLiteral("it has two decimal separators"));
        return badAmount(text, QStringLiteral("'%1' is not allowed here").arg(text[i]));
    }
    if (wholeDigits + fractionDigits == 0)
        return badAmount(text, QStringLiteral("it has no digits"));
    for (int pad = fractionDigits; pad < scale; ++pad) {
        if (magnitude > limit / 10)
            return badAmount(text, QStringLiteral("it is too large"));
        magnitude *= 10;
    }
    const qint64 units = negative ? qint64(quint64(0) - magnitude) : qint64(magnitude);
    return ExactAmount{units, scale};
}

} // namespace trellis::i18n
