#include "gui/calendar/calendarmonthmodel.h"

#include "i18n/dateformat.h"

#include <QLocale>

namespace trellis::gui {

CalendarMonthModel::CalendarMonthModel(QObject *parent) : QAbstractTableModel(parent) {}

void CalendarMonthModel::setMonth(const i18n::CalendarMonth &month, const QString &calendarTag,
                                  const QList<CalendarEntry> &entries, const QDate &today)
{
    beginResetModel();
    m_month = month;
    m_tag = calendarTag;
    m_entries = entries;
    m_today = today;
    m_gridFirst = weekStartOf(month.firstDay);
    const qint64 days = m_gridFirst.daysTo(month.lastDay) + 1;
    m_weeks = int((days + 6) / 7);
    endResetModel();
}

QDate CalendarMonthModel::weekStartOf(const QDate &day)
{
    const int weekStart = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - weekStart + 7) % 7));
}

QModelIndex CalendarMonthModel::indexOf(const QDate &day) const
{
    const qint64 offset = m_gridFirst.daysTo(day);
    if (offset < 0 || offset >= qint64(m_weeks) * 7)
        return {};
    return index(int(offset / 7), int(offset % 7));
}

int CalendarMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int CalendarMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarMonthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QDate day = dayAt(index);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        auto counted = i18n::calendarDay(day, m_tag);
        return locale.toString(counted ? counted->day : day.day());
    }
    case Qt::AccessibleTextRole: {
        auto written = i18n::formatDate(day, m_tag, i18n::DateStyle::Full);
        return written ? *written : day.toString(Qt::ISODate);
    }
    case DateRole: return day;
    case GregorianRole:
        if (m_month.calendar == QLatin1String("gregorian"))
            return QString();
        return QString(locale.toString(day.day()) + u' ' + locale.monthName(day.month(), QLocale::ShortFormat));
    case InMonthRole: return day >= m_month.firstDay && day <= m_month.lastDay;
    case TodayRole: return day == m_today;
    case EntriesRole: {
        QList<int> covering;
        for (int i = 0; i < m_entries.size(); ++i)
            if (m_entries[i].covers(day))
                covering << i;
        return QVariant::fromValue(covering);
    }
    default: break;
    }
    return {};
}

QVariant CalendarMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const int weekday = (int(QLocale().firstDayOfWeek()) - 1 + section) % 7 + 1;
    return QLocale().dayName(weekday, QLocale::ShortFormat);
}

} // namespace trellis::gui
