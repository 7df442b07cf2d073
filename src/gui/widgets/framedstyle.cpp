#include "gui/widgets/framedstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace trellis::gui {
namespace {

enum class Shape { Rectangle, Ellipse };

/// Outlines rect inside its bounds: one device-independent pixel of WindowText, or two of
/// Highlight when the control has the focus (so the focused field reads without colour too).
void outline(const QStyleOption *option, QPainter *painter, const QRect &rect, Shape shape = Shape::Rectangle)
{
    const bool focused = option->state.testFlag(QStyle::State_HasFocus);
    const bool enabled = option->state.testFlag(QStyle::State_Enabled);
    const QPalette::ColorGroup group = enabled ? QPalette::Active : QPalette::Disabled;
    const QColor colour = focused ? option->palette.color(group, QPalette::Highlight)
                                  : option->palette.color(group, QPalette::WindowText);
    const int width = focused ? 2 : 1;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, shape == Shape::Ellipse);
    painter->setBrush(Qt::NoBrush);
    QPen pen(colour, width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    // A pen of width w centred on a line: inset by half of it so the whole stroke stays inside rect.
    const QRectF inside = QRectF(rect).adjusted(width / 2.0, width / 2.0, -width / 2.0, -width / 2.0);
    if (shape == Shape::Ellipse)
        painter->drawEllipse(inside);
    else
        painter->drawRect(inside);
    painter->restore();
}

} // namespace

FramedStyle::FramedStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("FramedFusion"));
}

void FramedStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
    case PE_Frame:
    case PE_FrameGroupBox:
    case PE_FrameTabWidget:
    case PE_PanelButtonCommand:
    case PE_IndicatorCheckBox:
        outline(option, painter, option->rect);
        break;
    case PE_IndicatorRadioButton:
        outline(option, painter, option->rect, Shape::Ellipse);
        break;
    default:
        break;
    }
}

void FramedStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                     const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Fusion draws the spin box's outline itself, and caches the combo box it draws, frame included.
    if (control == CC_SpinBox || control == CC_ComboBox)
        outline(option, painter, option->rect);
}

} // namespace trellis::gui
