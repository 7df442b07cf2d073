// trellis-cli show: one record side by side in two languages, through the core side-by-side formatter.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "domain/sidebyside.h"
#include "i18n/language.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trellis::cli {
namespace {

QJsonObject columnJson(const domain::SideBySideColumn &column)
{
    QJsonArray fields;
    for (const domain::ColumnField &field : column.fields) {
        fields.append(QJsonObject{{QStringLiteral("field"), field.key},
                                  {QStringLiteral("status"), domain::statusKey(field.status)},
                                  {QStringLiteral("text"), field.text}});
    }
    QJsonObject object{{QStringLiteral("language"), column.language},
                       {QStringLiteral("direction"), column.direction == i18n::TextDirection::RightToLeft
                                                         ? QStringLiteral("rtl") : QStringLiteral("ltr")},
                       {QStringLiteral("date"), column.date},
                       {QStringLiteral("quantity"), column.quantity},
                       {QStringLiteral("fields"), fields}};
    if (const auto parity = column.parityPercent())
        object.insert(QStringLiteral("parity_percent"), *parity);
    return object;
}

void printColumn(const domain::SideBySideColumn &column)
{
    out(QStringLiteral("[%1 %2] %3 %4 — parity %5%")
            .arg(column.language,
                 column.direction == i18n::TextDirection::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                 column.date, column.quantity)
            .arg(column.parityPercent().value_or(0)));
    for (const domain::ColumnField &field : column.fields) {
        out(QStringLiteral("  %1 (%2): %3")
                .arg(field.key, domain::statusKey(field.status),
                     field.isMissing() ? QStringLiteral("— missing —") : field.text));
    }
}

} // namespace

int showCommand(const QStringList &arguments)
{
    CommandLine line(arguments, {QStringLiteral("languages")}, {QStringLiteral("json")});
    const QString usageText = QStringLiteral("show FILE partner|ledger ID --languages A,B [--json]");
    if (!line.expectPositionals(3, 3, usageText)) {
        err(QStringLiteral("trellis-cli show: ") + line.error());
        return Usage;
    }
    const QStringList pair = line.value(QStringLiteral("languages")).value_or(QString()).split(u',', Qt::SkipEmptyParts);
    bool idOk = false;
    const qint64 id = line.positionals().at(2).toLongLong(&idOk);
    const QString kind = line.positionals().at(1);
    if (pair.size() != 2 || !idOk || (kind != QLatin1String("partner") && kind != QLatin1String("ledger"))) {
        err(QStringLiteral("trellis-cli show: usage: trellis-cli ") + usageText);
        return Usage;
    }
    QStringList languages;
    for (const QString &tag : pair) {
        auto canonical = i18n::canonicalLanguageTag(tag);
        if (!canonical) {
            err(QStringLiteral("trellis-cli show: ") + canonical.error().message);
            return Usage;
        }
        languages << *canonical;
    }
    auto ws = store::Workspace::open(line.positionals().at(0), {.readOnly = true, .dailyBackup = false});
    if (!ws) {
        err(QStringLiteral("trellis-cli show: ") + ws.error().message);
        return Failure;
    }
    domain::RecordTexts texts;
    if (kind == QLatin1String("partner")) {
        auto partner = store::PartnerStore(*ws).get(id);
        if (!partner) {
            err(QStringLiteral("trellis-cli show: ") + partner.error().message);
            return Failure;
        }
        texts = domain::recordTexts(*partner); // contact notes stay out
    } else {
        auto entry = store::LedgerStore(*ws).get(id);
        if (!entry) {
            err(QStringLiteral("trellis-cli show: ") + entry.error().message);
            return Failure;
        }
        texts = domain::recordTexts(*entry);
    }
    const domain::SideBySide view = domain::sideBySide(texts, languages.at(0), languages.at(1));
    if (line.flag(QStringLiteral("json"))) {
        out(QString::fromUtf8(QJsonDocument(QJsonArray{columnJson(view.first), columnJson(view.second)})
                                  .toJson(QJsonDocument::Compact)));
        return Success;
    }
    printColumn(view.first);
    printColumn(view.second);
    return Success;
}

} // namespace trellis::cli
