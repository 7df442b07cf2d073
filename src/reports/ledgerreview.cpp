#include "reports/ledgerreview.h"

#include "reports/columnformat.h"
#include "reports/partnernames.h"
#include "reports/reportlabels.h"
#include "store/balances.h"
#include "store/ledgerchain.h"
#include "store/ledgerquery.h"
#include "store/ledgerstore.h"
#include "store/pairflows.h"
#include "store/workspace.h"

#include <QMap>

#include <cmath>
#include <tuple>

namespace trellis::reports {
namespace {

/// What one pair exchanged in one unit, first partner (lower id) first.
struct PairFigures {
    qint64 a = 0;
    qint64 b = 0;
    store::UnitBalance unit; ///< given: a to b; received: b to a
};

bool covers(const ReportRequest &request, qint64 a, qint64 b)
{
    if (!request.partnerId)
        return true;
    const qint64 p = *request.partnerId;
    if (request.withPartnerId)
        return (a == p && b == *request.withPartnerId) || (b == p && a == *request.withPartnerId);
    return a == p || b == p;
}

/// The pairs and units with counted entries in the period, from the one-pass matrix.
Result<QList<PairFigures>> pairFigures(store::Workspace &ws, const ReportRequest &request)
{
    auto matrix = store::Balances(ws).matrix(request.period);
    if (!matrix)
        return matrix.error();
    QMap<std::tuple<qint64, qint64, QString>, PairFigures> pairs;
    for (const store::MatrixCell &cell : std::as_const(*matrix)) {
        const qint64 a = std::min(cell.fromPartnerId, cell.toPartnerId);
        const qint64 b = std::max(cell.fromPartnerId, cell.toPartnerId);
        if (!covers(request, a, b))
            continue;
        PairFigures &f = pairs[{a, b, cell.unit}];
        f.a = a;
        f.b = b;
        f.unit.unit = cell.unit;
        (cell.fromPartnerId == a ? f.unit.given : f.unit.received) += cell.counted;
        f.unit.entries += cell.entries;
    }
    return pairs.values();
}

/// The filter of the entries a review lists, from the request.
store::LedgerFilter entryFilter(const ReportRequest &request)
{
    store::LedgerFilter filter;
    filter.partnerId = request.partnerId;
    filter.withPartnerId = request.withPartnerId;
    filter.from = request.period.first;
    filter.to = request.period.last;
    filter.status = domain::EntryStatus::Posted;
    return filter;
}

/// Reads a query a page at a time and hands out its rows one by one, keeping one page in memory.
class EntryPager {
public:
    EntryPager(store::Workspace &ws, const store::LedgerFilter &filter)
        : m_ws(ws), m_query(ws, filter, store::LedgerOrder{store::LedgerSort::Date, false, {}, {}})
    {
    }
    /// The next row, or nothing at the end or on error (see status()).
    const store::LedgerRow *next()
    {
        if (m_at >= m_page.size()) {
            if (m_query.atEnd() || !m_status.ok())
                return nullptr;
            auto page = m_query.next(kPage);
            if (!page) {
                m_status = page.error();
                return nullptr;
            }
            m_page = std::move(*page);
            m_at = 0;
            if (m_page.isEmpty())
                return nullptr;
            if (!loadPage())
                return nullptr;
        }
        return &m_page[m_at++];
    }
    Status status() const { return m_status; }
    store::Workspace &workspace() { return m_ws; }
    /// The narratives of the current page in a language (loaded with the page when asked for).
    QHash<qint64, store::NarrativeLine> narratives[2];
    QStringList narrativeLanguages;

private:
    static constexpr int kPage = 256;
    bool loadPage()
    {
        QList<qint64> ids;
        ids.reserve(m_page.size());
        for (const auto &row : std::as_const(m_page))
            ids.append(row.id);
        for (qsizetype i = 0; i < narrativeLanguages.size() && i < 2; ++i) {
            auto lines = store::LedgerQuery::narratives(m_ws, ids, narrativeLanguages[i]);
            if (!lines) {
                m_status = lines.error();
                return false;
            }
            narratives[i] = std::move(*lines);
        }
        return true;
    }
    store::Workspace &m_ws;
    store::LedgerQuery m_query;
    QList<store::LedgerRow> m_page;
    qsizetype m_at = 0;
    Status m_status;
};

/// A narrative as a column shows it: the text in the column's language, or missing (never the original).
Cell narrativeCell(const Column &column, const QHash<qint64, store::NarrativeLine> &lines, qint64 id)
{
    const auto line = lines.value(id);
    Cell cell{column.language, column.direction, line.status, QString(), QString()};
    if (line.status != domain::TranslationStatus::Missing)
        cell.text = line.text;
    return cell;
}

qint64 countOf(store::Workspace &ws, const store::LedgerFilter &filter)
{
    auto n = store::LedgerQuery(ws, filter).count();
    return n ? *n : -1;
}

} // namespace

Status LedgerReview::build(store::Workspace &ws, const ReportRequest &request, Document &doc)
{
    auto names = PartnerNames::load(ws);
    if (!names)
        return names.error();
    auto figures = pairFigures(ws, request);
    if (!figures)
        return figures.error();

    // Balances per pair and unit: one table per column, each in its language's formats.
    Section balances{tr("Balances by pair"), {}};
    balances.blocks.append(Paragraph{Cell::plain(tr("Given is what the first partner gave the second; received, what it "
                                                    "received from the second. Funds count once both sides approve. "
                                                    "Asymmetry is |given − received| / (given + received)."))});
    for (int side = 0; side < 2; ++side) {
        const Column &column = side == 0 ? doc.first : doc.second;
        QList<TableRow> rows;
        for (const PairFigures &f : std::as_const(*figures)) {
            rows.append({names->cell(f.a, column.language), names->cell(f.b, column.language),
                         Cell::plain(unitLabel(f.unit.unit)), amountCell(column, f.unit.given, f.unit.unit),
                         amountCell(column, f.unit.received, f.unit.unit), amountCell(column, f.unit.net(), f.unit.unit),
                         asymmetryCell(column, f.unit.asymmetry()), countCell(column, f.unit.entries)});
        }
        Table table;
        table.caption = tr("Balances in %1").arg(i18n::languageAutonym(column.language));
        table.header = {Cell::plain(tr("Partner")), Cell::plain(tr("With")), Cell::plain(tr("Unit")),
                        Cell::plain(tr("Given")), Cell::plain(tr("Received")), Cell::plain(tr("Net")),
                        Cell::plain(tr("Asymmetry")), Cell::plain(tr("Entries"))};
        table.align = {CellAlign::Start, CellAlign::Start, CellAlign::Start, CellAlign::End,
                       CellAlign::End,   CellAlign::End,   CellAlign::End,   CellAlign::End};
        if (side == 0)
            table.csvName = QStringLiteral("balances");
        table.rows = std::make_shared<RowList>(std::move(rows));
        balances.blocks.append(std::move(table));
    }
    doc.sections.append(std::move(balances));

    // Asymmetries that persist over the last quarters of the period.
    Section persisting{tr("Asymmetries that persist"), {}};
    auto persist = store::PairFlows(ws).persisting(request.period.last);
    if (!persist)
        return persist.error();
    QList<TableRow> persistRows;
    for (const store::PersistingAsymmetry &p : std::as_const(*persist)) {
        if (covers(request, std::min(p.givingMore, p.givingLess), std::max(p.givingMore, p.givingLess)))
            persistRows.append({names->cell(p.givingMore, doc.first.language), names->cell(p.givingLess, doc.first.language),
                                Cell::plain(unitLabel(p.unit))});
    }
    persisting.blocks.append(Paragraph{Cell::plain(
        persistRows.isEmpty() ? tr("No pair's asymmetry persisted over the last %1 quarters.").arg(store::kPersistQuarters)
                              : tr("In each of the last %1 quarters the same partner gave at least three times what it "
                                   "received, in the same unit.").arg(store::kPersistQuarters))});
    if (!persistRows.isEmpty()) {
        Table table;
        table.header = {Cell::plain(tr("Giving more")), Cell::plain(tr("Giving less")), Cell::plain(tr("Unit"))};
        table.csvName = QStringLiteral("persisting-asymmetries");
        table.rows = std::make_shared<RowList>(std::move(persistRows));
        persisting.blocks.append(std::move(table));
    }
    doc.sections.append(std::move(persisting));

    // Flows over time of the pair with the most entries (or the one pair asked for).
    const PairFigures *busiest = nullptr;
    for (const PairFigures &f : std::as_const(*figures)) {
        if (!busiest || f.unit.entries > busiest->unit.entries)
            busiest = &f;
    }
    if (busiest) {
        store::PairFlows flows(ws);
        auto step = flows.stepFor(busiest->a, busiest->b, busiest->unit.unit, request.period);
        if (!step)
            return step.error();
        auto points = flows.between(busiest->a, busiest->b, busiest->unit.unit, request.period, *step);
        if (!points)
            return points.error();
        auto scale = domain::Unit::parse(busiest->unit.unit);
        const double divisor = std::pow(10.0, scale ? scale->scale() : 0);
        Chart chart;
        chart.caption = tr("Flows between %1 and %2").arg(names->name(busiest->a), names->name(busiest->b));
        chart.unit = unitLabel(busiest->unit.unit);
        ChartSeries given{tr("%1 to %2").arg(names->name(busiest->a), names->name(busiest->b)), {}};
        ChartSeries received{tr("%1 to %2").arg(names->name(busiest->b), names->name(busiest->a)), {}};
        for (const store::PairFlowPoint &p : std::as_const(*points)) {
            chart.categories.append(*step == store::FlowStep::Month ? p.start.toString(QStringLiteral("yyyy-MM"))
                                                                   : domain::quarterOf(p.start));
            given.values.append(double(p.given) / divisor);
            received.values.append(double(p.received) / divisor);
        }
        chart.series = {given, received};
        doc.sections.append(Section{tr("Flows over time"), {std::move(chart)}});
    }

    // Narrative-only contributions, their narratives side by side, streamed a page at a time.
    {
        store::LedgerFilter filter = entryFilter(request);
        filter.unit = QString();
        auto pager = std::make_shared<EntryPager>(ws, filter);
        pager->narrativeLanguages = {doc.first.language, doc.second.language};
        const Column first = doc.first, second = doc.second;
        auto partnerNames = std::make_shared<PartnerNames>(*names);
        Table table;
        table.caption = tr("Contributions that are not counted in numbers");
        table.header = {Cell::plain(tr("Date")), Cell::plain(tr("From")), Cell::plain(tr("To")), Cell::plain(tr("Kind")),
                        Cell::figure(first, i18n::languageAutonym(first.language)),
                        Cell::figure(second, i18n::languageAutonym(second.language))};
        table.csvName = QStringLiteral("narrative-contributions");
        table.rows = std::make_shared<RowGenerator>(
            [pager, partnerNames, first, second](TableRow &row) {
                const store::LedgerRow *e = pager->next();
                if (!e)
                    return false;
                row = {dateCell(first, e->date), partnerNames->original(e->fromPartnerId),
                       partnerNames->original(e->toPartnerId), Cell::plain(kindLabel(e->kind)),
                       narrativeCell(first, pager->narratives[0], e->id),
                       narrativeCell(second, pager->narratives[1], e->id)};
                return true;
            },
            [pager] { return pager->status(); }, countOf(ws, filter));
        doc.sections.append(Section{tr("Narrative-only contributions"), {std::move(table)}});
    }

    // Funds with their consent state and history.
    {
        store::LedgerFilter filter = entryFilter(request);
        filter.kind = domain::ContributionKind::Funds;
        auto pager = std::make_shared<EntryPager>(ws, filter);
        auto partnerNames = std::make_shared<PartnerNames>(*names);
        auto failure = std::make_shared<Status>();
        const Column first = doc.first, second = doc.second;
        Table table;
        table.caption = tr("Funds and their consent");
        table.header = {Cell::plain(tr("Date")), Cell::plain(tr("From")), Cell::plain(tr("To")),
                        Cell::figure(first, i18n::languageAutonym(first.language)),
                        Cell::figure(second, i18n::languageAutonym(second.language)), Cell::plain(tr("State")),
                        Cell::plain(tr("History"))};
        table.align = {CellAlign::Start, CellAlign::Start, CellAlign::Start, CellAlign::End, CellAlign::End};
        table.csvName = QStringLiteral("funds");
        table.rows = std::make_shared<RowGenerator>(
            [pager, partnerNames, failure, first, second](TableRow &row) {
                const store::LedgerRow *e = pager->next();
                if (!e || !failure->ok())
                    return false;
                auto consent = store::LedgerStore(pager->workspace()).consent(e->id);
                if (!consent) {
                    *failure = consent.error();
                    return false;
                }
                const qint64 minor = e->quantity ? e->quantity->minorUnits : 0;
                const QString unit = e->quantity ? e->quantity->unit.key() : QString();
                QStringList history;
                for (const store::ConsentAction &a : std::as_const(consent->history))
                    history.append((a.approve ? tr("approved for %1 by %2 at %3") : tr("withdrawn for %1 by %2 at %3"))
                                       .arg(partnerNames->name(a.partnerId), a.byName, a.at));
                const QString state = consent->disbursed()   ? tr("disbursed")
                                      : consent->fromApproved ? tr("awaiting %1").arg(partnerNames->name(e->toPartnerId))
                                      : consent->toApproved   ? tr("awaiting %1").arg(partnerNames->name(e->fromPartnerId))
                                                              : tr("proposed");
                row = {dateCell(first, e->date), partnerNames->original(e->fromPartnerId),
                       partnerNames->original(e->toPartnerId), amountCell(first, minor, unit),
                       amountCell(second, minor, unit), Cell::plain(state), Cell::plain(history.join(QStringLiteral("; ")))};
                return true;
            },
            [pager, failure] { return !failure->ok() ? *failure : pager->status(); }, countOf(ws, filter));
        doc.sections.append(Section{tr("Funds"), {std::move(table)}});
    }

    doc.records = countOf(ws, entryFilter(request));

    // The chain's head: what a reader checks the published ledger against.
    auto tip = store::chainTip(ws.database());
    if (!tip)
        return tip.error();
    const QString head = QString::fromLatin1(tip->head.toHex());
    doc.chain = ChainHeadFact{head, tip->length,
                              head.isEmpty() ? QString()
                                             : QStringLiteral("trellis-cli check WORKSPACE --head %1").arg(head)};
    return {};
}

} // namespace trellis::reports
