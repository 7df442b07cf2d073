#include "io/datefield.h"

namespace trellis::io {
namespace {

enum class Fit { No, Yes, BadPattern };

struct DayMonthYear {
    int day = -1, month = -1, year = -1;
};

// Reads `width` digits exactly, or 1 to 2 digits when flexible; returns -1 when there are none.
int readNumber(const QString &text, qsizetype &pos, int width, bool flexible)
{
    int value = 0, count = 0;
    while (pos < text.size() && count < width && text[pos].category() == QChar::Number_DecimalDigit) {
        value = value * 10 + text[pos].digitValue();
        ++pos;
        ++count;
    }
    return (count == width || (flexible && count > 0)) ? value : -1;
}

Fit fit(const QString &text, const QString &pattern, DayMonthYear &date)
{
    qsizetype pos = 0;
    for (qsizetype p = 0; p < pattern.size();) {
        const QChar c = pattern[p];
        qsizetype run = 1;
        while (p + run < pattern.size() && pattern[p + run] == c)
            ++run;
        int *field = nullptr;
        int width = 2;
        bool flexible = true;
        if (c == QLatin1Char('d') && run <= 2) {
            field = &date.day;
        } else if (c == QLatin1Char('M') && run <= 2) {
            field = &date.month;
        } else if (c == QLatin1Char('y') && run == 4) {
            field = &date.year;
            width = 4;
            flexible = false;
        } else if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            return Fit::BadPattern;
        }
        if (field) {
            if (*field >= 0)
                return Fit::BadPattern; // the same field twice
            *field = readNumber(text, pos, width, flexible);
            if (*field < 0)
                return Fit::No;
        } else {
            for (qsizetype k = 0; k < run; ++k, ++pos)
                if (pos >= text.size() || text[pos] != c)
                    return Fit::No;
        }
        p += run;
    }
    if (date.day < 0 || date.month < 0 || date.year < 0)
        return Fit::BadPattern;
    return pos == text.size() ? Fit::Yes : Fit::No;
}

QString whyNotReal(const DayMonthYear &d)
{
    if (d.year == 0)
        return QStringLiteral("The date is not a real day: there is no year 0.");
    if (d.month < 1 || d.month > 12)
        return QStringLiteral("The date is not a real day: there is no month %1.").arg(d.month);
    return QStringLiteral("The date is not a real day: month %1 of %2 has %3 days.")
        .arg(d.month)
        .arg(d.year)
        .arg(QDate(d.year, d.month, 1).daysInMonth());
}

} // namespace

Result<QDate> parseDate(const QString &text, const QStringList &formats)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The date is empty."));
    QStringList patterns{QStringLiteral("yyyy-MM-dd")};
    for (const QString &format : formats)
        if (!patterns.contains(format))
            patterns << format;
    QString impossible;
    for (const QString &pattern : patterns) {
        DayMonthYear d;
        switch (fit(s, pattern, d)) {
        case Fit::BadPattern:
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("The date format \"%1\" is not supported (use d, dd, M, MM and yyyy).").arg(pattern));
        case Fit::No:
            break;
        case Fit::Yes: {
            const QDate date(d.year, d.month, d.day);
            if (date.isValid() && d.year > 0)
                return date;
            if (impossible.isEmpty())
                impossible = whyNotReal(d);
            break;
        }
        }
    }
    if (!impossible.isEmpty())
        return makeError(ErrorCode::InvalidInput, impossible);
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("The date is not in the form %1.").arg(patterns.join(QStringLiteral(" or "))));
}

} // namespace trellis::io
