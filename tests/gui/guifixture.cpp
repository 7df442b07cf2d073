#include "guifixture.h"

#include "store/demoalliance.h"
#include "store/partnerstore.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace trellis::test {

QString demoCopy(const ScratchDir &dir)
{
    static QTemporaryDir templateDir;
    static const QString templatePath = [] {
        const QString path = templateDir.filePath(QStringLiteral("demo.trellis"));
        auto demo = store::writeDemoAlliance(path, 600);
        REQUIRE(demo.ok());
        return path;
    }();
    const QString copy = dir.path(QStringLiteral("demo.trellis"));
    REQUIRE(QFile::copy(templatePath, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

store::Workspace openDemo(const ScratchDir &dir)
{
    store::OpenOptions options;
    options.dailyBackup = false;
    auto ws = store::Workspace::open(demoCopy(dir), options);
    REQUIRE(ws.ok());
    return std::move(*ws);
}

void showActive(QWidget &window)
{
    window.resize(1300, 820);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void answerNextDialog(int button, bool *seen)
{
    if (seen)
        *seen = false;
    QTimer::singleShot(0, [button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seen)
            *seen = true;
        // TRELLIS_GRAB_DIALOGS=DIR saves each answered dialog as it looked, to look at it.
        if (const QString dir = qEnvironmentVariable("TRELLIS_GRAB_DIALOGS"); !dir.isEmpty()) {
            static int grabbed = 0;
            box->grab().save(QStringLiteral("%1/dialog-%2.png").arg(dir).arg(++grabbed));
        }
        box->button(QMessageBox::StandardButton(button))->click();
    });
}

qint64 addPartner(store::Workspace &ws, const QString &name, const QString &language, const QString &zone)
{
    domain::Partner p;
    p.name = domain::BilingualText(language, name);
    p.languages = {language};
    p.timeZone = zone;
    auto id = store::PartnerStore(ws).add(p);
    REQUIRE(id.ok());
    return *id;
}

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace trellis::test
