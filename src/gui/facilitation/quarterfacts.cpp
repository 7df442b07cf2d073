#include "gui/facilitation/quarterfacts.h"

#include "gui/editing/labels.h"
#include "domain/retro.h"
#include "gui/balances/balanceformat.h"
#include "store/balances.h"
#include "store/pairflows.h"
#include "store/headlinerows.h"
#include "store/workspace.h"


namespace trellis::gui {

QuarterFacts::QuarterFacts(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("quarterFacts"));
    setWordWrap(true);
    setAlignment(Qt::AlignTop | Qt::AlignLeading);
    setTextFormat(Qt::RichText);
}

void QuarterFacts::showQuarter(store::Workspace &ws, const domain::Retro &retro, const QHash<qint64, QString> &names)
{
    auto period = store::Period::parse(retro.quarter);
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("The quarter %1 in the ledger").arg(quarterLabel(retro.quarter)).toHtmlEscaped());
    if (period) {
        html += QStringLiteral("<table cellpadding=\"2\">");
        for (qint64 a : retro.participantIds) {
            for (qint64 b : retro.participantIds) {
                if (a >= b)
                    continue;
                auto balance = store::Balances(ws).between(a, b, *period);
                if (!balance)
                    continue;
                for (const store::UnitBalance &u : std::as_const(balance->units)) {
                    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                                .arg(tr("%1 gave %2 %3").arg(names.value(a), names.value(b), formatAmount(u.given, u.unit)).toHtmlEscaped(),
                                     tr("received %1").arg(formatAmount(u.received, u.unit)).toHtmlEscaped(),
                                     tr("asymmetry %1").arg(formatAsymmetry(u.asymmetry())).toHtmlEscaped());
                }
            }
        }
        html += QStringLiteral("</table>");
    }
    if (auto persisting = store::PairFlows(ws).persisting(retro.heldOn)) {
        for (const store::PersistingAsymmetry &p : std::as_const(*persisting)) {
            if (retro.participantIds.contains(p.givingMore) && retro.participantIds.contains(p.givingLess))
                html += QStringLiteral("<p><b>%1</b></p>").arg(
                    tr("Persisting: %1 keeps giving more than %2 in %3").arg(names.value(p.givingMore), names.value(p.givingLess), unitLabel(p.unit))
                        .toHtmlEscaped());
        }
    }
    const QString language = uiLanguage();
    int incidents = 0, rehearsals = 0;
    if (auto rows = store::incidentRows(ws, language)) {
        for (const store::HeadlineRow &row : std::as_const(*rows))
            incidents += period && period->contains(row.date) ? 1 : 0;
    }
    if (auto rows = store::rehearsalRows(ws, language)) {
        for (const store::HeadlineRow &row : std::as_const(*rows))
            rehearsals += period && period->contains(row.date) ? 1 : 0;
    }
    html += QStringLiteral("<p>%1</p>").arg(tr("Incidents this quarter: %1 · rupture rehearsals: %2").arg(QLocale().toString(incidents), QLocale().toString(rehearsals)).toHtmlEscaped());
    setText(html);
}

} // namespace trellis::gui
