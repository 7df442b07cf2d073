#pragma once
// What the import wizard's pages have chosen so far: the file, how to read it, and what to do
// with the partner names nobody has yet.

#include "io/ledgerpreview.h"

#include <QString>

namespace trellis::gui {

/// For one unknown partner name: leave its rows out, create a new partner, or take an existing one.
struct PartnerChoice {
    static constexpr qint64 kLeaveOut = -1;
    static constexpr qint64 kCreate = 0;
    io::UnknownPartnerName name;
    qint64 partnerId = kLeaveOut; ///< kLeaveOut, kCreate or an existing partner's id
};

/// The settings the wizard collects, turned into the core's import options.
struct ImportPlan {
    QString path;
    io::LedgerFileFacts facts;
    char delimiter = 0;                    ///< 0 until the user (or the sniffer) settles it
    bool decimalComma = false;
    QString dateFormat;                    ///< empty: ISO only
    QHash<QString, QString> columns;       ///< field -> the header cell chosen for it
    QList<PartnerChoice> partners;
    qint64 rowsInFile = 0;                 ///< known once the partner names are scanned

    /// The options an import (or its preview) runs with.
    io::LedgerImportOptions options() const;
    /// The names to create, with the language each new partner's name is in.
    QList<io::UnknownPartnerName> partnersToCreate() const;
};

} // namespace trellis::gui
