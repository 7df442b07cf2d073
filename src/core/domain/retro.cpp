#include "domain/retro.h"

#include "i18n/language.h"
#include "util/text.h"

#include <QRegularExpression>

#include <algorithm>

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

std::optional<QString> changeBeyondTranslations(const Retro &published, const Retro &edited)
{
    auto sameOriginal = [](const BilingualText &a, const BilingualText &b) {
        return a.originalLanguage() == b.originalLanguage() && a.original() == b.original();
    };
    auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    if (published.heldOn != edited.heldOn || published.quarter != edited.quarter)
        return QStringLiteral("the date");
    if (published.facilitator != edited.facilitator)
        return QStringLiteral("the facilitator");
    if (published.languageA != edited.languageA || published.languageB != edited.languageB)
        return QStringLiteral("the language pair");
    if (sorted(published.participantIds) != sorted(edited.participantIds))
        return QStringLiteral("the participants");
    if (published.answers.size() != edited.answers.size())
        return QStringLiteral("the answers");
    for (qsizetype i = 0; i < published.answers.size(); ++i) {
        const RetroAnswer &p = published.answers.at(i);
        const RetroAnswer &e = edited.answers.at(i);
        const QString which = QStringLiteral(" of answer %1").arg(i + 1);
        if (p.stamp.uuid != e.stamp.uuid || p.question != e.question || p.authorPartnerId != e.authorPartnerId)
            return QStringLiteral("the answers");
        if (!sameOriginal(p.text, e.text))
            return QStringLiteral("the original text") + which;
        if (p.tags != e.tags)
            return QStringLiteral("the tags") + which;
        if (p.votes != e.votes)
            return QStringLiteral("the votes") + which;
    }
    if (published.actions.size() != edited.actions.size())
        return QStringLiteral("the actions");
    for (qsizetype i = 0; i < published.actions.size(); ++i) {
        const RetroAction &p = published.actions.at(i);
        const RetroAction &e = edited.actions.at(i);
        if (p.stamp.uuid != e.stamp.uuid || p.partnerId != e.partnerId || p.dueOn != e.dueOn || p.done != e.done)
            return QStringLiteral("the actions");
        if (!sameOriginal(p.text, e.text))
            return QStringLiteral("the original text of action %1").arg(i + 1);
    }
    return std::nullopt;
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
