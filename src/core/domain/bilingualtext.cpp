#include "domain/bilingualtext.h"

#include "i18n/language.h"
#include "util/text.h"

namespace trellis::domain {

QString statusKey(TranslationStatus status)
{
    switch (status) {
    case TranslationStatus::Missing: return QStringLiteral("missing");
    case TranslationStatus::Machine: return QStringLiteral("machine");
    case TranslationStatus::Human: return QStringLiteral("human");
    case TranslationStatus::Reviewed: return QStringLiteral("reviewed");
    case TranslationStatus::Original: return QStringLiteral("original");
    }
    return QString();
}

std::optional<TranslationStatus> statusFromKey(const QString &key)
{
    for (auto s : {TranslationStatus::Missing, TranslationStatus::Machine, TranslationStatus::Human,
                   TranslationStatus::Reviewed, TranslationStatus::Original}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

BilingualText::BilingualText(QString originalLanguage, QString original)
    : m_originalLanguage(std::move(originalLanguage)), m_original(std::move(original))
{
}

void BilingualText::setOriginal(const QString &language, const QString &text)
{
    m_originalLanguage = language;
    m_original = text;
}

TranslationStatus BilingualText::statusIn(const QString &language) const
{
    if (language == m_originalLanguage && !isBlank(m_original))
        return TranslationStatus::Original;
    const auto it = m_translations.constFind(language);
    return it == m_translations.constEnd() ? TranslationStatus::Missing : it->status;
}

std::optional<QString> BilingualText::textIn(const QString &language) const
{
    if (language == m_originalLanguage && !isBlank(m_original))
        return m_original;
    const auto it = m_translations.constFind(language);
    if (it == m_translations.constEnd())
        return std::nullopt;
    return it->text;
}

std::optional<Translation> BilingualText::translation(const QString &language) const
{
    const auto it = m_translations.constFind(language);
    if (it == m_translations.constEnd())
        return std::nullopt;
    return *it;
}

void BilingualText::setTranslation(const QString &language, const Translation &translation)
{
    m_translations.insert(language, translation);
}

void BilingualText::removeTranslation(const QString &language) { m_translations.remove(language); }

QStringList BilingualText::languages() const
{
    QStringList list;
    if (!isBlank(m_original))
        list << m_originalLanguage;
    for (auto it = m_translations.cbegin(); it != m_translations.cend(); ++it)
        list << it.key();
    return list;
}

Status BilingualText::normalise(const QString &field)
{
    if (isEmpty()) {
        m_originalLanguage.clear();
        m_original.clear();
        return {};
    }
    if (m_original.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 has translations but no original text").arg(field));
    auto language = i18n::canonicalLanguageTag(m_originalLanguage);
    if (!language)
        return makeError(ErrorCode::InvalidInput, field + QStringLiteral(": ") + language.error().message);
    m_originalLanguage = *language;
    auto original = cleanText(m_original, field);
    if (!original)
        return original.error();
    m_original = *original;

    QMap<QString, Translation> cleaned;
    for (auto it = m_translations.cbegin(); it != m_translations.cend(); ++it) {
        auto tag = i18n::canonicalLanguageTag(it.key());
        if (!tag)
            return makeError(ErrorCode::InvalidInput, field + QStringLiteral(": ") + tag.error().message);
        if (*tag == m_originalLanguage)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1: a translation into %2 would replace the original").arg(field, *tag));
        if (it->status == TranslationStatus::Missing || it->status == TranslationStatus::Original)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1: the %2 translation needs a status (machine, human or reviewed)").arg(field, *tag));
        Translation t = *it;
        auto text = cleanText(t.text, QStringLiteral("%1 (%2)").arg(field, *tag));
        if (!text)
            return text.error();
        if (text->trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1: the %2 translation is empty; remove it to mark it missing").arg(field, *tag));
        t.text = *text;
        cleaned.insert(*tag, t);
    }
    m_translations = cleaned;
    return {};
}

} // namespace trellis::domain
