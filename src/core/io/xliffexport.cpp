#include "io/xliffexport.h"

#include "i18n/language.h"
#include "io/xliffunit.h"
#include "store/translationqueue.h"
#include "store/workspace.h"
#include "util/log.h"
#include "util/versions.h"

#include <QIODevice>
#include <QXmlStreamWriter>

namespace trellis::io {
namespace {

/// What a translator needs to know about a field, in a sentence.
QString fieldNote(const store::QueueItem &item)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("partner"), QStringLiteral("a partner")},
        {QStringLiteral("paraphrase"), QStringLiteral("a paraphrase of a partner's goals (the listening quorum)")},
        {QStringLiteral("ledger_entry"), QStringLiteral("a reciprocity ledger entry")},
        {QStringLiteral("retro_answer"), QStringLiteral("an answer in a solidarity retro")},
        {QStringLiteral("retro_action"), QStringLiteral("an action agreed in a solidarity retro")},
        {QStringLiteral("retro_theme"), QStringLiteral("a theme that groups answers in a solidarity retro")},
        {QStringLiteral("retro_note"), QStringLiteral("the facilitator's note on a theme or answer of a solidarity retro")},
        {QStringLiteral("retro_local_update"), QStringLiteral("a partner's local update at the start of a solidarity retro")},
        {QStringLiteral("retro_action_review"), QStringLiteral("a review of last quarter's action in a solidarity retro")},
        {QStringLiteral("protocol"), QStringLiteral("a conflict protocol")},
        {QStringLiteral("incident"), QStringLiteral("an incident handled with a conflict protocol")},
        {QStringLiteral("rehearsal"), QStringLiteral("a rupture rehearsal")},
        {QStringLiteral("paraphrase_event"), QStringLiteral("an answer to a paraphrase of a partner's goals (a note sending it back)")},
        {QStringLiteral("campaign"), QStringLiteral("a campaign the partners run together")},
        {QStringLiteral("cultural_exchange"), QStringLiteral("a cultural exchange between partners (a song, a meal, a vigil)")},
        {QStringLiteral("shared_risk"), QStringLiteral("a risk the partners took together")},
        {QStringLiteral("shared_risk_part"), QStringLiteral("one partner's part in a shared risk")},
        {QStringLiteral("narrative_crossover"), QStringLiteral("a narrative crossover (a slogan born in one language, reborn in another)")},
        {QStringLiteral("ritual"), QStringLiteral("a ritual of the alliance's calendar (a retro, a listening circle)")},
        {QStringLiteral("pause"), QStringLiteral("a pause two partners agreed to take in their work together")},
        {QStringLiteral("custodian_term"), QStringLiteral("a hand-over of the alliance's archive to its next custodian")},
        {QStringLiteral("fire_drill"), QStringLiteral("a fire drill (a week without messages, or representatives swapping roles)")},
        {QStringLiteral("envoy_journey"), QStringLiteral("an envoy's journey from one partner to another")},
    };
    QString field = item.field;
    if (field.startsWith(QLatin1String("step:")))
        field = QStringLiteral("step %1").arg(field.mid(5));
    QString note = QStringLiteral("The %1 of %2 (%3 %4).")
                       .arg(field, kinds.value(item.ownerKind, item.ownerKind), item.ownerKind)
                       .arg(item.ownerId);
    if (item.settled)
        note += QStringLiteral(" Its record is published or agreed: only its translations can still change.");
    if (item.status == domain::TranslationStatus::Machine)
        note += QStringLiteral(" The target is a machine draft: correct it, or keep it and mark it reviewed.");
    return note;
}

} // namespace

Result<qint64> exportXliff(store::Workspace &workspace, const XliffExportOptions &options, QIODevice &device)
{
    auto source = i18n::canonicalLanguageTag(options.sourceLanguage);
    if (!source)
        return source.error();
    auto target = i18n::canonicalLanguageTag(options.targetLanguage);
    if (!target)
        return target.error();
    if (*source == *target)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The source and target languages are the same"));
    store::QueueFilter filter{*target, options.kinds, {*source}, std::nullopt};
    if (!options.includeMachine)
        filter.status = domain::TranslationStatus::Missing;
    auto queue = store::translationQueue(workspace.database(), filter);
    if (!queue)
        return queue.error();
    auto settings = workspace.settings();
    if (!settings)
        return settings.error();

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    const QString ns = QString::fromLatin1(xliff::kNamespace);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(ns);
    xml.writeStartElement(ns, QStringLiteral("xliff"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(ns, QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("original"), QStringLiteral("trellis:") + settings->uuid);
    xml.writeAttribute(QStringLiteral("source-language"), *source);
    xml.writeAttribute(QStringLiteral("target-language"), *target);
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeStartElement(ns, QStringLiteral("header"));
    xml.writeEmptyElement(ns, QStringLiteral("tool"));
    xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("trellis"));
    xml.writeAttribute(QStringLiteral("tool-name"), QStringLiteral("Trellis"));
    xml.writeAttribute(QStringLiteral("tool-version"), trellisVersion());
    xml.writeEndElement(); // header
    xml.writeStartElement(ns, QStringLiteral("body"));
    for (const store::QueueItem &item : std::as_const(*queue)) {
        xml.writeStartElement(ns, QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), xliff::unitId(item.ownerUuid, item.field));
        xml.writeAttribute(QStringLiteral("resname"),
                           QStringLiteral("%1 %2 %3").arg(item.ownerKind).arg(item.ownerId).arg(item.field));
        xml.writeAttribute(QStringLiteral("http://www.w3.org/XML/1998/namespace"), QStringLiteral("space"),
                           QStringLiteral("preserve"));
        xml.writeAttribute(QStringLiteral("extradata"), xliff::extradata(item.source, item.draft));
        const bool machine = item.status == domain::TranslationStatus::Machine;
        xml.writeTextElement(ns, QStringLiteral("source"), item.source);
        if (machine) {
            const auto state = xliff::targetState(item.status);
            xml.writeStartElement(ns, QStringLiteral("target"));
            xml.writeAttribute(QStringLiteral("state"), state.state);
            xml.writeAttribute(QStringLiteral("state-qualifier"), state.stateQualifier);
            xml.writeCharacters(item.draft);
            xml.writeEndElement();
        } else if (options.dialect == XliffDialect::OmegaT) {
            xml.writeTextElement(ns, QStringLiteral("target"), item.source);
        }
        xml.writeStartElement(ns, QStringLiteral("context-group"));
        xml.writeAttribute(QStringLiteral("purpose"), QStringLiteral("location"));
        xml.writeStartElement(ns, QStringLiteral("context"));
        xml.writeAttribute(QStringLiteral("context-type"), QStringLiteral("record"));
        xml.writeCharacters(QStringLiteral("%1 %2").arg(item.ownerKind).arg(item.ownerId));
        xml.writeEndElement();
        xml.writeEndElement(); // context-group
        xml.writeStartElement(ns, QStringLiteral("note"));
        xml.writeAttribute(QStringLiteral("from"), QStringLiteral("Trellis"));
        xml.writeCharacters(fieldNote(item));
        xml.writeEndElement();
        xml.writeEndElement(); // trans-unit
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // file
    xml.writeEndElement(); // xliff
    xml.writeEndDocument();
    if (xml.hasError())
        return makeError(ErrorCode::Io, QStringLiteral("Could not write the XLIFF file: %1").arg(device.errorString()));
    log::get("io")->info("XLIFF export {}→{}: {} units", source->toStdString(), target->toStdString(), queue->size());
    return qint64(queue->size());
}

} // namespace trellis::io
