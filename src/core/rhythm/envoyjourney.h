#pragma once
// An envoy's journey between two partners: "what questions will they carry, what voices will they
// amplify, and how will the wisdom they gather return home?"

#include "domain/bilingualtext.h"
#include "domain/record.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace trellis::rhythm {

/// A micro-pilgrimage from one partner to another, with the risks weighed before it and what came back.
struct EnvoyJourney {
    domain::RecordStamp stamp;
    QString envoy; ///< the envoy's name as they write it (a name is not translated)
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    QDate firstDay;
    QDate lastDay; ///< inclusive
    domain::BilingualText questions; ///< the questions carried: required, they are why the envoy travels
    domain::BilingualText voices;    ///< the voices to amplify
    domain::BilingualText returned;  ///< what returned home
    domain::BilingualText carbon;    ///< risks weighed: the journey's carbon
    domain::BilingualText visas;     ///< risks weighed: visas and borders
    domain::BilingualText surveillance; ///< risks weighed: surveillance
    QList<qint64> ledgerEntryIds;    ///< hosting, funds
    QList<qint64> crossoverIds;      ///< narrative crossovers the journey carried

    static constexpr int kMaxDays = 366;
    static constexpr int kMaxEnvoyLength = 200;

    /// Refuses a journey without an envoy or questions, from a partner to itself, without its days,
    /// with them out of order, or longer than a year.
    Status normalise();
};

} // namespace trellis::rhythm
