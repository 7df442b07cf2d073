#include "gui/app/application.h"

#include "gui/app/mainwindow.h"
#include "gui/facilitation/facilitationwindow.h"
#include "gui/facilitation/runretro.h"
#include "gui/app/options.h"
#include "gui/app/preferencesdialog.h"
#include "gui/sections/sectionpage.h"
#include "gui/app/workspaceinstance.h"
#include "gui/app/workspaceopener.h"
#include "gui/widgets/palettes.h"
#include "gui/widgets/themedicon.h"
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

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string_view>

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

static void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("trellis"));
    QCoreApplication::setOrganizationName(QStringLiteral("trellis"));
    QCoreApplication::setApplicationVersion(trellisVersion());
}

/// --help and --version are answered without a display (a package's smoke test, a terminal over
/// ssh): a QApplication would abort without one, so they are parsed under a QCoreApplication.
static bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

/// --facilitate: the facilitation window alone, full screen (or grabbed at a working size).
static int runFacilitation(QApplication &app, store::Workspace &workspace, const Options &options)
{
    FacilitationWindow window(workspace, options.facilitateRetro, domain::retroPhaseFromKey(options.facilitatePhase));
    if (!window.openError().isEmpty()) {
        std::fprintf(stderr, "trellis: %s\n", qPrintable(window.openError()));
        return 1;
    }
    if (options.grabPath.isEmpty()) {
        window.showForRoom();
        return app.exec();
    }
    window.resize(1400, 860);
    window.show();
    QTimer::singleShot(50, &window, [&window, grabPath = options.grabPath] {
        const bool saved = window.grab().save(grabPath, "PNG");
        if (!saved)
            std::fprintf(stderr, "trellis: cannot write %s\n", qPrintable(grabPath));
        QApplication::exit(saved ? 0 : 1);
    });
    return app.exec();
}

int runApplication(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        int exitCode = -1;
        parseOptions(core.arguments(), exitCode);
        return std::max(exitCode, 0);
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Trellis"));
    QGuiApplication::setDesktopFileName(applicationId());
    QApplication::setWindowIcon(applicationIcon());

    int exitCode = -1;
    const Options options = parseOptions(app.arguments(), exitCode);
    if (exitCode >= 0)
        return exitCode;

    applyPalette(options.palette);
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
    std::unique_ptr<WorkspaceInstance> claim;
    if (!grabbing) {
        claim.reset(WorkspaceInstance::claim(path));
        if (!claim) {
            std::printf("trellis: %s is already open in another Trellis window, which was brought forward\n",
                        qPrintable(QDir::toNativeSeparators(path)));
            return 0;
        }
    }
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

    if (options.facilitateRetro)
        return runFacilitation(app, *workspace, options);
    if (!options.compareQuarters.isEmpty())
        return runQuarterComparison(app, *workspace, options.compareQuarters, options.grabPath);

    auto *window = new MainWindow(std::move(*workspace));
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (claim)
        claim.release()->setWindow(window);
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
