#pragma once
// The high-contrast palette's style: Fusion with every field, button and box outlined in the
// palette's text colour, because Fusion derives its outlines from the window colour and a black
// window makes them black, so fields vanish into the window.

#include <QProxyStyle>

namespace trellis::gui {

/// Fusion whose frames (line edits, text areas, lists, combo and spin boxes, buttons, check and
/// radio indicators, group boxes, tab panes) are drawn in WindowText, and in Highlight, twice as
/// thick, around the field that has the keyboard focus.
class FramedStyle : public QProxyStyle {
    Q_OBJECT
public:
    FramedStyle();
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace trellis::gui
