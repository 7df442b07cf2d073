#pragma once
// The listening quorum: "No project proceeds until each partner can paraphrase the other's goals
// in their own language." The gate of a campaign as a pure function of its partners, their
// paraphrases of each other's goals and the acknowledgements, and its planned exchanges.

#include "domain/partner.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace trellis::domain {

/// The latest word on a paraphrase, from its append-only history.
enum class ParaphraseState {
    Unanswered,   ///< written, not yet acknowledged nor sent back
    Acknowledged, ///< "yes, that is what we mean"
    SentBack,     ///< returned with a note
    Revised,      ///< reworded after an answer: waits for a new one
    GoalsChanged, ///< the paraphrased goals changed after an answer: waits for a new one
};
QString paraphraseStateKey(ParaphraseState state); ///< as stored in goal_paraphrase_event.action
std::optional<ParaphraseState> paraphraseStateFromKey(const QString &key);

/// A participating partner, as the gate needs it.
struct QuorumPartner {
    qint64 id = 0;
    QStringList languages; ///< the BCP 47 tags it works in
};

/// One paraphrase by byPartnerId of partnerId's goals, written in language.
struct QuorumParaphrase {
    qint64 id = 0;
    qint64 partnerId = 0;
    qint64 byPartnerId = 0;
    QString language;
    ParaphraseState state = ParaphraseState::Unanswered;
};

/// What the gate sees of one campaign.
struct QuorumInput {
    QList<QuorumPartner> partners;       ///< in the order blockers are listed
    QList<QuorumParaphrase> paraphrases; ///< any pairs; others are ignored
    int plannedExchanges = 0;            ///< linked exchanges planned or held (not cancelled)
};

/// One reason a campaign cannot go ahead. For paraphrase blockers, byPartnerId paraphrases
/// ofPartnerId's goals and ofPartnerId acknowledges.
struct QuorumBlocker {
    enum class Kind {
        TooFewPartners,          ///< a joint project needs two partners
        MissingParaphrase,       ///< "X must paraphrase Y's goals"
        AwaitingAcknowledgement, ///< "Y has not acknowledged X's paraphrase" (also after a revision)
        SentBack,                ///< "Y sent X's paraphrase back"
        GoalsChanged,            ///< "Y's goals changed since X paraphrased them"
        WrongLanguage,           ///< "X's paraphrase is not in a language X works in"
        NoExchangePlanned,       ///< "no cultural exchange is planned"
    };
    Kind kind;
    qint64 byPartnerId = 0;
    qint64 ofPartnerId = 0;
    bool operator==(const QuorumBlocker &) const = default;
};

/// Every ordered pair of partners without an acknowledged paraphrase in the paraphrasing
/// partner's language, each named once, in partner order. Empty when the quorum is met.
QList<QuorumBlocker> quorumBlockers(const QuorumInput &input);
/// The quorum's blockers and, last, NoExchangePlanned: what stops the campaign becoming active.
QList<QuorumBlocker> activationBlockers(const QuorumInput &input);

/// Whether a paraphrase in language is in one of the paraphrasing partner's languages: the same
/// tag, or one a regional form of the other ("ar" and "ar-EG"; not "zh-Hans" and "zh-Hant").
bool speaksLanguage(const QStringList &partnerLanguages, const QString &language);
/// The languages a partner paraphrases in: those it lists, or, when it lists none, the languages
/// its name and goals were written in.
QStringList ownLanguages(const Partner &partner);
/// Refuses a paraphrase not written in the paraphrasing partner's own language; partnerName
/// names it in the message.
Status checkParaphraseLanguage(const QStringList &partnerLanguages, const QString &language,
                               const QString &partnerName, const QString &displayLanguage);

/// One blocker as a sentence in the UI language ("Kanun must paraphrase the goals of Ittihad").
/// nameOf gives a partner's name as the reader should see it.
QString describeBlocker(const QuorumBlocker &blocker, const std::function<QString(qint64)> &nameOf);
/// The refusal: a first line and one line per blocker.
QString describeRefusal(const QList<QuorumBlocker> &blockers, const std::function<QString(qint64)> &nameOf);

} // namespace trellis::domain
