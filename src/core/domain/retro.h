#pragma once
// The quarterly solidarity retro: three naked questions, answers in each speaker's language, actions.

#include "domain/bilingualtext.h"
#include "domain/record.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace trellis::domain {

/// What felt extractive? What felt transformative? Which shared risk proved our alliance?
enum class RetroQuestion { Extractive, Transformative, SharedRisk };
QString retroQuestionKey(RetroQuestion question);
std::optional<RetroQuestion> retroQuestionFromKey(const QString &key);

/// One answer, by one partner, in its speaker's language.
struct RetroAnswer {
    RecordStamp stamp;
    RetroQuestion question = RetroQuestion::Extractive;
    std::optional<qint64> authorPartnerId; ///< none when given anonymously
    BilingualText text;
    QStringList tags;
    int votes = 0;
};

/// A commitment adjustment agreed at the end of a retro.
struct RetroAction {
    RecordStamp stamp;
    std::optional<qint64> partnerId; ///< who carries it
    BilingualText text;
    QDate dueOn;
    bool done = false;
};

/// One retro session with its answers and actions.
struct Retro {
    RecordStamp stamp;
    QDate heldOn;
    QString quarter;      ///< "2026-Q3"
    QString facilitator;  ///< a person's name
    QList<qint64> participantIds;
    QString languageA;
    QString languageB;
    QString publishedAt;  ///< empty until the bilingual record is published
    QList<RetroAnswer> answers;
    QList<RetroAction> actions;

    Status normalise();
};

/// "2026-Q4" for a date.
QString quarterOf(const QDate &date);

/// A published retro may change only in its translations. What edited changes beyond them (e.g.
/// "the votes of answer 2"), or nothing when only translations differ. Both are normalised.
std::optional<QString> changeBeyondTranslations(const Retro &published, const Retro &edited);

} // namespace trellis::domain
