#include "reports/csv/csvreport.h"

#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QHash>

namespace trellis::reports {
namespace {

io::CsvCell csvCell(const Cell &cell)
{
    if (!cell.raw.isEmpty())
        return io::CsvCell::number(cell.raw);
    return io::CsvCell::text(cell.text);
}

void collectTables(const QList<Block> &blocks, QList<const Table *> &out)
{
    for (const Block &block : blocks) {
        if (const auto *t = std::get_if<Table>(&block); t && !t->csvName.isEmpty())
            out.append(t);
        else if (const auto *s = std::get_if<std::shared_ptr<Section>>(&block))
            collectTables((*s)->blocks, out);
    }
}

/// The rows of a record, with subsection titles prefixed to their labels.
void collectRows(const QList<Block> &blocks, const QString &prefix, QList<std::pair<QString, const Row *>> &out)
{
    QHash<QString, int> seen;
    for (const Block &block : blocks) {
        if (const auto *row = std::get_if<Row>(&block)) {
            QString label = prefix + row->label;
            // A label repeated within one record (two answers by one partner) gets a number.
            const int n = ++seen[label];
            if (n > 1)
                label += QStringLiteral(" (%1)").arg(n);
            out.append({label, row});
        } else if (const auto *s = std::get_if<std::shared_ptr<Section>>(&block)) {
            collectRows((*s)->blocks, prefix + (*s)->title + QStringLiteral(" / "), out);
        }
    }
}

} // namespace

QList<const Table *> csvTables(const Document &doc)
{
    QList<const Table *> tables;
    for (const Section &section : doc.sections)
        collectTables(section.blocks, tables);
    return tables;
}

Status writeTableCsv(const Table &table, QIODevice &device, const WriteOptions &options)
{
    io::CsvWriter csv(device);
    QStringList header;
    for (const Cell &h : table.header)
        header.append(h.language.isEmpty() ? h.text : QStringLiteral("%1 [%2]").arg(h.text, h.language));
    TRELLIS_TRY(csv.writeRecord(header));
    TableRow row;
    qint64 rows = 0;
    const qint64 expected = table.rows ? table.rows->sizeHint() : 0;
    while (table.rows && table.rows->next(row)) {
        QList<io::CsvCell> cells;
        for (const Cell &c : std::as_const(row))
            cells.append(csvCell(c));
        TRELLIS_TRY(csv.writeRecord(cells));
        if (options.keepGoing && ++rows % 256 == 0 && !options.keepGoing(rows, expected))
            return stoppedError();
    }
    if (table.rows)
        TRELLIS_TRY(table.rows->status());
    return {};
}

Status writeCsv(const Document &doc, QIODevice &device, const WriteOptions &options)
{
    const auto tables = csvTables(doc);
    if (!tables.isEmpty())
        return writeTableCsv(*tables.first(), device, options);

    // Records: the union of their field labels, in the order first seen, makes the columns.
    QList<QList<std::pair<QString, const Row *>>> records;
    QStringList titles;
    QStringList labels;
    QHash<QString, qsizetype> column;
    for (const Section &section : doc.sections) {
        QList<std::pair<QString, const Row *>> fields;
        collectRows(section.blocks, QString(), fields);
        if (fields.isEmpty())
            continue;
        for (const auto &[label, row] : std::as_const(fields)) {
            if (!column.contains(label)) {
                column.insert(label, labels.size());
                labels.append(label);
            }
        }
        records.append(fields);
        titles.append(section.title);
    }
    QStringList header{QCoreApplication::translate("CsvReport", "record")};
    for (const QString &label : std::as_const(labels))
        header << QStringLiteral("%1 [%2]").arg(label, doc.first.language)
               << QStringLiteral("%1 [%2]").arg(label, doc.second.language);
    io::CsvWriter csv(device);
    TRELLIS_TRY(csv.writeRecord(header));
    for (qsizetype at = 0; at < records.size(); ++at) {
        QList<io::CsvCell> cells(1 + 2 * labels.size(), io::CsvCell::text(QString()));
        cells[0] = io::CsvCell::text(titles[at]);
        for (const auto &[label, row] : std::as_const(records[at])) {
            const qsizetype c = 1 + 2 * column.value(label);
            cells[c] = csvCell(row->first);
            cells[c + 1] = csvCell(row->second);
        }
        TRELLIS_TRY(csv.writeRecord(cells));
        if (options.keepGoing && !options.keepGoing(at + 1, records.size()))
            return stoppedError();
    }
    return {};
}

} // namespace trellis::reports
