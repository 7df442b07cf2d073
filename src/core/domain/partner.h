#pragma once
// A partner of the alliance: a movement, union, collective or envoy, named in its own script.

#include "domain/bilingualtext.h"
#include "domain/record.h"

#include <QStringList>

#include <optional>

namespace trellis::domain {

enum class PartnerKind { Movement, Union, Collective, Envoy, Other };
QString partnerKindKey(PartnerKind kind);
std::optional<PartnerKind> partnerKindFromKey(const QString &key);

/// One partner; contact notes are sensitive (never indexed for search, never exported by default).
struct Partner {
    RecordStamp stamp;
    BilingualText name;     ///< original in the partner's own script
    QString nameLatin;      ///< Latin transliteration for search; derived when left empty
    PartnerKind kind = PartnerKind::Movement;
    QString country;        ///< ISO 3166-1 alpha-2, or empty
    QStringList languages;  ///< BCP 47 tags the partner works in
    QString locale;         ///< BCP 47 with keywords, e.g. fa-IR-u-ca-persian
    QString timeZone;       ///< IANA id, e.g. Asia/Tehran
    BilingualText goals;    ///< its goals in its own words
    BilingualText contactNotes;

    /// Checks every field and normalises text and tags; errors name the field.
    Status normalise();
};

/// Another partner's paraphrase of a partner's goals (the listening quorum).
struct GoalParaphrase {
    RecordStamp stamp;
    qint64 partnerId = 0;   ///< whose goals
    qint64 byPartnerId = 0; ///< who paraphrased them
    BilingualText text;
};

} // namespace trellis::domain
