#include "gui/widgets/elidingcombobox.h"

#include <QAbstractItemView>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace trellis::gui {

ElidingComboBox::ElidingComboBox(QWidget *parent, int minimumCharacters) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(minimumCharacters);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { setToolTip(currentText()); });
}

QRect ElidingComboBox::textRect() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
}

QString ElidingComboBox::shownText() const
{
    // The style draws the label one pixel in from each side of the edit field.
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, textRect().width() - 2);
}

void ElidingComboBox::showPopup()
{
    view()->setTextElideMode(Qt::ElideRight);
    QComboBox::showPopup();
    QWidget *popup = view()->window();
    const int widest = std::max(width(), window()->width() / 2);
    if (popup->width() > widest) {
        // The list's leading edge stays where the box's is.
        const QRect at = popup->geometry();
        const int left = layoutDirection() == Qt::RightToLeft ? mapToGlobal(QPoint(width(), 0)).x() - widest : at.left();
        popup->setGeometry(left, at.top(), widest, at.height());
    }
}

void ElidingComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace trellis::gui
