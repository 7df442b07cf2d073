#include "gui/widgets/palettes.h"

#include "gui/widgets/framedstyle.h"

#include <QApplication>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

namespace trellis::gui {
namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32), base(0x1e, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x86, 0x8b, 0x90), highlight(0x2a, 0x6f, 0xa8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4b, 0x51));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x50, 0x56));
    return p;
}

/// Black and white, yellow selection: the contrast a projected room view or a low-vision reader needs.
QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xeb, 0x3b), grey(0xb0, 0xb0, 0xb0);
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                                     QPalette::ToolTipBase, QPalette::Mid, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                                     QPalette::Light, QPalette::Midlight})
        p.setColor(role, white);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::BrightText, yellow);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, black);
    p.setColor(QPalette::Link, QColor(0x8a, 0xd4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0xb0, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, grey);
    return p;
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

std::optional<QPalette> namedPalette(const QString &name, bool *known)
{
    if (known)
        *known = true;
    if (name == QLatin1String("dark"))
        return darkPalette();
    if (name == QLatin1String("high-contrast"))
        return highContrastPalette();
    if (known)
        *known = name.isEmpty() || name == QLatin1String("system");
    return std::nullopt;
}

bool applyPalette(const QString &name)
{
    bool known = false;
    const auto palette = namedPalette(name, &known);
    if (palette) {
        // Fusion follows any palette, but outlines fields in a shade of the window colour, which
        // the high-contrast palette's black makes invisible: there the frames are drawn in its text colour.
        if (name == QLatin1String("high-contrast"))
            QApplication::setStyle(new FramedStyle);
        else
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(*palette);
    }
    return known;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mixColours(const QColor &over, const QColor &under, double strength)
{
    auto mix = [strength](double o, double u) { return o * strength + u * (1 - strength); };
    return QColor::fromRgbF(float(mix(over.redF(), under.redF())), float(mix(over.greenF(), under.greenF())),
                            float(mix(over.blueF(), under.blueF())));
}

QColor readableTint(const QColor &colour, double strength, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    for (double s = std::clamp(strength, 0.0, 1.0); s > 0.0; s -= 0.05) {
        const QColor tinted = mixColours(colour, base, s);
        if (contrastRatio(tinted, text) >= 4.5)
            return tinted;
    }
    return base;
}

QString errorStyleSheet()
{
    const QPalette palette = QApplication::palette();
    return QStringLiteral("color: %1; background: %2; padding: 4px;")
        .arg(palette.color(QPalette::Text).name(), readableTint(QColor(0xd3, 0x2f, 0x2f), 0.45, palette).name());
}

} // namespace trellis::gui
