// The reference for GUI start-up: a bare QMainWindow that paints once, grabs itself and exits,
// the way `trellis --grab` does (the same window size, the same 50 ms before the grab).
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype grab = args.indexOf(QStringLiteral("--grab"));
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare"), &window));
    window.resize(1400, 860);
    window.show();
    QTimer::singleShot(50, &window, [&] {
        if (grab >= 0 && grab + 1 < args.size())
            window.grab().save(args.at(grab + 1), "PNG");
        QApplication::quit();
    });
    return app.exec();
}
