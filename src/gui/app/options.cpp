#include "gui/app/options.h"

#include "gui/widgets/palettes.h"
#include "domain/facilitation.h"
#include "util/versions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace trellis::gui {
namespace {

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a), second(b);
    if (first.exists() && second.exists())
        return first.canonicalFilePath() == second.canonicalFilePath();
    return first.absoluteFilePath() == second.absoluteFilePath();
}

} // namespace

Options parseOptions(const QStringList &arguments, int &exitCode)
{
    exitCode = -1;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Options", "Trellis — the slow-solidarity workbench"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QCoreApplication::translate("Options", "Open the workspace FILE."), QStringLiteral("FILE"));
    const QCommandLineOption grab(QStringLiteral("grab"),
        QCoreApplication::translate("Options", "Save the main window as FILE.png once loaded, then exit."), QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate("Options", "User-interface language (en, es, fr, ar, pt)."), QStringLiteral("L"));
    const QCommandLineOption languages(QStringLiteral("languages"),
        QCoreApplication::translate("Options", "The side-by-side language pair, e.g. fa,es."), QStringLiteral("A,B"));
    const QCommandLineOption section(QStringLiteral("section"),
        QCoreApplication::translate("Options", "Section to show: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys."),
        QStringLiteral("S"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        QCoreApplication::translate("Options", "Log debug messages (ids only) to the terminal and the log file."));
    const QCommandLineOption scrollEnd(QStringLiteral("scroll-end"),
        QCoreApplication::translate("Options", "Once the section is shown, go to the last row of its list (as Ctrl+End does), "
                                               "e.g. to grab the end of a long ledger."));
    const QCommandLineOption palette(QStringLiteral("palette"),
        QCoreApplication::translate("Options", "Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system)."),
        QStringLiteral("P"));
    const QCommandLineOption facilitate(QStringLiteral("facilitate"),
        QCoreApplication::translate("Options", "Run the retro RETRO_ID in facilitation mode (full screen)."), QStringLiteral("RETRO_ID"));
    const QCommandLineOption phase(QStringLiteral("phase"),
        QCoreApplication::translate("Options", "With --facilitate, open at a phase: check_in, write, reveal, group, vote, "
                                               "discuss, actions, close."), QStringLiteral("NAME"));
    const QCommandLineOption compare(QStringLiteral("compare-quarters"),
        QCoreApplication::translate("Options", "Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4."),
        QStringLiteral("FROM:TO"));
    parser.addOptions({workspace, grab, language, languages, section, palette, scrollEnd, facilitate, phase, compare, verbose});
    parser.addPositionalArgument(QStringLiteral("file"),
        QCoreApplication::translate("Options", "The workspace to open (as --workspace FILE does)."), QStringLiteral("[FILE]"));

    Options options;
    auto fail = [&](const QString &message) {
        std::fprintf(stderr, "trellis: %s\n", qPrintable(message));
        exitCode = 2;
        return options;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        exitCode = 0;
        return options;
    }
    if (parser.isSet(versionOption)) {
        std::printf("trellis %s (Qt %s, SQLite %s, ICU %s)\n%s\n", qPrintable(trellisVersion()),
                    qPrintable(qtVersion()), qPrintable(sqliteVersion()), qPrintable(icuVersion()),
                    qPrintable(licenceNotice()));
        exitCode = 0;
        return options;
    }
    // A file manager opens a workspace as `trellis FILE` (the desktop entry's %f).
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QStringLiteral("one workspace at a time: \"%1\" and \"%2\"").arg(files.at(0), files.at(1)));
    if (!files.isEmpty() && parser.isSet(workspace) && !sameFile(files.first(), parser.value(workspace)))
        return fail(QStringLiteral("two workspaces given: \"%1\" and --workspace \"%2\"").arg(files.first(), parser.value(workspace)));
    options.workspace = files.isEmpty() ? parser.value(workspace) : files.first();
    options.grabPath = parser.value(grab);
    options.uiLanguage = parser.value(language);
    options.palette = parser.isSet(palette) ? parser.value(palette) : qEnvironmentVariable("TRELLIS_PALETTE");
    bool knownPalette = false;
    namedPalette(options.palette, &knownPalette);
    if (!knownPalette)
        return fail(QStringLiteral("unknown palette \"%1\" (system, dark, high-contrast)").arg(options.palette));
    options.verbose = parser.isSet(verbose);
    options.scrollEnd = parser.isSet(scrollEnd);
    if (parser.isSet(languages)) {
        options.languagePair = parser.value(languages).split(u',', Qt::SkipEmptyParts);
        if (options.languagePair.size() != 2 || options.languagePair.at(0) == options.languagePair.at(1))
            return fail(QStringLiteral("--languages takes two different language tags, e.g. fa,es"));
    }
    if (parser.isSet(facilitate)) {
        bool ok = false;
        options.facilitateRetro = parser.value(facilitate).toLongLong(&ok);
        if (!ok || options.facilitateRetro <= 0)
            return fail(QStringLiteral("--facilitate takes a retro id, e.g. --facilitate 3"));
    }
    options.compareQuarters = parser.value(compare);
    if (parser.isSet(phase)) {
        options.facilitatePhase = parser.value(phase);
        if (!options.facilitateRetro || !domain::retroPhaseFromKey(options.facilitatePhase))
            return fail(QStringLiteral("--phase takes one of check_in, write, reveal, group, vote, discuss, actions, close, "
                                       "with --facilitate"));
    }
    if (parser.isSet(section)) {
        const auto s = sectionFromKey(parser.value(section));
        if (!s)
            return fail(QStringLiteral("unknown section \"%1\" (partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys)")
                            .arg(parser.value(section)));
        options.section = *s;
    }
    return options;
}

} // namespace trellis::gui
