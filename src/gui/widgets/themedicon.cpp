#include "gui/widgets/themedicon.h"

#include "util/log.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPalette>
#include <QPixmap>

// Outside any namespace, as Q_INIT_RESOURCE requires: the resource collection lives in the static
// trellis_gui library, whose unreferenced initialiser the linker would otherwise drop.
static void initTrellisResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(trellis);
        return true;
    }();
    (void)done;
}

namespace trellis::gui {
namespace {

/// The colour the bundled SVGs are drawn in; replaced by the palette's.
constexpr char kInkColour[] = "#232629";

QPixmap renderSvg(const QByteArray &svg, int size)
{
    QBuffer buffer;
    buffer.setData(svg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    return QPixmap::fromImage(reader.read());
}

} // namespace

QString applicationId()
{
    return QStringLiteral("io.github.trellis.Trellis");
}

QIcon bundledIcon(const QString &name)
{
    initTrellisResources();
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        log::get("gui")->warn("no bundled icon {}", name.toStdString());
        return {};
    }
    const QByteArray svg = file.readAll();
    const QPalette palette = QApplication::palette();
    QIcon icon;
    for (const auto &[group, mode] : {std::pair{QPalette::Active, QIcon::Normal}, std::pair{QPalette::Disabled, QIcon::Disabled}}) {
        QByteArray inked = svg;
        inked.replace(kInkColour, palette.color(group, QPalette::WindowText).name().toLatin1());
        for (int size : {16, 22, 24, 32, 48, 64})
            icon.addPixmap(renderSvg(inked, size), mode);
    }
    return icon;
}

QIcon themedIcon(const QString &name)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundledIcon(name);
}

QIcon applicationIcon()
{
    initTrellisResources();
    return QIcon::fromTheme(applicationId(), QIcon(QStringLiteral(":/icons/trellis.svg")));
}

} // namespace trellis::gui
