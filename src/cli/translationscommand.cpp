// trellis-cli translations: the translation queue of one language, for scripts and volunteers.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/jsonstream.h"
#include "io/apertiumdrafts.h"
#include "store/translationqueue.h"
#include "store/workspace.h"

#include <QDateTime>

namespace trellis::cli {
namespace {

const QString kTranslationsUsage = QStringLiteral(
    "translations FILE --to LANG [--kinds K,...] [--from LANG,...] [--status missing|machine] [--json] "
    "[--draft-with-apertium [--timeout SECONDS]]");

QStringList listOption(const CommandLine &line, const QString &name)
{
    const auto text = line.value(name);
    return text ? text->split(u',', Qt::SkipEmptyParts) : QStringList();
}

/// Fills the missing fields of the queue with Apertium drafts (status machine), asked for by name.
int draft(const QString &path, store::QueueFilter filter, int timeoutSeconds)
{
    auto ws = store::Workspace::open(path);
    if (!ws) {
        err(QStringLiteral("trellis-cli translations: ") + ws.error().message);
        return Failure;
    }
    filter.status = domain::TranslationStatus::Missing;
    auto queue = store::translationQueue(ws->database(), filter);
    if (!queue) {
        err(QStringLiteral("trellis-cli translations: ") + queue.error().message);
        return Failure;
    }
    io::ApertiumOptions options;
    options.timeout = std::chrono::seconds(timeoutSeconds);
    auto summary = io::draftWithApertium(*ws, *queue, filter.targetLanguage, options, [](qint64 done, qint64 total) {
        err(QStringLiteral("%1 of %2 fields").arg(done).arg(total));
    });
    if (!summary) {
        err(QStringLiteral("trellis-cli translations: ") + summary.error().message);
        return Failure;
    }
    for (const QString &problem : std::as_const(summary->problems))
        err(problem);
    out(QStringLiteral("%1 fields drafted by Apertium into %2 (status machine, to review), %3 skipped")
            .arg(summary->drafted).arg(filter.targetLanguage).arg(summary->skipped));
    return Success;
}

} // namespace

int translationsCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("to"), QStringLiteral("kinds"), QStringLiteral("from"),
                                 QStringLiteral("status"), QStringLiteral("timeout")},
                     {QStringLiteral("json"), QStringLiteral("draft-with-apertium")});
    if (!line.expectPositionals(1, 1, kTranslationsUsage) || !line.value(QStringLiteral("to"))) {
        err(QStringLiteral("trellis-cli translations: ") + (line.ok() ? QStringLiteral("--to LANG is required") : line.error())
            + QStringLiteral("\nusage: trellis-cli ") + kTranslationsUsage);
        return Usage;
    }
    store::QueueFilter filter;
    filter.targetLanguage = *line.value(QStringLiteral("to"));
    filter.kinds = listOption(line, QStringLiteral("kinds"));
    filter.sourceLanguages = listOption(line, QStringLiteral("from"));
    if (const auto status = line.value(QStringLiteral("status"))) {
        if (*status == QLatin1String("missing")) {
            filter.status = domain::TranslationStatus::Missing;
        } else if (*status == QLatin1String("machine")) {
            filter.status = domain::TranslationStatus::Machine;
        } else {
            err(QStringLiteral("trellis-cli translations: --status takes missing or machine"));
            return Usage;
        }
    }
    if (line.flag(QStringLiteral("draft-with-apertium"))) {
        const int timeout = line.value(QStringLiteral("timeout")).value_or(QStringLiteral("60")).toInt();
        if (timeout < 1 || timeout > 3600) {
            err(QStringLiteral("trellis-cli translations: --timeout takes whole seconds from 1 to 3600"));
            return Usage;
        }
        return draft(line.positionals().at(0), filter, timeout);
    }
    auto ws = store::Workspace::open(line.positionals().at(0), {.readOnly = true, .dailyBackup = false});
    if (!ws) {
        err(QStringLiteral("trellis-cli translations: ") + ws.error().message);
        return Failure;
    }
    auto queue = store::translationQueue(ws->database(), filter);
    if (!queue) {
        err(QStringLiteral("trellis-cli translations: ") + queue.error().message);
        return queue.error().code == ErrorCode::InvalidInput ? Usage : Failure;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto ageDays = [&](const store::QueueItem &item) { return item.since.isValid() ? item.since.daysTo(now) : 0; };
    if (line.flag(QStringLiteral("json"))) {
        JsonStream json(stdout);
        json.beginArray();
        for (const store::QueueItem &item : std::as_const(*queue)) {
            json.beginObject()
                .value("kind", item.ownerKind)
                .value("id", item.ownerId)
                .value("uuid", item.ownerUuid)
                .value("field", item.field)
                .value("opens_kind", item.record.kind)
                .value("opens_id", item.record.id)
                .value("source_language", item.sourceLanguage)
                .value("status", domain::statusKey(item.status))
                .value("words", qint64(item.words))
                .value("since", item.since.toString(Qt::ISODateWithMs))
                .value("age_days", ageDays(item))
                .value("settled", qint64(item.settled ? 1 : 0))
                .endObject()
                .newline();
        }
        json.endArray().newline();
        return Success;
    }
    qint64 words = 0;
    for (const store::QueueItem &item : std::as_const(*queue)) {
        words += item.words;
        out(QStringLiteral("%1 %2\t%3\t%4→%5\t%6\t%7 words\t%8 days%9")
                .arg(item.ownerKind).arg(item.ownerId)
                .arg(item.field, item.sourceLanguage, filter.targetLanguage, domain::statusKey(item.status))
                .arg(item.words).arg(ageDays(item))
                .arg(item.settled ? QStringLiteral("\tsettled") : QString()));
    }
    out(QStringLiteral("%1 fields, %2 words to translate into %3").arg(queue->size()).arg(words).arg(filter.targetLanguage));
    return Success;
}

} // namespace trellis::cli
