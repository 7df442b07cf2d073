#include "io/ledgerpreview.h"

#include "io/datefield.h"
#include "io/partnermatch.h"
#include "i18n/searchkey.h"
#include "store/workspace.h"

#include <QRegularExpression>

namespace trellis::io {
namespace {

CsvReadOptions importReadOptions(char delimiter)
{
    CsvReadOptions csv;
    csv.delimiter = delimiter;
    csv.hasHeader = true;
    csv.fieldCountMustMatch = true;
    return csv;
}

/// The format with the workspace's first language as the default, as the import fills it in.
Result<LedgerRowFormat> filledFormat(store::Workspace &workspace, LedgerRowFormat format)
{
    if (!format.defaultLanguage.isEmpty())
        return format;
    auto settings = workspace.settings();
    if (!settings)
        return settings.error();
    format.defaultLanguage = settings->workingLanguages.value(0, QStringLiteral("en"));
    return format;
}

} // namespace

bool guessDecimalComma(const QStringList &quantities)
{
    static const QRegularExpression tail(QStringLiteral("([.,])(\\d+)\\s*$"));
    int comma = 0, point = 0;
    for (const QString &text : quantities) {
        const auto m = tail.match(text);
        if (!m.hasMatch())
            continue;
        const bool isComma = m.captured(1) == QLatin1String(",");
        const QChar other = isComma ? u'.' : u',';
        if (text.left(m.capturedStart(1)).contains(other) || m.capturedLength(2) != 3)
            ++(isComma ? comma : point); // "1.234,5", "1,234.50", "2,25", "0.5": the last one is the decimal
    }
    return comma > point;
}

QString guessDateFormat(const QStringList &dates, const QStringList &candidates)
{
    QStringList present;
    for (const QString &d : dates)
        if (!d.trimmed().isEmpty())
            present << d;
    if (present.isEmpty() || std::all_of(present.cbegin(), present.cend(), [](const QString &d) { return parseDate(d).ok(); }))
        return {};
    for (const QString &pattern : candidates) {
        if (std::all_of(present.cbegin(), present.cend(),
                        [&](const QString &d) { return parseDate(d, {pattern}).ok(); }))
            return pattern;
    }
    return {};
}

Result<LedgerFileFacts> inspectLedgerFile(QIODevice &device, char delimiter, const QStringList &dateCandidates,
                                          int sampleRows)
{
    CsvReader reader(device, importReadOptions(delimiter));
    TRELLIS_TRY(reader.start());
    if (reader.header().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("The file is empty: it has no header row."));
    LedgerFileFacts facts;
    facts.encoding = reader.encoding();
    facts.byteOrderMark = reader.hadByteOrderMark();
    facts.delimiter = reader.delimiter();
    facts.header = reader.header();
    facts.headerNamesFields = true;
    for (const ImportField &field : ledgerImportFields()) {
        for (const QString &cell : std::as_const(facts.header)) {
            if (headerKey(cell) == headerKey(field.name)) {
                facts.named.insert(field.name, cell);
                break;
            }
        }
        facts.headerNamesFields = facts.headerNamesFields && (!field.required || facts.named.contains(field.name));
    }
    const auto column = [&](const QString &field, const QString &fallback) {
        return facts.header.indexOf(facts.named.value(field, fallback));
    };
    const qsizetype dateColumn = column(QStringLiteral("date"), QString());
    const qsizetype quantityColumn = column(QStringLiteral("quantity"), QString());
    QStringList dates, quantities;
    CsvRecord record;
    while (facts.sampledRows < sampleRows) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++facts.sampledRows;
        if (!record.ok())
            continue;
        for (qsizetype c = 0; c < record.cells.size(); ++c) {
            // Without a named quantity column, any cell that looks like a number (and not a date) shows the style.
            static const QRegularExpression number(QStringLiteral("^\\s*\\d[\\d.,\\s]*$"));
            static const QRegularExpression date(QStringLiteral("^\\s*\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\s*$"));
            const QString &cell = record.cells[c];
            if (c == quantityColumn || (quantityColumn < 0 && number.match(cell).hasMatch() && !date.match(cell).hasMatch()))
                quantities << cell;
            if (c == dateColumn)
                dates << cell;
        }
    }
    facts.decimalComma = guessDecimalComma(quantities);
    facts.dateFormat = guessDateFormat(dates, dateCandidates);
    return facts;
}

Result<QList<LedgerPreviewRow>> previewLedgerImport(store::Workspace &workspace, QIODevice &device,
                                                    LedgerImportOptions options, qint64 rows)
{
    QList<LedgerPreviewRow> preview;
    options.dryRun = true;
    options.rowLimit = rows;
    options.keepGoing = nullptr;
    options.rowDone = [&preview](const ImportRowResult &r) {
        LedgerPreviewRow row{r.record.line, r.outcome, r.reason, r.insidePause, std::nullopt, r.record.raw};
        if (r.record.ok()) {
            if (auto values = readLedgerRow(r.record.cells, r.columns, r.format))
                row.values = *values;
        }
        preview.append(row);
    };
    auto report = LedgerImport(workspace, std::move(options)).run(device);
    if (!report)
        return report.error();
    return preview;
}

Result<PartnerNameScan> findUnknownPartners(store::Workspace &workspace, QIODevice &device,
                                            const LedgerImportOptions &options)
{
    auto format = filledFormat(workspace, options.format);
    if (!format)
        return format.error();
    CsvReader reader(device, importReadOptions(options.delimiter));
    TRELLIS_TRY(reader.start());
    auto columns = ledgerColumnMap(reader.header(), options.columns);
    if (!columns)
        return columns.error();
    auto directory = PartnerDirectory::load(workspace);
    if (!directory)
        return directory.error();
    for (auto it = options.partnerNames.cbegin(); it != options.partnerNames.cend(); ++it)
        directory->add(it.value(), it.key());

    PartnerNameScan scan;
    QHash<QString, qsizetype> byKey; // search key -> index in scan.unknown
    CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++scan.rowsRead;
        if (!record.ok())
            continue;
        auto row = readLedgerRow(record.cells, *columns, *format);
        if (!row)
            continue;
        QStringList keysOfRow;
        for (const QString &name : {row->fromName, row->toName}) {
            auto found = directory->match(name);
            if (found || found.error().code != ErrorCode::NotFound)
                continue;
            const QString key = i18n::searchKey(name).simplified();
            if (keysOfRow.contains(key))
                continue;
            keysOfRow << key;
            auto known = byKey.constFind(key);
            if (known == byKey.cend()) {
                const QString language = row->entry.narrative.isEmpty() ? format->defaultLanguage
                                                                        : row->entry.narrative.originalLanguage();
                byKey.insert(key, scan.unknown.size());
                scan.unknown.append({name, language, record.line, 1});
            } else {
                ++scan.unknown[*known].rows;
            }
        }
    }
    return scan;
}

} // namespace trellis::io
