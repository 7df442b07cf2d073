#include "domain/facilitation.h"

#include <QHash>

namespace trellis::domain {

const QList<RetroPhase> &retroPhases()
{
    static const QList<RetroPhase> all = {RetroPhase::CheckIn, RetroPhase::Write,   RetroPhase::Reveal,
                                          RetroPhase::Group,   RetroPhase::Vote,    RetroPhase::Discuss,
                                          RetroPhase::Actions, RetroPhase::Close};
    return all;
}

QString retroPhaseKey(RetroPhase phase)
{
    switch (phase) {
    case RetroPhase::CheckIn: return QStringLiteral("check_in");
    case RetroPhase::Write: return QStringLiteral("write");
    case RetroPhase::Reveal: return QStringLiteral("reveal");
    case RetroPhase::Group: return QStringLiteral("group");
    case RetroPhase::Vote: return QStringLiteral("vote");
    case RetroPhase::Discuss: return QStringLiteral("discuss");
    case RetroPhase::Actions: return QStringLiteral("actions");
    case RetroPhase::Close: return QStringLiteral("close");
    }
    return QString();
}

std::optional<RetroPhase> retroPhaseFromKey(const QString &key)
{
    // "checkin" is accepted too, as people type it on the command line.
    if (key == QLatin1String("checkin"))
        return RetroPhase::CheckIn;
    for (RetroPhase phase : retroPhases()) {
        if (retroPhaseKey(phase) == key)
            return phase;
    }
    return std::nullopt;
}

std::optional<RetroPhase> nextPhase(RetroPhase phase)
{
    const auto at = retroPhases().indexOf(phase);
    if (at + 1 >= retroPhases().size())
        return std::nullopt;
    return retroPhases().at(at + 1);
}

std::optional<RetroPhase> previousPhase(RetroPhase phase)
{
    const auto at = retroPhases().indexOf(phase);
    if (at <= 0)
        return std::nullopt;
    return retroPhases().at(at - 1);
}

Status VoteRules::check() const
{
    if (perParticipant < 1 || perParticipant > kMaxVotes)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("Each participant has between 1 and %1 votes").arg(kMaxVotes));
    if (perAnswer < 1 || perAnswer > perParticipant)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The votes one participant may give an answer are at least 1 and at most "
                                        "their %1 votes").arg(perParticipant));
    return {};
}

Status checkVote(const VoteRules &rules, int given, int onAnswer)
{
    if (given >= rules.perParticipant)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("This participant has used all %1 of their votes: take one back first")
                             .arg(rules.perParticipant));
    if (onAnswer >= rules.perAnswer)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("A participant may give one answer at most %1 votes").arg(rules.perAnswer));
    return {};
}

QString actionOutcomeKey(ActionOutcome outcome)
{
    switch (outcome) {
    case ActionOutcome::Done: return QStringLiteral("done");
    case ActionOutcome::CarriedOver: return QStringLiteral("carried_over");
    case ActionOutcome::Dropped: return QStringLiteral("dropped");
    }
    return QString();
}

std::optional<ActionOutcome> actionOutcomeFromKey(const QString &key)
{
    for (auto o : {ActionOutcome::Done, ActionOutcome::CarriedOver, ActionOutcome::Dropped}) {
        if (actionOutcomeKey(o) == key)
            return o;
    }
    return std::nullopt;
}

} // namespace trellis::domain

namespace trellis::domain {

std::optional<QString> retroQuestionIn(RetroQuestion question, const QString &language)
{
    // The essay's three naked questions in the working languages the demo alliance speaks.
    static const QHash<QString, QStringList> wordings = {
        {QStringLiteral("en"), {QStringLiteral("What felt extractive?"), QStringLiteral("What felt transformative?"),
                                QStringLiteral("Which shared risk proved our alliance?")}},
        {QStringLiteral("es"), {QStringLiteral("¿Qué se sintió extractivo?"), QStringLiteral("¿Qué se sintió transformador?"),
                                QStringLiteral("¿Qué riesgo compartido demostró nuestra alianza?")}},
        {QStringLiteral("fr"), {QStringLiteral("Qu’est-ce qui a semblé extractif ?"),
                                QStringLiteral("Qu’est-ce qui a semblé transformateur ?"),
                                QStringLiteral("Quel risque partagé a prouvé notre alliance ?")}},
        {QStringLiteral("pt"), {QStringLiteral("O que pareceu extrativo?"), QStringLiteral("O que pareceu transformador?"),
                                QStringLiteral("Que risco partilhado provou a nossa aliança?")}},
        {QStringLiteral("ar"), {QStringLiteral("ما الذي بدا استغلاليًا؟"), QStringLiteral("ما الذي بدا تحويليًا؟"),
                                QStringLiteral("أيّ خطر مشترك أثبت تحالفنا؟")}},
        {QStringLiteral("fa"), {QStringLiteral("چه چیزی استثماری به نظر رسید؟"),
                                QStringLiteral("چه چیزی دگرگون‌کننده به نظر رسید؟"),
                                QStringLiteral("کدام خطر مشترک اتحاد ما را ثابت کرد؟")}},
        {QStringLiteral("he"), {QStringLiteral("מה הרגיש נצלני?"), QStringLiteral("מה הרגיש מחולל שינוי?"),
                                QStringLiteral("איזה סיכון משותף הוכיח את הברית שלנו?")}},
        {QStringLiteral("zh"), {QStringLiteral("什么让人感到被榨取？"), QStringLiteral("什么让人感到有所转变？"),
                                QStringLiteral("哪一项共同承担的风险证明了我们的联盟？")}},
    };
    const QString base = language.section(u'-', 0, 0).toLower();
    const auto it = wordings.constFind(base);
    if (it == wordings.constEnd())
        return std::nullopt;
    return it->at(int(question));
}

} // namespace trellis::domain
