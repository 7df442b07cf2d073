#include "gui/app/recoverydraft.h"

#include "util/clock.h"
#include "util/datafolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace trellis::gui {

RecoveryDraft::RecoveryDraft(const QString &workspacePath)
{
    const QString dir = QDir(datafolder::path()).filePath(QStringLiteral("recovery"));
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(workspacePath).toUtf8(), QCryptographicHash::Sha1);
    m_path = QDir(dir).filePath(QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral(".json"));
}

bool RecoveryDraft::write(const QJsonObject &draft) const
{
    if (!datafolder::makePrivateFolder(QFileInfo(m_path).absolutePath()))
        return false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(draft).toJson(QJsonDocument::Compact));
    return file.commit();
}

QJsonObject RecoveryDraft::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void RecoveryDraft::remove() const
{
    QFile::remove(m_path);
}

QJsonObject textsToJson(const domain::RecordTexts &texts)
{
    QJsonObject json;
    for (const domain::RecordField &field : texts.fields) {
        QJsonObject t;
        t.insert(QStringLiteral("lang"), field.text.originalLanguage());
        t.insert(QStringLiteral("original"), field.text.original());
        QJsonObject translations;
        for (auto it = field.text.translations().cbegin(); it != field.text.translations().cend(); ++it) {
            translations.insert(it.key(), QJsonObject{{QStringLiteral("text"), it->text},
                                                      {QStringLiteral("status"), domain::statusKey(it->status)},
                                                      {QStringLiteral("by"), it->translator},
                                                      {QStringLiteral("at"), toStoredTime(it->translatedAt)}});
        }
        t.insert(QStringLiteral("translations"), translations);
        json.insert(field.key, t);
    }
    return json;
}

void textsFromJson(const QJsonObject &json, domain::RecordTexts &texts)
{
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject t = it->toObject();
        domain::BilingualText text(t.value(QStringLiteral("lang")).toString(), t.value(QStringLiteral("original")).toString());
        const QJsonObject translations = t.value(QStringLiteral("translations")).toObject();
        for (auto tr = translations.constBegin(); tr != translations.constEnd(); ++tr) {
            const QJsonObject o = tr->toObject();
            text.setTranslation(tr.key(), {o.value(QStringLiteral("text")).toString(),
                                           domain::statusFromKey(o.value(QStringLiteral("status")).toString())
                                               .value_or(domain::TranslationStatus::Human),
                                           o.value(QStringLiteral("by")).toString(),
                                           fromStoredTime(o.value(QStringLiteral("at")).toString())});
        }
        auto field = std::find_if(texts.fields.begin(), texts.fields.end(),
                                  [&](const domain::RecordField &f) { return f.key == it.key(); });
        if (field != texts.fields.end())
            field->text = text;
        else
            texts.fields.append({it.key(), text});
    }
}

} // namespace trellis::gui
