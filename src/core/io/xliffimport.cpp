#include "io/xliffimport.h"

#include "i18n/language.h"
#include "io/xliffunit.h"
#include "store/statement.h"
#include "store/textstore.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

namespace trellis::io {
namespace {

using domain::TranslationStatus;

/// One trans-unit as read.
struct Unit {
    QString id;
    QString extradata;
    QString source;
    bool hasTarget = false;
    QString target;
    QString state;
    QString stateQualifier;
};

struct XliffFile {
    QString sourceLanguage;
    QString targetLanguage;
    QList<Unit> units;
};

Error fileError(const QString &path, const QString &what)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, what));
}

Result<QString> language(const QString &path, const QXmlStreamAttributes &attributes, const QString &name)
{
    const QString tag = attributes.value(name).toString();
    if (tag.isEmpty())
        return fileError(path, QStringLiteral("<file> has no %1").arg(name));
    auto canonical = i18n::canonicalLanguageTag(tag);
    if (!canonical)
        return fileError(path, QStringLiteral("<file> %1 \"%2\" is not a language tag").arg(name, tag));
    return *canonical;
}

/// Reads the whole file, refusing anything that is not plain XLIFF 1.2 as Trellis writes it.
Result<XliffFile> readXliff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > kXliffMaxBytes)
        return fileError(path, QStringLiteral("the file is larger than 100 MB; split the export by kind"));
    const QString ns = QString::fromLatin1(xliff::kNamespace);
    QXmlStreamReader xml(&file);
    XliffFile result;
    QSet<QString> ids;
    int files = 0;
    bool root = true;
    Unit unit;
    bool inUnit = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return fileError(path, QStringLiteral("the file declares a DOCTYPE; XLIFF files with a DTD or entities are refused"));
        if (token == QXmlStreamReader::EntityReference)
            return fileError(path, QStringLiteral("the file uses an entity (line %1); entities are refused").arg(xml.lineNumber()));
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("trans-unit") && xml.namespaceUri() == ns) {
            result.units.append(std::move(unit));
            unit = Unit();
            inUnit = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (root) {
            root = false;
            if (xml.name() != QLatin1String("xliff") || xml.namespaceUri() != ns)
                return fileError(path, QStringLiteral("not an XLIFF 1.2 file: the root is <%1> in namespace \"%2\", not <xliff> in %3")
                                           .arg(xml.name().toString(), xml.namespaceUri().toString(), ns));
            if (xml.attributes().value(QStringLiteral("version")) != QLatin1String("1.2"))
                return fileError(path, QStringLiteral("XLIFF version \"%1\" is not 1.2")
                                           .arg(xml.attributes().value(QStringLiteral("version")).toString()));
            continue;
        }
        if (xml.namespaceUri() != ns) {
            xml.skipCurrentElement(); // another vocabulary a tool added: not Trellis's to read
            continue;
        }
        const auto name = xml.name();
        const auto attributes = xml.attributes();
        if (name == QLatin1String("file")) {
            if (++files > 1)
                return fileError(path, QStringLiteral("the file holds more than one <file>; Trellis exports one"));
            auto source = language(path, attributes, QStringLiteral("source-language"));
            if (!source)
                return source.error();
            auto target = language(path, attributes, QStringLiteral("target-language"));
            if (!target)
                return target.error();
            if (*source == *target)
                return fileError(path, QStringLiteral("the source and target languages are the same"));
            result.sourceLanguage = *source;
            result.targetLanguage = *target;
        } else if (name == QLatin1String("trans-unit")) {
            if (inUnit)
                return fileError(path, QStringLiteral("a <trans-unit> inside another (line %1)").arg(xml.lineNumber()));
            inUnit = true;
            unit.id = attributes.value(QStringLiteral("id")).toString();
            if (unit.id.isEmpty())
                return fileError(path, QStringLiteral("a <trans-unit> without id (line %1)").arg(xml.lineNumber()));
            if (ids.contains(unit.id))
                return fileError(path, QStringLiteral("the unit id %1 appears twice (line %2)").arg(unit.id).arg(xml.lineNumber()));
            ids.insert(unit.id);
            unit.extradata = attributes.value(QStringLiteral("extradata")).toString();
        } else if (inUnit && name == QLatin1String("source")) {
            unit.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (inUnit && name == QLatin1String("target")) {
            unit.hasTarget = true;
            unit.state = attributes.value(QStringLiteral("state")).toString();
            unit.stateQualifier = attributes.value(QStringLiteral("state-qualifier")).toString();
            unit.target = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (inUnit) {
            xml.skipCurrentElement(); // notes, context, alternatives: for the translator
        }
    }
    if (xml.hasError())
        return fileError(path, QStringLiteral("not well-formed XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (files == 0)
        return fileError(path, QStringLiteral("no <file> element"));
    return result;
}

/// The field a unit names, as stored.
struct FieldRow {
    qint64 textId = 0;
    store::TextOwner owner;
};

Result<QList<FieldRow>> findFields(store::Database &db, const QString &path, const QList<Unit> &units)
{
    auto lease = db.cached(QStringLiteral("SELECT id, owner_kind, sensitive FROM bitext WHERE owner_uuid = ? AND field = ?"));
    if (!lease)
        return lease.error();
    store::Statement &select = lease->get();
    QList<FieldRow> rows;
    for (const Unit &unit : units) {
        const auto split = xliff::splitUnitId(unit.id);
        if (!split)
            return fileError(path, QStringLiteral("the unit id %1 is not one Trellis writes (UUID#field)").arg(unit.id));
        select.reset();
        select.bind(1, split->first).bind(2, split->second);
        auto row = select.step();
        if (!row)
            return row.error();
        if (!*row)
            return fileError(path, QStringLiteral("the unit %1 names a record field this workspace does not have").arg(unit.id));
        rows.append({select.int64(0), {select.text(1), split->first, split->second, select.int64(2) != 0}});
    }
    return rows;
}

} // namespace

Result<XliffImportSummary> importXliff(store::Workspace &workspace, const QString &path, const QString &translator,
                                       bool dryRun)
{
    auto file = readXliff(path);
    if (!file)
        return file.error();
    store::Database &db = workspace.database();
    auto transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto fields = findFields(db, path, file->units);
    if (!fields)
        return fields.error();

    XliffImportSummary summary;
    summary.sourceLanguage = file->sourceLanguage;
    summary.targetLanguage = file->targetLanguage;
    const QString &to = file->targetLanguage;
    store::TextStore texts(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < file->units.size(); ++i) {
        const Unit &unit = file->units.at(i);
        const FieldRow &field = fields->at(i);
        ++summary.read;
        auto refuse = [&](const QString &reason) {
            ++summary.refused;
            summary.refusals.append({unit.id, reason});
        };
        const auto prints = xliff::parseExtradata(unit.extradata);
        if (!prints) {
            refuse(QStringLiteral("it carries no Trellis fingerprint (extradata), so its source cannot be checked"));
            continue;
        }
        if (field.owner.sensitive) {
            refuse(QStringLiteral("it is a sensitive field, which is never exchanged"));
            continue;
        }
        auto text = texts.load(field.textId);
        if (!text)
            return text.error();
        if (text->originalLanguage() != file->sourceLanguage) {
            refuse(QStringLiteral("its original is now in %1, not %2").arg(text->originalLanguage(), file->sourceLanguage));
            continue;
        }
        if (xliff::fingerprint(text->original()) != prints->source) {
            refuse(QStringLiteral("its source text changed since the export"));
            continue;
        }
        const QString target = unit.target.normalized(QString::NormalizationForm_C);
        // No target, an empty one, or OmegaT's copy of the source: nobody translated it.
        if (!unit.hasTarget || target.isEmpty() || target == text->original()) {
            ++summary.unchanged;
            continue;
        }
        TranslationStatus status = xliff::statusOfTarget(unit.state, unit.stateQualifier);
        // A machine draft Trellis exported and a person changed is the person's translation.
        if (status == TranslationStatus::Machine && !prints->target.isEmpty() && xliff::fingerprint(target) != prints->target)
            status = TranslationStatus::Human;
        const auto current = text->translation(to);
        if (current && current->text == target && current->status == status) {
            ++summary.unchanged;
            continue;
        }
        const QString currentPrint = current ? xliff::fingerprint(current->text) : QString();
        if (currentPrint != prints->target) {
            refuse(QStringLiteral("its %1 translation changed in Trellis since the export").arg(to));
            continue;
        }
        text->setTranslation(to, {target, status, translator, now});
        if (Status valid = text->normalise(field.owner.field); !valid) {
            refuse(valid.error().message);
            continue;
        }
        auto saved = texts.save(field.owner, *text, field.textId);
        if (!saved)
            return saved.error();
        ++summary.updated;
    }
    if (!dryRun)
        TRELLIS_TRY(transaction->commit());
    log::get("io")->info("XLIFF import {}→{}{}: read {}, updated {}, unchanged {}, refused {}",
                         file->sourceLanguage.toStdString(), to.toStdString(), dryRun ? " (dry run)" : "", summary.read,
                         summary.updated, summary.unchanged, summary.refused);
    return summary;
}

} // namespace trellis::io
