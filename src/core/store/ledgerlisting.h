#pragma once
// Reads the whole ledger in date order as exports show it: partners by name, consent settled.

#include "domain/ledgerentry.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace trellis::store {

class Workspace;

/// One ledger entry with what an export needs beside it.
struct ListedEntry {
    qint64 id = 0;
    QString uuid;
    QDate date;
    qint64 fromPartnerId = 0;
    qint64 toPartnerId = 0;
    QString fromName;  ///< in the partner's own script
    QString toName;
    QString fromLatin; ///< the partner's Latin name
    QString toLatin;
    domain::ContributionKind kind = domain::ContributionKind::Other;
    std::optional<domain::Quantity> quantity; ///< nothing for a narrative-only entry
    QString narrative; ///< the original text
    QString language;  ///< the original's language
    bool posted = false;
    QString reversesUuid;        ///< the reversed entry, on a reversal
    bool fundsDisbursed = false; ///< funds (or their reversal) with an approval standing from each side
};

/// Calls visit for every entry, by date then id; drafts only when includeDrafts. Stops at the
/// first error visit returns.
Status listLedger(Workspace &workspace, bool includeDrafts, const std::function<Status(const ListedEntry &)> &visit);

} // namespace trellis::store
