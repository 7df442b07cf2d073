#include "gui/rhythm/rhythmchoices.h"

#include "gui/editing/labels.h"
#include "store/headlinerows.h"
#include "store/ledgerquery.h"
#include "store/protocolstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace trellis::gui {

namespace {

/// label read in the UI's direction: a label that starts with a date and an isolated name has no
/// strong letter of its own, and would otherwise take the name's direction.
QString inUiDirection(const QString &label)
{
    return (QLocale().textDirection() == Qt::RightToLeft ? u'\u200f' : u'\u200e') + label;
}

/// "12/10/2026 · Hosting · 120,00 €": an entry by what a reader recognises it by.
QString entryLabel(const store::LedgerRow &r)
{
    QStringList parts{shortDate(r.date), kindLabel(r.kind)};
    if (const QString amount = amountLabel(r.quantity); !amount.isEmpty())
        parts << u'\u2068' + amount + u'\u2069';
    return inUiDirection(parts.join(QStringLiteral(" \u00b7 ")));
}

} // namespace

QList<ChecklistItem> protocolChoices(store::Workspace &workspace)
{
    QList<ChecklistItem> items;
    if (auto protocols = store::ProtocolStore(workspace).list()) {
        for (const store::ProtocolSummary &p : std::as_const(*protocols))
            items.append({p.id, inUiDirection(QCoreApplication::translate("RhythmChoices", "\u2068%1\u2069 (version %2)")
                                                  .arg(p.title, QLocale().toString(p.version)))});
    }
    return items;
}

QList<ChecklistItem> pairEntryChoices(store::Workspace &workspace, qint64 a, qint64 b, const QList<qint64> &also)
{
    QList<ChecklistItem> items;
    QList<qint64> listed;
    if (a != 0 && b != 0 && a != b) {
        store::LedgerFilter pair;
        pair.partnerId = a;
        pair.withPartnerId = b;
        store::LedgerQuery query(workspace, pair);
        if (auto rows = query.next(kPairEntriesOffered)) {
            for (const store::LedgerRow &r : std::as_const(*rows)) {
                items.append({r.id, entryLabel(r)});
                listed << r.id;
            }
        }
    }
    for (qint64 id : also) {
        if (listed.contains(id))
            continue;
        if (auto r = store::LedgerQuery::row(workspace, id))
            items.append({id, entryLabel(*r)});
    }
    return items;
}

QList<ChecklistItem> crossoverChoices(store::Workspace &workspace)
{
    QList<ChecklistItem> items;
    if (auto crossovers = store::crossoverRows(workspace, uiLanguage())) {
        for (const store::HeadlineRow &r : std::as_const(*crossovers))
            items.append({r.id, inUiDirection(QStringLiteral("%1 \u00b7 \u2068%2\u2069").arg(shortDate(r.date), r.headline.section(u'\n', 0, 0)))});
    }
    return items;
}

} // namespace trellis::gui
