#include "io/columnmap.h"

namespace trellis::io {

QString headerKey(const QString &name)
{
    qsizetype begin = 0, end = name.size();
    const auto ignorable = [](QChar c) { return c.isSpace() || c == QChar(0xFEFF); };
    while (begin < end && ignorable(name[begin]))
        ++begin;
    while (end > begin && ignorable(name[end - 1]))
        --end;
    return name.mid(begin, end - begin).toCaseFolded();
}

Result<ColumnMap> ColumnMap::fromHeader(const QStringList &header, const QList<ImportField> &fields)
{
    QHash<QString, QString> fieldByKey; // header key -> field name as the caller spells it
    for (const ImportField &field : fields)
        fieldByKey.insert(headerKey(field.name), field.name);

    ColumnMap map;
    QHash<QString, QList<qsizetype>> columnsOf;
    QStringList repeated;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const auto found = fieldByKey.constFind(headerKey(header[c]));
        if (found == fieldByKey.cend()) {
            map.m_unknown << c;
            continue;
        }
        QList<qsizetype> &columns = columnsOf[*found];
        columns << c;
        if (columns.size() == 1)
            map.m_columns.insert(*found, c);
        else if (columns.size() == 2)
            repeated << *found;
    }

    QStringList problems;
    QStringList missing;
    for (const ImportField &field : fields)
        if (field.required && !map.m_columns.contains(field.name))
            missing << field.name;
    if (!missing.isEmpty())
        problems << QStringLiteral("The header row has no column for: %1.").arg(missing.join(QStringLiteral(", ")));
    for (const QString &name : repeated) {
        QStringList numbers;
        for (qsizetype c : columnsOf[name])
            numbers << QString::number(c + 1);
        problems << QStringLiteral("The column \"%1\" appears more than once (columns %2).")
                        .arg(name, numbers.join(QStringLiteral(", ")));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.join(QLatin1Char(' ')));
    return map;
}

QString ColumnMap::value(const QStringList &cells, const QString &field) const
{
    const qsizetype c = column(field);
    return c >= 0 && c < cells.size() ? cells[c] : QString();
}

} // namespace trellis::io
