#include "domain/retro.h"

#include "i18n/language.h"
#include "util/text.h"

#include <QRegularExpression>

namespace trellis::domain {

QString retroQuestionKey(RetroQuestion question)
{
    switch (question) {
    case RetroQuestion::Extractive: return QStringLiteral("extractive");
    case RetroQuestion::Transformative: return QStringLiteral("transformative");
    case RetroQuestion::SharedRisk: return QStringLiteral("shared_risk");
    }
    return QString();
}

std::optional<RetroQuestion> retroQuestionFromKey(const QString &key)
{
    for (auto q : {RetroQuestion::Extractive, RetroQuestion::Transformative, RetroQuestion::SharedRisk}) {
        if (retroQuestionKey(q) == key)
            return q;
    }
    return std::nullopt;
}

QString quarterOf(const QDate &date)
{
    return QStringLiteral("%1-Q%2").arg(date.year(), 4, 10, QChar(u'0')).arg((date.month() - 1) / 3 + 1);
}

Status Retro::normalise()
{
    if (!heldOn.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A retro needs the date it was held"));
    if (quarter.isEmpty())
        quarter = quarterOf(heldOn);
    static const QRegularExpression quarterPattern(QStringLiteral("^[0-9]{4}-Q[1-4]$"));
    if (!quarterPattern.match(quarter).hasMatch())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\" is not a quarter (e.g. 2026-Q3)").arg(quarter));
    auto a = i18n::canonicalLanguageTag(languageA);
    if (!a)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Retro language: ") + a.error().message);
    auto b = i18n::canonicalLanguageTag(languageB);
    if (!b)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Retro language: ") + b.error().message);
    if (*a == *b)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A retro's language pair needs two different languages"));
    languageA = *a;
    languageB = *b;
    auto name = cleanText(facilitator.trimmed(), QStringLiteral("Facilitator"));
    if (!name)
        return name.error();
    facilitator = *name;
    for (RetroAnswer &answer : answers) {
        if (answer.text.original().trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A retro answer needs its text"));
        TRELLIS_TRY(answer.text.normalise(QStringLiteral("Answer")));
        if (answer.votes < 0)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Votes cannot be negative"));
        for (QString &tag : answer.tags) {
            auto t = cleanText(tag.trimmed(), QStringLiteral("Tag"));
            if (!t)
                return t.error();
            if (t->contains(u','))
                return makeError(ErrorCode::InvalidInput, QStringLiteral("A tag cannot contain a comma"));
            tag = *t;
        }
        answer.tags.removeAll(QString());
    }
    for (RetroAction &action : actions) {
        if (action.text.original().trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A retro action needs its text"));
        TRELLIS_TRY(action.text.normalise(QStringLiteral("Action")));
    }
    return {};
}

} // namespace trellis::domain
