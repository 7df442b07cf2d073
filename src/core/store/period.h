#pragma once
// A span of days a balance covers: a month, a quarter, a year, a custom range, or all time.

#include "util/result.h"

#include <QDate>
#include <QString>

namespace trellis::store {

/// Both ends included. Invalid dates mean an open end; Period{} is all time.
struct Period {
    QDate first;
    QDate last;

    bool isAllTime() const { return !first.isValid() && !last.isValid(); }
    bool contains(const QDate &day) const
    {
        return (!first.isValid() || day >= first) && (!last.isValid() || day <= last);
    }
    /// "2026-07-01..2026-09-30", "..2026-03-31", or "all time".
    QString toString() const;
    /// The ends as ISO dates for SQL that compares stored dates, open ends as 0000-01-01 and 9999-12-31.
    QString firstIso() const;
    QString lastIso() const;

    /// Parses "2026" (a year), "2026-07" (a month), "2026-Q3" (a quarter), "2026-01-01..2026-03-31"
    /// (a range; either end may be left out), "2026-05-04" (one day), or "" (all time).
    static Result<Period> parse(const QString &text);
};

} // namespace trellis::store
