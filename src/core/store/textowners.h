#pragma once
// The kinds of record that own texts, in one list: search, the translation queue and the record a
// text opens all take them from here, so that a new kind is named once.

#include <QList>
#include <QString>

namespace trellis::store {

/// A kind of record whose texts the workspace keeps (bitext.owner_kind), and where its rows are.
/// A part of a larger record (a retro's answer, a risk's part) opens the record it is part of.
struct TextOwnerKind {
    QString kind;      ///< bitext.owner_kind: "partner", "retro_answer", ...
    QString table;     ///< its rows, each found by its uuid
    QString madeAt;    ///< its column of when a row was written; empty where a part takes its record's
    QString opensKind; ///< the kind of record it is part of; empty: a text of it opens its own record
    QString partOf;    ///< with opensKind: its column naming that record ("retro_id")
};

/// Every kind that owns texts, in the order the window lists them.
const QList<TextOwnerKind> &textOwnerKinds();
/// The kind named kind, or nullptr when no record kind owns texts by that name.
const TextOwnerKind *textOwnerKind(const QString &kind);
/// The kind of record a text of kind opens, through every record it is part of: "retro" for a
/// retro's answer, "partner" for a note on a paraphrase; kind itself for a record of its own.
QString openedKind(const QString &kind);

} // namespace trellis::store
