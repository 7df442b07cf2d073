#include "domain/translationreview.h"

namespace trellis::domain {

void editTranslation(BilingualText &text, const QString &language, const QString &translatedText,
                     const QString &translator, const QDateTime &at)
{
    text.setTranslation(language, {translatedText, TranslationStatus::Human, translator, at});
}

Status markReviewed(BilingualText &text, const QString &language, const QString &reviewer, const QDateTime &at)
{
    if (language == text.originalLanguage())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The original is not a translation to review"));
    auto translation = text.translation(language);
    if (!translation)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("There is no %1 translation to review yet").arg(language));
    const QString who = reviewer.trimmed();
    if (who.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A review needs the reviewer's name"));
    if (translation->status == TranslationStatus::Reviewed)
        return {};
    if (who.compare(translation->translator.trimmed(), Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 translated this text; a second person reviews it").arg(who));
    translation->status = TranslationStatus::Reviewed;
    translation->translator = who;
    translation->translatedAt = at;
    text.setTranslation(language, *translation);
    return {};
}

} // namespace trellis::domain
