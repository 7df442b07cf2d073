// Icons: every bundled action icon renders, in the palette's text colour; the application icon is built in.
#include "testsupport.h"

#include "gui/widgets/themedicon.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>

using namespace trellis;

namespace {
/// The opaque pixels' most common colour (the ink) of icon at 32 px.
QColor inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(32, 32, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) == 255)
                ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return most ? QColor::fromRgba(best) : QColor();
}

struct PaletteScope {
    QPalette saved = QApplication::palette();
    ~PaletteScope() { QApplication::setPalette(saved); }
};
} // namespace

TEST_CASE("Every bundled action icon renders something", "[gui][icons]")
{
    gui::bundledIcon(QStringLiteral("list-add")); // registers the resource collection
    const QStringList loaded = QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")});
    REQUIRE(loaded.size() >= 12);
    for (const QString &file : loaded) {
        const QString name = file.chopped(4);
        INFO(name.toStdString());
        const QIcon icon = gui::bundledIcon(name);
        REQUIRE_FALSE(icon.isNull());
        CHECK(inkOf(icon).isValid());
    }
}

TEST_CASE("Bundled icons take the palette's text colour, and its disabled one", "[gui][icons]")
{
    PaletteScope scope;
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Active, QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    const QIcon onDark = gui::bundledIcon(QStringLiteral("document-save"));
    CHECK(inkOf(onDark) == QColor(0xee, 0xee, 0xee));
    CHECK(inkOf(onDark, QIcon::Disabled) == QColor(0x80, 0x80, 0x80));

    QPalette light = dark;
    light.setColor(QPalette::Active, QPalette::WindowText, QColor(0x10, 0x20, 0x30));
    QApplication::setPalette(light);
    CHECK(inkOf(gui::bundledIcon(QStringLiteral("document-save"))) == QColor(0x10, 0x20, 0x30));
}

TEST_CASE("An unknown icon name gives a null icon, the application icon is built in", "[gui][icons]")
{
    CHECK(gui::bundledIcon(QStringLiteral("no-such-icon")).isNull());
    const QIcon app = gui::applicationIcon();
    REQUIRE_FALSE(app.isNull());
    CHECK(inkOf(app).isValid());
    CHECK(gui::applicationId() == QStringLiteral("io.github.trellis.Trellis"));
}
