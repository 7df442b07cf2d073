#include "rhythm/recurrencerule.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <cstdlib>

namespace trellis::rhythm {
namespace {

constexpr std::array<const char16_t *, 7> kWeekdayCodes = {u"MO", u"TU", u"WE", u"TH", u"FR", u"SA", u"SU"};
constexpr int kMaxInterval = 1000;
constexpr int kMaxCount = 10000;

Error invalidRule(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

std::optional<int> weekdayFromCode(const QString &code)
{
    for (int i = 0; i < 7; ++i)
        if (code == QString::fromUtf16(kWeekdayCodes[size_t(i)]))
            return i + 1;
    return std::nullopt;
}

/// A whole number with an optional sign and no other characters ("+3", "-1", "12").
std::optional<int> parseInteger(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[+-]?\\d{1,5}$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

Result<int> parsePositive(const QString &part, const QString &value, int max)
{
    const auto n = parseInteger(value);
    if (!n || value.startsWith(u'-') || value.startsWith(u'+') || *n < 1 || *n > max)
        return invalidRule(QStringLiteral("%1 must be a whole number from 1 to %2, not \"%3\"").arg(part).arg(max).arg(value));
    return *n;
}

Result<QList<int>> parseNumberList(const QString &part, const QString &value, int min, int max, bool negativesToo)
{
    QList<int> numbers;
    for (const QString &item : value.split(u',')) {
        const auto n = parseInteger(item);
        const bool inRange = n && ((*n >= min && *n <= max) || (negativesToo && *n <= -min && *n >= -max));
        if (!inRange)
            return invalidRule(negativesToo
                               ? QStringLiteral("%1 takes numbers from %2 to %3 or from -%3 to -%2, not \"%4\"").arg(part).arg(min).arg(max).arg(item)
                               : QStringLiteral("%1 takes numbers from %2 to %3, not \"%4\"").arg(part).arg(min).arg(max).arg(item));
        if (!numbers.contains(*n))
            numbers.append(*n);
    }
    return numbers;
}

Result<QList<WeekdayNumber>> parseByDay(const QString &value)
{
    static const QRegularExpression form(QStringLiteral("^([+-]?\\d{1,2})?([A-Z]{2})$"));
    QList<WeekdayNumber> days;
    for (const QString &item : value.split(u',')) {
        const auto match = form.match(item);
        const auto weekday = match.hasMatch() ? weekdayFromCode(match.captured(2)) : std::nullopt;
        if (!weekday)
            return invalidRule(QStringLiteral("BYDAY takes weekdays such as MO, 2TU or -1TH, not \"%1\"").arg(item));
        const int ordinal = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
        if (!match.captured(1).isEmpty() && (ordinal == 0 || std::abs(ordinal) > 53))
            return invalidRule(QStringLiteral("BYDAY's number must be from 1 to 53 or -53 to -1, not \"%1\"").arg(item));
        const WeekdayNumber day{ordinal, *weekday};
        if (!days.contains(day))
            days.append(day);
    }
    return days;
}

Result<void> parseUntil(const QString &value, RecurrenceRule &rule)
{
    static const QRegularExpression dateForm(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression utcForm(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z$"));
    if (const auto m = dateForm.match(value); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid())
            return invalidRule(QStringLiteral("UNTIL \"%1\" is not a date of the calendar").arg(value));
        rule.untilDate = date;
        return {};
    }
    if (const auto m = utcForm.match(value); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!date.isValid() || !time.isValid())
            return invalidRule(QStringLiteral("UNTIL \"%1\" is not a moment of the calendar").arg(value));
        rule.untilUtc = QDateTime(date, time, Qt::UTC);
        return {};
    }
    static const QRegularExpression floatingForm(QStringLiteral("^\\d{8}T\\d{6}$"));
    if (floatingForm.match(value).hasMatch())
        return invalidRule(QStringLiteral("UNTIL \"%1\" must be a UTC time ending in Z (such as 20271231T170000Z): a local time "
                                      "would end the rule at different moments for partners in different time zones").arg(value));
    return invalidRule(QStringLiteral("UNTIL must be a date such as 20271231 or a UTC time such as 20271231T170000Z, not \"%1\"").arg(value));
}

QString joinNumbers(const QList<int> &numbers)
{
    QStringList items;
    for (int n : numbers)
        items.append(QString::number(n));
    return items.join(u',');
}

} // namespace

QString weekdayCode(int weekday)
{
    return weekday >= 1 && weekday <= 7 ? QString::fromUtf16(kWeekdayCodes[size_t(weekday - 1)]) : QString();
}

Result<RecurrenceRule> RecurrenceRule::parse(const QString &text)
{
    QString body = text.trimmed().toUpper();
    if (body.startsWith(u"RRULE:"))
        body = body.mid(6);
    if (body.isEmpty())
        return invalidRule(QStringLiteral("The recurrence rule is empty; it needs at least FREQ (such as FREQ=MONTHLY)"));

    RecurrenceRule rule;
    QStringList seen;
    bool hasFrequency = false;
    for (const QString &part : body.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0 || eq == part.size() - 1)
            return invalidRule(QStringLiteral("\"%1\" is not a rule part; parts are written NAME=VALUE and separated by ';'").arg(part));
        const QString name = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (seen.contains(name))
            return invalidRule(QStringLiteral("%1 appears twice in the recurrence rule").arg(name));
        seen.append(name);

        if (name == u"FREQ") {
            if (value == u"WEEKLY")
                rule.frequency = Frequency::Weekly;
            else if (value == u"MONTHLY")
                rule.frequency = Frequency::Monthly;
            else if (value == u"YEARLY")
                rule.frequency = Frequency::Yearly;
            else if (value == u"SECONDLY" || value == u"MINUTELY" || value == u"HOURLY" || value == u"DAILY")
                return invalidRule(QStringLiteral("FREQ=%1 is not a ritual's rhythm; Trellis repeats rituals weekly, monthly or yearly").arg(value));
            else
                return invalidRule(QStringLiteral("FREQ must be WEEKLY, MONTHLY or YEARLY, not \"%1\"").arg(value));
            hasFrequency = true;
        } else if (name == u"INTERVAL") {
            auto n = parsePositive(name, value, kMaxInterval);
            TRELLIS_TRY(n);
            rule.interval = *n;
        } else if (name == u"COUNT") {
            auto n = parsePositive(name, value, kMaxCount);
            TRELLIS_TRY(n);
            rule.count = *n;
        } else if (name == u"UNTIL") {
            TRELLIS_TRY(parseUntil(value, rule));
        } else if (name == u"BYDAY") {
            auto days = parseByDay(value);
            TRELLIS_TRY(days);
            rule.byDay = *days;
        } else if (name == u"BYMONTHDAY") {
            auto days = parseNumberList(name, value, 1, 31, true);
            TRELLIS_TRY(days);
            rule.byMonthDay = *days;
        } else if (name == u"BYMONTH") {
            auto months = parseNumberList(name, value, 1, 12, false);
            TRELLIS_TRY(months);
            rule.byMonth = *months;
        } else if (name == u"WKST") {
            const auto day = weekdayFromCode(value);
            if (!day)
                return invalidRule(QStringLiteral("WKST must be a weekday from MO to SU, not \"%1\"").arg(value));
            rule.weekStart = *day;
        } else if (name == u"BYSETPOS" || name == u"BYWEEKNO" || name == u"BYYEARDAY" || name == u"BYHOUR"
                   || name == u"BYMINUTE" || name == u"BYSECOND") {
            return invalidRule(QStringLiteral("Trellis does not support %1 in a ritual's rule; use BYDAY, BYMONTHDAY and BYMONTH").arg(name));
        } else {
            return invalidRule(QStringLiteral("\"%1\" is not a part of a recurrence rule").arg(name));
        }
    }
    if (!hasFrequency)
        return invalidRule(QStringLiteral("The recurrence rule needs FREQ (WEEKLY, MONTHLY or YEARLY)"));
    TRELLIS_TRY(rule.validate());
    return rule;
}

Status RecurrenceRule::validate() const
{
    if (interval < 1 || interval > kMaxInterval)
        return invalidRule(QStringLiteral("INTERVAL must be a whole number from 1 to %1").arg(kMaxInterval));
    if (count && (*count < 1 || *count > kMaxCount))
        return invalidRule(QStringLiteral("COUNT must be a whole number from 1 to %1").arg(kMaxCount));
    if (int(bool(count)) + int(bool(untilDate)) + int(bool(untilUtc)) > 1)
        return invalidRule(QStringLiteral("A rule ends either after COUNT occurrences or on its UNTIL date, not both"));
    if (untilUtc && (!untilUtc->isValid() || untilUtc->timeSpec() != Qt::UTC))
        return invalidRule(QStringLiteral("UNTIL must be given in UTC"));
    if (untilDate && !untilDate->isValid())
        return invalidRule(QStringLiteral("UNTIL is not a date of the calendar"));
    if (weekStart < 1 || weekStart > 7)
        return invalidRule(QStringLiteral("WKST must be a weekday from MO to SU"));
    for (int m : byMonth)
        if (m < 1 || m > 12)
            return invalidRule(QStringLiteral("BYMONTH takes numbers from 1 to 12, not %1").arg(m));
    for (int d : byMonthDay)
        if (d == 0 || d < -31 || d > 31)
            return invalidRule(QStringLiteral("BYMONTHDAY takes numbers from 1 to 31 or from -31 to -1, not %1").arg(d));
    if (frequency == Frequency::Weekly && !byMonthDay.isEmpty())
        return invalidRule(QStringLiteral("BYMONTHDAY cannot be used with FREQ=WEEKLY; use FREQ=MONTHLY for days of the month"));
    for (const WeekdayNumber &day : byDay) {
        if (day.weekday < 1 || day.weekday > 7)
            return invalidRule(QStringLiteral("BYDAY has a weekday that is not MO to SU"));
        if (day.ordinal == 0)
            continue;
        const QString written = QString::number(day.ordinal) + weekdayCode(day.weekday);
        if (frequency == Frequency::Weekly)
            return invalidRule(QStringLiteral("BYDAY=%1 numbers a weekday, which only a MONTHLY or YEARLY rule can do").arg(written));
        const bool withinMonth = frequency == Frequency::Monthly || !byMonth.isEmpty();
        if (withinMonth && std::abs(day.ordinal) > 5)
            return invalidRule(QStringLiteral("BYDAY=%1: a month has at most 5 of each weekday").arg(written));
        if (std::abs(day.ordinal) > 53)
            return invalidRule(QStringLiteral("BYDAY=%1: a year has at most 53 of each weekday").arg(written));
    }
    return {};
}

QString RecurrenceRule::toRrule() const
{
    QStringList parts;
    switch (frequency) {
    case Frequency::Weekly: parts << QStringLiteral("FREQ=WEEKLY"); break;
    case Frequency::Monthly: parts << QStringLiteral("FREQ=MONTHLY"); break;
    case Frequency::Yearly: parts << QStringLiteral("FREQ=YEARLY"); break;
    }
    if (interval != 1)
        parts << QStringLiteral("INTERVAL=") + QString::number(interval);
    if (!byMonth.isEmpty())
        parts << QStringLiteral("BYMONTH=") + joinNumbers(byMonth);
    if (!byMonthDay.isEmpty())
        parts << QStringLiteral("BYMONTHDAY=") + joinNumbers(byMonthDay);
    if (!byDay.isEmpty()) {
        QStringList days;
        for (const WeekdayNumber &day : byDay)
            days << (day.ordinal ? QString::number(day.ordinal) : QString()) + weekdayCode(day.weekday);
        parts << QStringLiteral("BYDAY=") + days.join(u',');
    }
    if (weekStart != 1)
        parts << QStringLiteral("WKST=") + weekdayCode(weekStart);
    if (count)
        parts << QStringLiteral("COUNT=") + QString::number(*count);
    if (untilDate)
        parts << QStringLiteral("UNTIL=") + untilDate->toString(u"yyyyMMdd");
    if (untilUtc)
        parts << QStringLiteral("UNTIL=") + untilUtc->toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'");
    return parts.join(u';');
}

} // namespace trellis::rhythm
