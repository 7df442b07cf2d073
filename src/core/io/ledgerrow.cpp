#include "io/ledgerrow.h"

#include "io/datefield.h"
#include "io/decimal.h"

#include <QCryptographicHash>

namespace trellis::io {
namespace {

Error fieldError(const char *field, const QString &message)
{
    return makeError(ErrorCode::InvalidInput, QLatin1String(field) + QStringLiteral(": ") + message);
}

QString kindNames()
{
    QStringList names;
    for (int i = 0; i < int(domain::ContributionKind::Count); ++i)
        names << domain::contributionKindKey(domain::ContributionKind(i)).replace(u'_', u' ');
    return names.join(QStringLiteral(", "));
}

Result<qint64> readAmount(const QString &text, const domain::Unit &unit, bool decimalComma)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'-') || t.startsWith(QChar(0x2212)))
        return fieldError("quantity", QStringLiteral("a negative quantity cannot be imported; a correction is "
                                                     "recorded as a reversal of the posted entry"));
    const QChar point = decimalComma ? u',' : u'.';
    const QChar group = decimalComma ? u'.' : u',';
    auto value = parseDecimal(t, {point, group}, unit.scale());
    if (!value) {
        auto spaced = parseDecimal(t, {point, u' '}, unit.scale());
        if (spaced)
            return *spaced;
        return fieldError("quantity", value.error().message);
    }
    return *value;
}

} // namespace

QList<ImportField> ledgerImportFields()
{
    return {{QStringLiteral("date"), true},      {QStringLiteral("from"), true},
            {QStringLiteral("to"), true},        {QStringLiteral("kind"), true},
            {QStringLiteral("quantity"), false}, {QStringLiteral("unit"), false},
            {QStringLiteral("narrative"), false}, {QStringLiteral("language"), false}};
}

Result<LedgerRow> readLedgerRow(const QStringList &cells, const ColumnMap &columns, const LedgerRowFormat &format)
{
    auto cell = [&](const char *field) { return columns.value(cells, QLatin1String(field)); };
    bool blank = true;
    for (const QString &c : cells)
        blank = blank && c.trimmed().isEmpty();
    if (blank)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the row is empty"));

    LedgerRow row;
    domain::LedgerEntry &e = row.entry;
    auto date = parseDate(cell("date"), format.dateFormats);
    if (!date)
        return fieldError("date", date.error().message);
    e.date = *date;
    row.fromName = cell("from").simplified();
    row.toName = cell("to").simplified();
    if (row.fromName.isEmpty())
        return fieldError("from", QStringLiteral("no partner named"));
    if (row.toName.isEmpty())
        return fieldError("to", QStringLiteral("no partner named"));
    const QString kindText = cell("kind").trimmed();
    const auto kind = domain::contributionKindFromText(kindText);
    if (!kind)
        return fieldError("kind", kindText.isEmpty() ? QStringLiteral("missing (use one of: %1)").arg(kindNames())
                                                     : QStringLiteral("\"%1\" is not a contribution kind (use one of: %2)")
                                                           .arg(kindText, kindNames()));
    e.kind = *kind;

    const QString unitText = cell("unit").trimmed();
    const QString quantityText = cell("quantity").trimmed();
    auto unit = domain::Unit::parse(unitText);
    if (!unit)
        return fieldError("unit", unit.error().message);
    if (unit->isNone() && !quantityText.isEmpty())
        return fieldError("unit", QStringLiteral("missing: a quantity needs a unit (a currency code, hours, words, "
                                                 "pages or nights)"));
    if (!unit->isNone()) {
        if (quantityText.isEmpty())
            return fieldError("quantity", QStringLiteral("missing: a unit needs a quantity"));
        auto amount = readAmount(quantityText, *unit, format.decimalComma);
        if (!amount)
            return amount.error();
        e.quantity = domain::Quantity{*amount, *unit};
    }

    const QString narrative = cell("narrative");
    QString language = cell("language").trimmed();
    if (language.isEmpty())
        language = format.defaultLanguage;
    if (!narrative.trimmed().isEmpty())
        e.narrative = domain::BilingualText(language, narrative);
    return row;
}

QByteArray rowIdentity(const domain::LedgerEntry &e)
{
    const QString fields[] = {
        e.date.toString(Qt::ISODate),
        QString::number(e.fromPartnerId),
        QString::number(e.toPartnerId),
        domain::contributionKindKey(e.kind),
        e.quantity ? QString::number(e.quantity->minorUnits) : QString(),
        e.quantity ? e.quantity->unit.key() : QString(),
        e.narrative.originalLanguage(),
        e.narrative.original(),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("trellis-import-row-v1\n"));
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray(QByteArray::number(bytes.size()) + ':'));
        hash.addData(bytes);
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result();
}

QString rowFingerprint(const QByteArray &identity, int occurrence)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(identity);
    hash.addData(QByteArray("#" + QByteArray::number(occurrence)));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace trellis::io
