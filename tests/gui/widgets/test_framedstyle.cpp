// The high-contrast style outlines fields, buttons and boxes so they show against a black window.
#include "testsupport.h"

#include "gui/widgets/framedstyle.h"
#include "gui/widgets/palettes.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleOption>

using namespace trellis;

namespace {

QPalette highContrast() { return *gui::namedPalette(QStringLiteral("high-contrast")); }

/// The widget as drawn by style in the high-contrast palette, at 1:1.
QImage render(QWidget &widget, QStyle &style, const QSize &size)
{
    widget.setStyle(&style);
    widget.setPalette(highContrast());
    widget.resize(size);
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

/// The strongest contrast with the window colour found along the image's left edge (its first two columns).
double leftEdgeContrast(const QImage &image)
{
    const QColor window = highContrast().color(QPalette::Window);
    double best = 1.0;
    for (int x = 0; x < 2; ++x)
        for (int y = image.height() / 4; y < image.height() * 3 / 4; ++y)
            best = std::max(best, gui::contrastRatio(image.pixelColor(x, y), window));
    return best;
}

} // namespace

TEST_CASE("High contrast: fields, boxes and buttons have an outline that reads against the window", "[gui][palette]")
{
    gui::FramedStyle style;
    QLineEdit edit;
    QComboBox combo;
    QSpinBox spin;
    QPushButton button;
    QComboBox editableCombo;
    editableCombo.setEditable(true);
    const QList<std::pair<const char *, QWidget *>> widgets{
        {"line edit", &edit}, {"combo box", &combo}, {"spin box", &spin}, {"button", &button}, {"editable combo", &editableCombo}};
    for (const auto &[name, widget] : widgets) {
        INFO(name);
        // WCAG 2.1 SC 1.4.11: a component's boundary needs 3:1 against what surrounds it.
        CHECK(leftEdgeContrast(render(*widget, style, QSize(160, 32))) >= 3.0);
    }
}

TEST_CASE("High contrast: an unchecked check box shows its box", "[gui][palette]")
{
    gui::FramedStyle style;
    QCheckBox box; // no text: whatever is light in the image is the indicator's outline
    const QImage image = render(box, style, QSize(32, 32));
    const QColor window = highContrast().color(QPalette::Window);
    int light = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            light += gui::contrastRatio(image.pixelColor(x, y), window) >= 3.0;
    CHECK(light >= 20); // four sides of a box of at least 6 pixels
}

TEST_CASE("High contrast: the focused field is outlined in the highlight colour, twice as thick", "[gui][palette]")
{
    gui::FramedStyle style;
    QLineEdit edit; // gives the style its widget, as a real paint would
    QImage image(120, 30, QImage::Format_RGB32);
    const QPalette palette = highContrast();
    for (bool focused : {false, true}) {
        INFO((focused ? "focused" : "not focused"));
        image.fill(palette.color(QPalette::Window));
        QStyleOptionFrame option;
        option.initFrom(&edit);
        option.rect = image.rect();
        option.palette = palette;
        option.lineWidth = 1;
        option.state = QStyle::State_Enabled | (focused ? QStyle::State_HasFocus : QStyle::State_None);
        {
            QPainter painter(&image);
            style.drawPrimitive(QStyle::PE_FrameLineEdit, &option, &painter, &edit);
        }
        const QColor expected = palette.color(focused ? QPalette::Highlight : QPalette::WindowText);
        const int y = image.height() / 2;
        CHECK(image.pixelColor(0, y) == expected);
        CHECK(image.pixelColor(image.width() - 1, y) == expected);
        CHECK((image.pixelColor(1, y) == expected) == focused);
    }
}

TEST_CASE("The high-contrast palette brings the framed style, the dark one plain Fusion", "[gui][palette]")
{
    const QString savedStyle = QApplication::style()->name();
    const QPalette savedPalette = QApplication::palette();
    REQUIRE(gui::applyPalette(QStringLiteral("high-contrast")));
    CHECK(qobject_cast<gui::FramedStyle *>(QApplication::style()) != nullptr);
    REQUIRE(gui::applyPalette(QStringLiteral("dark")));
    CHECK(qobject_cast<gui::FramedStyle *>(QApplication::style()) == nullptr);
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    QApplication::setStyle(savedStyle);
    QApplication::setPalette(savedPalette);
}
