// libFuzzer target: the ledger import's column mapping and row parsing. The input is lines:
// a --map spec, a header row, then data rows (cells split on '|'); the first byte picks the format.
#include "fuzzsupport.h"

#include "io/columnmap.h"
#include "io/ledgerimport.h"
#include "io/ledgerrow.h"

using namespace trellis;
using trellis::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    io::LedgerRowFormat format;
    format.decimalComma = data[0] & 1;
    static const QStringList kFormats[] = {{}, {QStringLiteral("dd/MM/yyyy")}, {QStringLiteral("MM/dd/yyyy")},
                                           {QStringLiteral("dd.MM.yyyy"), QStringLiteral("d/M/yy")}};
    format.dateFormats = kFormats[(data[0] >> 1) & 3];
    format.defaultLanguage = (data[0] & 8) ? QStringLiteral("fa") : QStringLiteral("en");
    const QStringList lines = fuzz::text(data + 1, size - 1).split(u'\n');
    if (lines.size() < 2)
        return 0;

    auto mapping = io::parseColumnMapping(lines.at(0));
    if (!mapping) {
        require(!mapping.error().message.isEmpty(), "a refused mapping says why");
        return 0;
    }
    for (auto it = mapping->cbegin(); it != mapping->cend(); ++it) {
        bool known = false;
        for (const auto &field : io::ledgerImportFields())
            known = known || field.name == it.key();
        require(known, "a mapping only names import fields");
    }
    auto columns = io::ledgerColumnMap(lines.at(1).split(u'|'), *mapping);
    if (!columns) {
        require(!columns.error().message.isEmpty(), "a refused header says why");
        return 0;
    }
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(u'|');
        auto row = io::readLedgerRow(cells, *columns, format);
        if (!row) {
            require(!row.error().message.isEmpty(), "a rejected row says why");
            continue;
        }
        const auto &entry = row->entry;
        require(entry.date.isValid(), "an accepted row has a valid date");
        require(!entry.quantity || entry.quantity->minorUnits > 0, "an accepted quantity is positive");
        if (entry.quantity) {
            auto back = domain::Quantity::fromPlainString(entry.quantity->toPlainString(), entry.quantity->unit);
            require(back.ok() && *back == *entry.quantity, "an accepted quantity writes and reads back exactly");
        }
        require(!io::rowIdentity(entry).isEmpty(), "an accepted row has an identity");
    }
    return 0;
}
