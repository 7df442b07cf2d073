#pragma once
// The weeks of one month of a calendar (Gregorian, Persian, Buddhist, …) as a table of days, each
// with the day's number in that calendar, its Gregorian date, and the entries falling on it.

#include "gui/calendar/calendarentries.h"
#include "i18n/calendarmonth.h"

#include <QAbstractTableModel>

namespace trellis::gui {

/// Rows are weeks, columns weekdays from the UI locale's first day of the week.
class CalendarMonthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        DateRole = Qt::UserRole + 1, ///< the day, a QDate
        GregorianRole,               ///< its Gregorian day and month when the calendar is not Gregorian, else empty
        InMonthRole,                 ///< false for the days before and after the month that fill its weeks
        TodayRole,
        EntriesRole,                 ///< the entries' indexes into entries() that cover the day (QList<int>)
    };

    explicit CalendarMonthModel(QObject *parent = nullptr);

    /// Shows month (of calendarTag's calendar) with entries.
    void setMonth(const i18n::CalendarMonth &month, const QString &calendarTag, const QList<CalendarEntry> &entries,
                  const QDate &today);
    const i18n::CalendarMonth &month() const { return m_month; }
    const QList<CalendarEntry> &entries() const { return m_entries; }
    /// The first and last day the grid shows (whole weeks around the month).
    QDate gridFirst() const { return m_gridFirst; }
    QDate gridLast() const { return m_gridFirst.addDays(rowCount() * 7 - 1); }
    QModelIndex indexOf(const QDate &day) const;
    /// The first day of the week (the UI locale's) that holds day: where a month's grid starts.
    static QDate weekStartOf(const QDate &day);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDate dayAt(const QModelIndex &index) const { return m_gridFirst.addDays(index.row() * 7 + index.column()); }

    i18n::CalendarMonth m_month;
    QString m_tag;
    QList<CalendarEntry> m_entries;
    QDate m_gridFirst;
    QDate m_today;
    int m_weeks = 0;
};

} // namespace trellis::gui
