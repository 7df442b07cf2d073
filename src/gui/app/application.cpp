#include "gui/app/application.h"

#include "gui/app/mainwindow.h"
#include "gui/app/options.h"
#include "gui/app/preferencesdialog.h"
#include "gui/sections/sectionpage.h"
#include "gui/app/workspaceopener.h"
#include "store/workspace.h"
#include "util/datafolder.h"
#include "util/log.h"
#include "util/versions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace trellis::gui {
namespace {

QStringList defaultWorkingLanguages()
{
    const QString system = QLocale::system().name().section(u'_', 0, 0);
    QStringList languages;
    if (!system.isEmpty() && system != QLatin1String("C"))
        languages << system;
    for (const QString &fallback : {QStringLiteral("en"), QStringLiteral("es")}) {
        if (languages.size() < 2 && !languages.contains(fallback))
            languages << fallback;
    }
    return languages;
}

Result<store::Workspace> openOrCreate(const QString &path)
{
    if (QFileInfo::exists(path))
        return store::Workspace::open(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return store::Workspace::create(path, defaultWorkingLanguages());
}

} // namespace

QString defaultWorkspacePath()
{
    return QDir(datafolder::path()).filePath(QStringLiteral("default.trellis"));
}

QString installUiLanguage(QApplication &app, const QString &language)
{
    static QTranslator *trellisTranslator = nullptr;
    static QTranslator *qtTranslator = nullptr;
    for (QTranslator **t : {&trellisTranslator, &qtTranslator}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates); // a bare "C" environment reads English
    auto *ours = new QTranslator(&app);
    QString used = QStringLiteral("en");
    if (ours->load(locale, QStringLiteral("trellis"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        app.installTranslator(ours);
        trellisTranslator = ours;
        used = ours->language();
    } else {
        delete ours;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    app.setLayoutDirection(locale.textDirection());
    return used;
}

/// --scroll-end: Ctrl+End in the current section's list, as a user would press it, then Home
/// (Ctrl+End also goes to the last column; Home brings the row's start, its date, back into view).
static void goToListEnd(MainWindow &window)
{
    QTableView *list = window.page(window.currentSection())->list();
    list->setFocus(Qt::OtherFocusReason);
    for (const auto &[key, modifiers] : {std::pair{Qt::Key_End, Qt::ControlModifier}, std::pair{Qt::Key_Home, Qt::NoModifier}}) {
        QKeyEvent press(QEvent::KeyPress, key, modifiers);
        QApplication::sendEvent(list, &press);
        QKeyEvent release(QEvent::KeyRelease, key, modifiers);
        QApplication::sendEvent(list, &release);
    }
}

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trellis"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trellis"));
    QApplication::setOrganizationName(QStringLiteral("trellis"));
    QApplication::setApplicationVersion(trellisVersion());

    int exitCode = -1;
    const Options options = parseOptions(app.arguments(), exitCode);
    if (exitCode >= 0)
        return exitCode;

    const auto dataFolder = datafolder::prepare();
    log::setup(QDir(datafolder::path()).filePath(QStringLiteral("logs")), options.verbose);
    if (dataFolder) {
        datafolder::logPreparation(*dataFolder);
        followMovedWorkspaces(datafolder::legacyPath(), *dataFolder);
    } else {
        std::fprintf(stderr, "trellis: %s\n", qPrintable(dataFolder.error().message));
    }
    installUiLanguage(app, options.uiLanguage.isEmpty() ? PreferencesDialog::savedUiLanguage() : options.uiLanguage);

    const QString path = options.workspace.isEmpty() ? defaultWorkspacePath() : options.workspace;
    const bool grabbing = !options.grabPath.isEmpty();
    std::optional<store::Workspace> workspace;
    if (grabbing || !QFileInfo::exists(path)) {
        auto opened = openOrCreate(path);
        if (!opened) {
            log::get("gui")->error("workspace failed to open (code {})", int(opened.error().code));
            std::fprintf(stderr, "trellis: %s\n", qPrintable(opened.error().message));
            if (!grabbing)
                QMessageBox::critical(nullptr, QApplication::translate("Application", "Cannot open the workspace"),
                                      opened.error().message);
            return 1;
        }
        workspace = std::move(*opened);
        rememberWorkspace(path);
    } else {
        workspace = openWorkspaceInteractively(path, nullptr);
        if (!workspace)
            return 1;
    }

    auto *window = new MainWindow(std::move(*workspace));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (options.languagePair.size() == 2)
        window->setLanguagePair(options.languagePair.at(0), options.languagePair.at(1));
    window->showSection(options.section);

    if (grabbing) {
        window->resize(1400, 860);
        window->show();
        window->selectFirstRecord();
        if (options.scrollEnd)
            goToListEnd(*window);
        QTimer::singleShot(50, window, [window, grabPath = options.grabPath] {
            const bool saved = window->grab().save(grabPath, "PNG");
            if (!saved)
                std::fprintf(stderr, "trellis: cannot write %s\n", qPrintable(grabPath));
            QApplication::exit(saved ? 0 : 1);
        });
        const int code = app.exec();
        delete window;
        return code;
    }
    window->show();
    if (options.scrollEnd)
        goToListEnd(*window);
    QTimer::singleShot(0, window, [window] { window->recoverDraft(); });
    return app.exec();
}

} // namespace trellis::gui
