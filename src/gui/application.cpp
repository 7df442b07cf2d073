#include "gui/application.h"

#include "gui/mainwindow.h"
#include "gui/options.h"
#include "store/workspace.h"
#include "util/log.h"
#include "util/versions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
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
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("default.trellis"));
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
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
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

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    log::setup(QDir(dataDir).filePath(QStringLiteral("logs")), options.verbose);
    installUiLanguage(app, options.uiLanguage);

    const QString path = options.workspace.isEmpty() ? defaultWorkspacePath() : options.workspace;
    auto workspace = openOrCreate(path);
    if (!workspace) {
        log::get("gui")->error("workspace failed to open (code {})", int(workspace.error().code));
        if (!options.grabPath.isEmpty()) {
            std::fprintf(stderr, "trellis: %s\n", qPrintable(workspace.error().message));
            return 1;
        }
        QMessageBox::critical(nullptr, QApplication::translate("Application", "Cannot open the workspace"),
                              workspace.error().message);
        return 1;
    }

    MainWindow window(std::move(*workspace));
    window.showSection(options.section);
    if (options.languagePair.size() == 2)
        window.setLanguagePair(options.languagePair.at(0), options.languagePair.at(1));

    if (!options.grabPath.isEmpty()) {
        window.resize(1280, 800);
        window.show();
        QTimer::singleShot(0, &window, [&] {
            const bool saved = window.grab().save(options.grabPath, "PNG");
            if (!saved)
                std::fprintf(stderr, "trellis: cannot write %s\n", qPrintable(options.grabPath));
            QApplication::exit(saved ? 0 : 1);
        });
        return app.exec();
    }
    window.show();
    return app.exec();
}

} // namespace trellis::gui
