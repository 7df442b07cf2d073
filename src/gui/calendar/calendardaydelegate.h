#pragma once
// Paints one day of the month view: its number in the calendar shown, the Gregorian date beside
// it where the calendar differs, and a line per ritual, pause or hand-over, marked by its state.

#include <QStyledItemDelegate>

namespace trellis::gui {

class CalendarMonthModel;

/// The month view's cells; the colours of states are those of the agenda's State column.
class CalendarDayDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit CalendarDayDelegate(const CalendarMonthModel *model, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const CalendarMonthModel *m_model;
};

} // namespace trellis::gui
