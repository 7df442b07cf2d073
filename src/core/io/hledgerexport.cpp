#include "io/hledgerexport.h"

#include "domain/unit.h"
#include "store/ledgerchain.h"
#include "store/ledgerlisting.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QIODevice>

namespace trellis::io {
namespace {

/// Text that stays on one line and cannot open a comment early.
QString oneLine(const QString &text)
{
    QString t = text.simplified();
    t.replace(u';', u',');
    return t;
}

QString amount(const domain::Quantity &q, bool negate)
{
    const domain::Quantity shown{negate ? -q.minorUnits : q.minorUnits, q.unit};
    return shown.toPlainString() + u' ' + hledgerCommodity(q.unit);
}

Status write(QIODevice &device, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (device.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, QStringLiteral("Could not write the journal: %1").arg(device.errorString()));
    return {};
}

/// A commodity directive for every unit posted entries use, with its exact scale.
Result<QString> commodityDirectives(store::Database &db)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT DISTINCT unit FROM ledger_entry WHERE status = 'posted' AND unit <> '' ORDER BY unit"));
    if (!select)
        return select.error();
    QString out;
    for (;;) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        auto unit = domain::Unit::parse(select->text(0));
        if (!unit)
            return makeError(ErrorCode::Corrupt, QStringLiteral("The ledger uses an unknown unit"));
        const int scale = unit->scale();
        out += QStringLiteral("commodity 1000%1 %2\n")
                   .arg(QString(u'.' + QString(scale, u'0')), hledgerCommodity(*unit));
    }
}

QString transaction(const store::ListedEntry &e)
{
    QStringList tags{QStringLiteral("kind:") + domain::contributionKindKey(e.kind)};
    if (!e.reversesUuid.isEmpty())
        tags << QStringLiteral("reverses:") + e.reversesUuid;
    if (e.kind == domain::ContributionKind::Funds)
        tags << QStringLiteral("consent:") + (e.fundsDisbursed ? QStringLiteral("disbursed") : QStringLiteral("pending"));
    if (!e.quantity)
        tags << QStringLiteral("narrative-only:");
    QString t = QStringLiteral("%1 * (%2) %3%4 to %5  ; %6\n")
                    .arg(e.date.toString(Qt::ISODate), e.uuid,
                         e.reversesUuid.isEmpty() ? QString() : QStringLiteral("Reversal: "),
                         oneLine(e.fromName), oneLine(e.toName), tags.join(QStringLiteral(", ")));
    if (!e.narrative.isEmpty())
        t += QStringLiteral("    ; narrative (%1): %2\n").arg(e.language, oneLine(e.narrative));
    if (e.quantity) {
        const bool pending = e.kind == domain::ContributionKind::Funds && !e.fundsDisbursed;
        const QString middle = pending ? QStringLiteral(":pending") : QString();
        t += QStringLiteral("    partners:%1%2:given  %3\n")
                 .arg(hledgerPartnerAccount(e.fromPartnerId, e.fromLatin), middle, amount(*e.quantity, false));
        t += QStringLiteral("    partners:%1%2:received  %3\n")
                 .arg(hledgerPartnerAccount(e.toPartnerId, e.toLatin), middle, amount(*e.quantity, true));
    }
    return t + u'\n';
}

} // namespace

QString hledgerPartnerAccount(qint64 id, const QString &latinName)
{
    // Accents come off (NFKD, marks dropped); every other run of non-ASCII-alphanumerics is one '-'.
    QString slug;
    for (const QChar c : latinName.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    slug.truncate(40);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("p%1").arg(id) : QStringLiteral("p%1-%2").arg(id).arg(slug);
}

QString hledgerCommodity(const domain::Unit &unit)
{
    const QString symbol = unit.type() == domain::Unit::Type::Hours ? QStringLiteral("h") : unit.key();
    for (const QChar c : symbol)
        if (!c.isLetter())
            return u'"' + symbol + u'"';
    return symbol;
}

Result<LedgerExportSummary> exportHledger(store::Workspace &workspace, QIODevice &device)
{
    LedgerExportSummary summary;
    auto head = store::chainHead(workspace.database());
    if (!head)
        return head.error();
    summary.chainHead = *head;
    auto commodities = commodityDirectives(workspace.database());
    if (!commodities)
        return commodities.error();
    TRELLIS_TRY(write(device, QStringLiteral(
        "; Trellis reciprocity ledger: posted entries only, exact amounts, one commodity per unit.\n"
        "; partners:<partner>:given is what a partner gave, :received what it received (negative);\n"
        "; funds awaiting mutual consent sit under partners:<partner>:pending.\n"
        "; trellis ledger chain head: %1\n\n%2\n")
        .arg(head->isEmpty() ? QStringLiteral("(empty)") : QString::fromLatin1(head->toHex()), *commodities)));
    TRELLIS_TRY(store::listLedger(workspace, false, [&](const store::ListedEntry &e) -> Status {
        ++summary.entries;
        if (!e.quantity)
            ++summary.narrativeOnly;
        return write(device, transaction(e));
    }));
    log::get("io")->info("hledger export: {} entries", summary.entries);
    return summary;
}

} // namespace trellis::io
