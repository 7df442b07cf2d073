#include "gui/calendar/calendaragendamodel.h"

#include "gui/calendar/calendarlabels.h"
#include "gui/editing/labels.h"
#include "i18n/dateformat.h"

#include <QGuiApplication>
#include <QPalette>

namespace trellis::gui {

QString calendarDayText(const QDate &day, const QString &tag)
{
    auto written = i18n::formatDate(day, tag, i18n::DateStyle::Medium);
    auto type = i18n::calendarType(tag);
    const QString gregorian = shortDate(day);
    if (!written)
        return gregorian;
    if (type && *type == QLatin1String("gregorian"))
        return *written;
    return CalendarAgendaModel::tr("%1 (%2)").arg(isolated(*written), gregorian);
}

CalendarAgendaModel::CalendarAgendaModel(QObject *parent) : QAbstractTableModel(parent) {}

void CalendarAgendaModel::setEntries(const QList<CalendarEntry> &entries, const QString &calendarTag)
{
    beginResetModel();
    m_entries = entries;
    m_tag = calendarTag;
    endResetModel();
}

int CalendarAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CalendarAgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CalendarAgendaModel::dayText(const CalendarEntry &e) const
{
    if (e.lastDate != e.date)
        return tr("%1 to %2").arg(calendarDayText(e.date, m_tag), calendarDayText(e.lastDate, m_tag));
    return calendarDayText(e.date, m_tag);
}

QVariant CalendarAgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const CalendarEntry &e = m_entries.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == State)
        return entryColour(e, QGuiApplication::palette());
    if (role == Qt::ToolTipRole && index.column() == PartnerClocks)
        return e.partnerClocks.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Day: return dayText(e);
    case Time: return e.startText.isEmpty() ? tr("all day") : e.startText;
    case What: return e.title;
    case Kind:
        return e.kind == CalendarEntry::Kind::Pause ? tr("Pause") : ritualKindLabel(e.ritualKind);
    case State: return entryStateLabel(e);
    case PartnerClocks: return listLabel(e.partnerClocks);
    case ColumnCount: break;
    }
    return {};
}

QVariant CalendarAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Day: return tr("Day");
    case Time: return tr("Time");
    case What: return tr("What");
    case Kind: return tr("Kind");
    case State: return tr("State");
    case PartnerClocks: return tr("On the partners' clocks");
    case ColumnCount: break;
    }
    return {};
}

} // namespace trellis::gui
