#include "io/apertiumdrafts.h"

#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QMap>

namespace trellis::io {
namespace {

using domain::TranslationStatus;

/// Saves one batch's drafts where the field is still missing and its original unchanged.
Status saveBatch(store::Workspace &workspace, const QList<const store::QueueItem *> &batch,
                 const QList<MachineDraft> &drafts, const QString &to, const QString &mode, DraftSummary &summary)
{
    auto transaction = store::Transaction::begin(workspace.database());
    if (!transaction)
        return transaction.error();
    store::TextStore texts(workspace.database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const store::QueueItem &item = *batch.at(i);
        auto text = texts.load(item.textId);
        if (!text)
            return text.error();
        if (text->statusIn(to) != TranslationStatus::Missing || text->original() != item.source
            || drafts.at(i).text.isEmpty()) {
            ++summary.skipped;
            continue;
        }
        text->setTranslation(to, {drafts.at(i).text, TranslationStatus::Machine, QStringLiteral("Apertium ") + mode, now});
        TRELLIS_TRY(text->normalise(item.field));
        auto saved = texts.save({item.ownerKind, item.ownerUuid, item.field}, *text, item.textId);
        if (!saved)
            return saved.error();
        TRELLIS_TRY(texts.setUnknownWords(item.textId, to, drafts.at(i).unknownWords));
        ++summary.drafted;
    }
    return transaction->commit();
}

} // namespace

Result<DraftSummary> draftWithApertium(store::Workspace &workspace, const QList<store::QueueItem> &items,
                                       const QString &targetLanguage, const ApertiumOptions &options,
                                       const DraftProgress &progress, int batchSize)
{
    auto modes = apertiumModes(options);
    if (!modes)
        return modes.error();
    QMap<QString, QList<const store::QueueItem *>> bySource;
    for (const store::QueueItem &item : items) {
        if (item.status == TranslationStatus::Missing)
            bySource[item.sourceLanguage].append(&item);
    }
    DraftSummary summary;
    qint64 total = 0;
    for (const auto &group : std::as_const(bySource))
        total += group.size();
    qint64 done = 0;
    for (auto group = bySource.cbegin(); group != bySource.cend(); ++group) {
        const auto mode = apertiumModeFor(*modes, group.key(), targetLanguage);
        if (!mode) {
            summary.skipped += group->size();
            summary.problems << noPairMessage(group.key(), targetLanguage);
            done += group->size();
            if (progress)
                progress(done, total);
            continue;
        }
        for (qsizetype start = 0; start < group->size(); start += batchSize) {
            if (options.stop && options.stop->load())
                return makeError(ErrorCode::Io, QStringLiteral("Apertium was stopped after %1 drafts").arg(summary.drafted));
            const auto batch = group->mid(start, batchSize);
            QStringList sources;
            for (const store::QueueItem *item : batch)
                sources << item->source;
            auto drafts = apertiumTranslate(*mode, sources, options);
            if (!drafts)
                return drafts.error();
            TRELLIS_TRY(saveBatch(workspace, batch, *drafts, targetLanguage, *mode, summary));
            done += batch.size();
            if (progress)
                progress(done, total);
        }
    }
    log::get("io")->info("apertium drafts into {}: {} drafted, {} skipped", targetLanguage.toStdString(),
                         summary.drafted, summary.skipped);
    return summary;
}

} // namespace trellis::io
