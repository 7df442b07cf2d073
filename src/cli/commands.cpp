#include "cli/commands.h"

#include "util/datafolder.h"
#include "util/log.h"
#include "util/versions.h"

#include <QDir>

#include <array>

namespace trellis::cli {
namespace {

const std::array kCommands = {
    Command{"init", "init FILE --languages en,es [--name NAME]: create a new workspace", &initCommand},
    Command{"check", "check FILE [--repair] [--head SHA256]: verify integrity, references, ledger invariants and the ledger chain (exit 0 only when all hold)", &checkCommand},
    Command{"backup", "backup FILE OUT: write a consistent copy of a workspace, even while it is open", &backupCommand},
    Command{"restore", "restore BACKUP FILE: replace FILE by a backup (the old file is kept as FILE.before-restore)", &restoreCommand},
    Command{"search", "search FILE QUERY [--limit N] [--json]: find records by any three letters, in any script", &searchCommand},
    Command{"show", "show FILE partner|ledger ID --languages A,B [--json]: one record side by side in two languages", &showCommand},
    Command{"demo", "demo FILE [--entries N]: create the demo alliance with N ledger entries (default 300)", &demoCommand},
    Command{"balance", "balance FILE [--partner A] [--with B] [--period 2026-Q3|2026-07|2026|2026-01-01..2026-03-31] [--totals] [--json]: given, received, net and asymmetry per unit (--totals: no narrative-only lists)", &balanceCommand},
    Command{"approve", "approve FILE ENTRY_ID --partner P --by NAME [--note TEXT] [--withdraw]: one side's consent to a funds entry", &approveCommand},
    Command{"import", "import ledger FILE CSV [--map date=Fecha,...] [--dry-run] [--rejects OUT.csv] [--create-partners] [--drafts] [--decimal comma|point] [--date-format dd/MM/yyyy] [--path auto|bulk|rows] [--json]: import ledger entries (exit 3 when rows were rejected)", &importCommand},
    Command{"export", "export ledger FILE --format csv|hledger --out PATH: export the ledger with its chain head", &exportCommand},
    Command{"translations", "translations FILE --to LANG [--kinds K,...] [--from LANG,...] [--status missing|machine] [--json] [--draft-with-apertium [--timeout S]]: every field missing or only machine-drafted in LANG, what matters first; with --draft-with-apertium, fill the missing ones with offline machine drafts to review", &translationsCommand},
    Command{"xliff", "xliff export FILE --from A --to B [--kinds K,...] [--include machine] [--dialect standard|omegat] --out F.xlf | xliff import FILE F.xlf [--by NAME] [--dry-run]: exchange the fields waiting for a translation with CAT tools (XLIFF 1.2; exit 3 when units were refused)", &xliffCommand},
    Command{"report", "report FILE ledger|retro|protocols|partners --languages A,B [--period P] [--partner NAME] --format pdf|html|odt|csv --out PATH: a bilingual report, side by side", &reportCommand},
    Command{"campaign", "campaign list FILE [--json] | campaign show FILE ID [--json] | campaign status FILE ID proposed|quorum_met|active|paused|closed: campaigns, their listening quorum (who still has to paraphrase whom) and their status, moved through the gate", &campaignCommand},
    Command{"risk", "risk list FILE [--json] | risk show FILE ID [--json]: the risks partners took together, by date, and the part each bore", &riskCommand},
    Command{"crossover", "crossover list FILE [--pair A,B [--one-way]] [--json] | crossover show FILE ID [--json] | crossover counts FILE [--json]: phrases, slogans and strategies reborn in another partner's language, over time and counted per pair", &crossoverCommand},
    Command{"calendar", "calendar FILE --out PATH.ics [--from YYYY-MM-DD --to YYYY-MM-DD] [--languages A,B] [--name NAME]: the rituals as an iCalendar file (RFC 5545) with stable UIDs, both languages of the pair", &calendarCommand},
    Command{"archive", "archive FILE --languages A,B --out DIR [--zip] [--custodian NAME]: the whole workspace as a bilingual archive with a SHA-256 manifest", &archiveCommand},
};

void printHelp()
{
    out(QStringLiteral("usage: trellis-cli [--verbose] COMMAND [ARGS]\n"
                       "       trellis-cli --version | --help\n\ncommands:"));
    for (const Command &command : kCommands)
        out(QStringLiteral("  ") + QString::fromUtf8(command.summary));
}

} // namespace

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void err(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
}

int run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    bool verbose = false;
    if (!args.isEmpty() && args.first() == QLatin1String("--verbose")) {
        verbose = true;
        args.removeFirst();
    }
    if (args.isEmpty()) {
        err(QStringLiteral("trellis-cli: no command given (try --help)"));
        return Usage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printHelp();
        return Success;
    }
    if (name == QLatin1String("--version")) {
        out(QStringLiteral("trellis-cli %1 (Qt %2, SQLite %3, ICU %4)\n%5")
                .arg(trellisVersion(), qtVersion(), sqliteVersion(), icuVersion(), licenceNotice()));
        return Success;
    }
    const auto dataFolder = datafolder::prepare(); // a failure only costs the log file
    log::setup(QDir(datafolder::path()).filePath(QStringLiteral("logs")), verbose);
    if (dataFolder)
        datafolder::logPreparation(*dataFolder);
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name)) {
            log::get("cli")->info("command {}", command.name);
            return command.entry(args);
        }
    }
    err(QStringLiteral("trellis-cli: unknown command \"%1\" (try --help)").arg(name));
    return Usage;
}

} // namespace trellis::cli
