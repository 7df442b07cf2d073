#include "domain/listeningquorum.h"

#include "i18n/language.h"

#include <QCoreApplication>

namespace trellis::domain {
namespace {

/// The blocker of one ordered pair, or nothing when an acknowledged paraphrase exists.
std::optional<QuorumBlocker> pairBlocker(const QuorumInput &input, const QuorumPartner &by, qint64 of)
{
    const QuorumParaphrase *latest = nullptr;
    bool wrongLanguage = false;
    for (const QuorumParaphrase &p : input.paraphrases) {
        if (p.byPartnerId != by.id || p.partnerId != of)
            continue;
        if (!speaksLanguage(by.languages, p.language)) {
            wrongLanguage = true;
            continue;
        }
        if (p.state == ParaphraseState::Acknowledged)
            return std::nullopt;
        if (!latest || p.id > latest->id)
            latest = &p;
    }
    using K = QuorumBlocker::Kind;
    if (!latest)
        return QuorumBlocker{wrongLanguage ? K::WrongLanguage : K::MissingParaphrase, by.id, of};
    switch (latest->state) {
    case ParaphraseState::SentBack: return QuorumBlocker{K::SentBack, by.id, of};
    case ParaphraseState::GoalsChanged: return QuorumBlocker{K::GoalsChanged, by.id, of};
    case ParaphraseState::Unanswered:
    case ParaphraseState::Revised:
    case ParaphraseState::Acknowledged: break;
    }
    return QuorumBlocker{K::AwaitingAcknowledgement, by.id, of};
}

} // namespace

QString paraphraseStateKey(ParaphraseState state)
{
    switch (state) {
    case ParaphraseState::Unanswered: return QString();
    case ParaphraseState::Acknowledged: return QStringLiteral("acknowledged");
    case ParaphraseState::SentBack: return QStringLiteral("sent_back");
    case ParaphraseState::Revised: return QStringLiteral("revised");
    case ParaphraseState::GoalsChanged: return QStringLiteral("goals_changed");
    }
    return QString();
}

std::optional<ParaphraseState> paraphraseStateFromKey(const QString &key)
{
    for (auto s : {ParaphraseState::Unanswered, ParaphraseState::Acknowledged, ParaphraseState::SentBack,
                   ParaphraseState::Revised, ParaphraseState::GoalsChanged}) {
        if (paraphraseStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<QuorumBlocker> quorumBlockers(const QuorumInput &input)
{
    if (input.partners.size() < 2)
        return {QuorumBlocker{QuorumBlocker::Kind::TooFewPartners}};
    QList<QuorumBlocker> blockers;
    for (const QuorumPartner &by : input.partners) {
        for (const QuorumPartner &of : input.partners) {
            if (of.id == by.id)
                continue;
            if (auto blocker = pairBlocker(input, by, of.id))
                blockers << *blocker;
        }
    }
    return blockers;
}

QList<QuorumBlocker> activationBlockers(const QuorumInput &input)
{
    QList<QuorumBlocker> blockers = quorumBlockers(input);
    if (input.plannedExchanges <= 0)
        blockers << QuorumBlocker{QuorumBlocker::Kind::NoExchangePlanned};
    return blockers;
}

bool speaksLanguage(const QStringList &partnerLanguages, const QString &language)
{
    auto regionalFormOf = [](const QString &longer, const QString &shorter) {
        // "ar-EG" of "ar", "pt-BR" of "pt"; a script subtag makes another written language.
        if (!longer.startsWith(shorter + u'-'))
            return false;
        const QString next = longer.mid(shorter.size() + 1).section(u'-', 0, 0);
        return next.size() != 4;
    };
    for (const QString &spoken : partnerLanguages) {
        if (spoken.compare(language, Qt::CaseInsensitive) == 0 || regionalFormOf(language, spoken)
            || regionalFormOf(spoken, language))
            return true;
    }
    return false;
}

QStringList ownLanguages(const Partner &partner)
{
    if (!partner.languages.isEmpty())
        return partner.languages;
    QStringList languages;
    for (const BilingualText *text : {&partner.name, &partner.goals}) {
        if (!text->originalLanguage().isEmpty() && !languages.contains(text->originalLanguage()))
            languages << text->originalLanguage();
    }
    return languages;
}

Status checkParaphraseLanguage(const QStringList &partnerLanguages, const QString &language,
                               const QString &partnerName, const QString &displayLanguage)
{
    if (partnerLanguages.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("ListeningQuorum", "%1 lists no language it works in: add its languages first, so that its paraphrase "
                            "can be written in its own language")
                             .arg(partnerName));
    if (speaksLanguage(partnerLanguages, language))
        return {};
    QStringList names;
    for (const QString &tag : partnerLanguages)
        names << i18n::languageDisplayName(tag, displayLanguage);
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("ListeningQuorum", "A paraphrase is written in the paraphrasing partner's own language: %1 works in %2, "
                        "not in %3")
                         .arg(partnerName, names.join(QStringLiteral(", ")),
                              i18n::languageDisplayName(language, displayLanguage)));
}

QString describeBlocker(const QuorumBlocker &blocker, const std::function<QString(qint64)> &nameOf)
{
    using K = QuorumBlocker::Kind;
    switch (blocker.kind) {
    case K::TooFewPartners:
        return QCoreApplication::translate("ListeningQuorum", "A campaign is a joint project: it needs at least two partners");
    case K::MissingParaphrase:
        return QCoreApplication::translate("ListeningQuorum", "%1 must paraphrase the goals of %2").arg(nameOf(blocker.byPartnerId), nameOf(blocker.ofPartnerId));
    case K::AwaitingAcknowledgement:
        return QCoreApplication::translate("ListeningQuorum", "%1 has not yet acknowledged the paraphrase of its goals by %2")
            .arg(nameOf(blocker.ofPartnerId), nameOf(blocker.byPartnerId));
    case K::SentBack:
        return QCoreApplication::translate("ListeningQuorum", "%1 sent back the paraphrase of its goals by %2")
            .arg(nameOf(blocker.ofPartnerId), nameOf(blocker.byPartnerId));
    case K::GoalsChanged:
        return QCoreApplication::translate("ListeningQuorum", "The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again")
            .arg(nameOf(blocker.ofPartnerId), nameOf(blocker.byPartnerId));
    case K::WrongLanguage:
        return QCoreApplication::translate("ListeningQuorum", "%1 must paraphrase the goals of %2 in a language %1 works in")
            .arg(nameOf(blocker.byPartnerId), nameOf(blocker.ofPartnerId));
    case K::NoExchangePlanned:
        return QCoreApplication::translate("ListeningQuorum", "No cultural exchange is planned with the campaign");
    }
    return QString();
}

QString describeRefusal(const QList<QuorumBlocker> &blockers, const std::function<QString(qint64)> &nameOf)
{
    QStringList lines{QCoreApplication::translate("ListeningQuorum", "The campaign cannot go ahead yet:")};
    for (const QuorumBlocker &b : blockers)
        lines << QStringLiteral("• ") + describeBlocker(b, nameOf);
    return lines.join(u'\n');
}

} // namespace trellis::domain
