#pragma once
// Which column of an import file holds each field Trellis knows, found from the file's header row.

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace trellis::io {

/// A field an import understands, e.g. {"date", true} or {"narrative", false}.
struct ImportField {
    QString name;
    bool required = true;
};

/// Columns found for known fields. Header names match field names ignoring case, surrounding spaces and a BOM.
class ColumnMap {
public:
    /// Maps a header row. Fails, naming every problem at once, when a required field has no column or
    /// a known field has more than one. Columns no field asks for are allowed and listed in unknownColumns().
    static Result<ColumnMap> fromHeader(const QStringList &header, const QList<ImportField> &fields);

    /// The 0-based column of a field, or -1 when the file has none.
    qsizetype column(const QString &field) const { return m_columns.value(field, -1); }
    bool has(const QString &field) const { return m_columns.contains(field); }
    /// The field's cell in a record; an empty string when the file has no such column or the record is short.
    QString value(const QStringList &cells, const QString &field) const;
    /// 0-based columns whose header matches no known field.
    const QList<qsizetype> &unknownColumns() const { return m_unknown; }

private:
    QHash<QString, qsizetype> m_columns;
    QList<qsizetype> m_unknown;
};

/// A header cell as compared with field names: without surrounding spaces or BOMs, case-folded.
QString headerKey(const QString &name);

} // namespace trellis::io
