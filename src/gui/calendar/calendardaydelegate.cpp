#include "gui/calendar/calendardaydelegate.h"

#include "gui/calendar/calendarlabels.h"
#include "gui/calendar/calendarmonthmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace trellis::gui {

CalendarDayDelegate::CalendarDayDelegate(const CalendarMonthModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QSize CalendarDayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.fontMetrics.averageCharWidth() * 14, option.fontMetrics.height() * 5};
}

void CalendarDayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QPalette &palette = option.palette;
    const bool inMonth = index.data(CalendarMonthModel::InMonthRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(option.rect, selected ? palette.color(QPalette::Highlight).lighter(175)
                                   : inMonth ? palette.color(QPalette::Base)
                                             : palette.color(QPalette::AlternateBase));
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    const Qt::LayoutDirection direction = option.direction;
    const auto leading = QStyle::visualAlignment(direction, Qt::AlignLeft | Qt::AlignTop);
    const auto trailing = QStyle::visualAlignment(direction, Qt::AlignRight | Qt::AlignTop);
    QFont dayFont = option.font;
    dayFont.setBold(index.data(CalendarMonthModel::TodayRole).toBool());
    painter->setFont(dayFont);
    painter->setPen(inMonth ? palette.color(QPalette::Text) : palette.color(QPalette::PlaceholderText));
    painter->drawText(area, int(leading), index.data().toString());
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.8);
    painter->setFont(small);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString gregorian = index.data(CalendarMonthModel::GregorianRole).toString();
    if (!gregorian.isEmpty())
        painter->drawText(area, int(trailing), gregorian);
    if (index.data(CalendarMonthModel::TodayRole).toBool()) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }

    const QFontMetrics metrics(small);
    int y = area.top() + option.fontMetrics.height() + 2;
    const QList<int> covering = index.data(CalendarMonthModel::EntriesRole).value<QList<int>>();
    // As many lines as fit; when some do not, the last line says how many more there are.
    const int room = std::max(0, (area.bottom() - y) / metrics.height());
    const int shownLines = covering.size() > room ? std::max(0, room - 1) : int(covering.size());
    if (shownLines < covering.size() && room > 0) {
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(area.left(), y + shownLines * metrics.height(), area.width(), metrics.height()), int(leading),
                          tr("+%1 more").arg(QLocale().toString(covering.size() - shownLines)));
    }
    for (int i : covering.mid(0, shownLines)) {
        const CalendarEntry &e = m_model->entries().at(i);
        const QRect line(area.left(), y, area.width(), metrics.height());
        QColor mark = entryColour(e, palette);
        if (e.kind == CalendarEntry::Kind::Pause) {
            QColor band = mark;
            band.setAlpha(e.agreed ? 60 : 30);
            painter->fillRect(line, band);
        }
        const int markSize = metrics.height() / 2;
        const QRect markRect = QStyle::visualRect(direction, area,
                                                  QRect(area.left(), y + (metrics.height() - markSize) / 2, markSize, markSize));
        painter->setPen(Qt::NoPen);
        painter->setBrush(mark);
        painter->drawEllipse(markRect);
        const QRect textRect = QStyle::visualRect(direction, area, line.adjusted(markSize + 3, 0, 0, 0));
        painter->setPen(inMonth ? palette.color(QPalette::Text) : palette.color(QPalette::PlaceholderText));
        painter->drawText(textRect, int(leading), metrics.elidedText(e.title, Qt::ElideRight, textRect.width()));
        y += metrics.height();
    }
    painter->restore();
}

} // namespace trellis::gui
