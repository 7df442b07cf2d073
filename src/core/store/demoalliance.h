#pragma once
// The demo alliance: a realistic workspace in many scripts, the same for the same entry count.

#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis::store {

/// What the demo wrote: how many records of each kind, in the order they were written.
struct DemoSummary {
    /// One kind of record and how many of it.
    struct Count {
        qint64 count = 0;
        QString noun;  ///< "ledger entry"
        QString nouns; ///< "ledger entries"
    };
    QList<Count> counts;

    void add(qint64 count, const QString &noun, const QString &nouns) { counts.append({count, noun, nouns}); }
    /// How many of the kind named nouns were written; 0 for a kind the demo does not write.
    qint64 of(const QString &nouns) const;
    /// "12 partners, 300 ledger entries, 3 retros, …, 1 incident, …"
    QString text() const;
};

/// Creates path as a new workspace holding the demo alliance with `entries` ledger entries.
Result<DemoSummary> writeDemoAlliance(const QString &path, qint64 entries = 300);

} // namespace trellis::store
