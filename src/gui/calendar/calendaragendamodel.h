#pragma once
// The agenda: the calendar's entries one per row, with the day in the calendar shown and the
// Gregorian beside it, the time on the organizer's clock, the state, and each partner's clock.

#include "gui/calendar/calendarentries.h"

#include <QAbstractTableModel>

namespace trellis::gui {

/// A list of calendar entries (a month's, or one day's in the month view).
class CalendarAgendaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Day, Time, What, Kind, State, PartnerClocks, ColumnCount };

    explicit CalendarAgendaModel(QObject *parent = nullptr);
    /// Shows entries, their days written in calendarTag's calendar.
    void setEntries(const QList<CalendarEntry> &entries, const QString &calendarTag);
    const CalendarEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString dayText(const CalendarEntry &entry) const;

    QList<CalendarEntry> m_entries;
    QString m_tag;
};

/// A day in the calendar of tag, with the Gregorian date beside it when the calendar differs:
/// "12 Azar 1405 (3 Dec 2026)".
QString calendarDayText(const QDate &day, const QString &tag);

} // namespace trellis::gui
