#include "store/period.h"

#include "i18n/quarter.h"

#include <QRegularExpression>

namespace trellis::store {
namespace {

Error badPeriod(const QString &text, const QString &why)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("\"%1\" is not a period: %2 (use 2026, 2026-07, 2026-Q3 or "
                                    "2026-01-01..2026-03-31)").arg(text, why));
}

Result<QDate> parseDay(const QString &whole, const QString &day)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!iso.match(day).hasMatch() || !date.isValid())
        return badPeriod(whole, QStringLiteral("\"%1\" is not a real day in the form yyyy-MM-dd").arg(day));
    return date;
}

} // namespace

QString Period::toString() const
{
    if (isAllTime())
        return QStringLiteral("all time");
    return (first.isValid() ? first.toString(Qt::ISODate) : QString()) + QStringLiteral("..")
           + (last.isValid() ? last.toString(Qt::ISODate) : QString());
}

Result<Period> Period::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Period{};
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    if (auto m = year.match(text); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (y < 1)
            return badPeriod(text, QStringLiteral("there is no year 0"));
        return Period{QDate(y, 1, 1), QDate(y, 12, 31)};
    }
    if (auto m = month.match(text); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (!first.isValid() || first.year() < 1)
            return badPeriod(text, QStringLiteral("there is no month %1").arg(m.captured(2)));
        return Period{first, first.addMonths(1).addDays(-1)};
    }
    if (text.contains(QLatin1Char('Q'), Qt::CaseInsensitive)) {
        auto q = i18n::parseQuarter(text);
        if (!q)
            return badPeriod(text, QStringLiteral("quarters are written 2026-Q1 to 2026-Q4"));
        return Period{q->firstDay(), q->lastDay()};
    }
    const qsizetype dots = text.indexOf(QStringLiteral(".."));
    if (dots < 0) {
        auto day = parseDay(text, text);
        if (!day)
            return day.error();
        return Period{*day, *day};
    }
    const QString from = text.left(dots).trimmed(), to = text.mid(dots + 2).trimmed();
    if (from.isEmpty() && to.isEmpty())
        return badPeriod(text, QStringLiteral("a range needs at least one end"));
    Period p;
    if (!from.isEmpty()) {
        auto day = parseDay(text, from);
        if (!day)
            return day.error();
        p.first = *day;
    }
    if (!to.isEmpty()) {
        auto day = parseDay(text, to);
        if (!day)
            return day.error();
        p.last = *day;
    }
    if (p.first.isValid() && p.last.isValid() && p.first > p.last)
        return badPeriod(text, QStringLiteral("it ends before it starts"));
    return p;
}

QString Period::firstIso() const { return first.isValid() ? first.toString(Qt::ISODate) : QStringLiteral("0000-01-01"); }

QString Period::lastIso() const { return last.isValid() ? last.toString(Qt::ISODate) : QStringLiteral("9999-12-31"); }

} // namespace trellis::store
