#pragma once
// Conflict protocols drafted while trust is intact, the incidents that used them, and rupture rehearsals.

#include "domain/bilingualtext.h"
#include "domain/record.h"

#include <QDate>
#include <QList>

#include <optional>

namespace trellis::domain {

/// A partner's agreement to one version of a protocol.
struct ProtocolAgreement {
    qint64 partnerId = 0;
    QDate agreedOn;
    QString byName;
    bool operator==(const ProtocolAgreement &) const = default;
};

/// One agreement as a column in language shows it: the partner's name in that language (its
/// original when it has no translation there), who agreed for it, and the date in the language's
/// calendar and digits, each part isolated so that scripts of both directions read right.
QString agreementLine(const ProtocolAgreement &agreement, const BilingualText &partnerName, const QString &language);

/// One version of a conflict protocol; a new version keeps the lineage and increments the number.
struct ConflictProtocol {
    RecordStamp stamp;
    QString lineageUuid; ///< shared by all versions of one protocol
    int version = 1;
    BilingualText title;
    BilingualText triggers;
    BilingualText roles;
    QList<BilingualText> steps; ///< in order
    QList<ProtocolAgreement> agreements;
    QDate reviewDue;

    Status normalise();
};

/// What happened, which protocol was used, the outcome and the lessons.
struct Incident {
    RecordStamp stamp;
    std::optional<qint64> protocolId;
    QDate occurredOn;
    BilingualText summary;
    BilingualText outcome;
    BilingualText lessons;

    Status normalise();
};

/// The annual simulated disagreement and what it taught.
struct Rehearsal {
    RecordStamp stamp;
    QDate heldOn;
    QList<qint64> participantIds;
    BilingualText scenario;
    BilingualText observations;
    BilingualText followUps;

    Status normalise();
};

} // namespace trellis::domain
