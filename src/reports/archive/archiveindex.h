#pragma once
// The archive's own pages: index.html (what the archive holds, no date) and handover.html (who
// received it and when, the only dated file).

#include "reports/document.h"

#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace trellis::reports {

/// The contents an index links to, and the hand-over facts.
struct ArchiveIndex {
    struct Link {
        QString title;
        QString path; ///< relative to the archive folder
    };
    QString alliance;
    QString uiLanguage;
    Column first;
    Column second;
    QList<Link> reports;
    QList<Link> pdfs; ///< the same reports as PDF, to print or keep on a shelf
    QList<Link> tables;
    QString chainHead;
    qint64 chainEntries = 0;
    QString custodian;
    QDate handedOverOn;

    Status writeIndex(QIODevice &device) const;
    Status writeHandover(QIODevice &device) const;
};

} // namespace trellis::reports
