#include "gui/sections/sectionpages.h"

#include "gui/calendar/calendarlabels.h"
#include "gui/calendar/ritualeditor.h"
#include "gui/campaigns/campaigneditor.h"
#include "gui/campaigns/crossovereditor.h"
#include "gui/campaigns/exchangeeditor.h"
#include "gui/campaigns/sharedriskeditor.h"
#include "store/partnerquery.h"
#include "store/campaignstore.h"

#include "gui/protocols/incidenteditor.h"
#include "domain/sidebyside.h"
#include "gui/editing/labels.h"
#include "gui/ledger/ledgerentryeditor.h"
#include "gui/ledger/ledgerfilterbar.h"
#include "gui/ledger/ledgerlistmodel.h"
#include "gui/partners/partnereditor.h"
#include "gui/partners/partnerlistmodel.h"
#include "gui/partners/pauseeditor.h"
#include "gui/protocols/protocoleditor.h"
#include "gui/protocols/rehearsaleditor.h"
#include "gui/retros/retroeditor.h"
#include "gui/rhythm/custodiantermeditor.h"
#include "gui/rhythm/envoyjourneyeditor.h"
#include "gui/rhythm/firedrilleditor.h"
#include "gui/rhythm/rhythmlabels.h"
#include "gui/sections/sectionpage.h"
#include "gui/sections/summarylistmodel.h"
#include "gui/app/workbench.h"
#include "store/headlinerows.h"
#include "store/protocolstore.h"
#include "store/retrostore.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>

#include <memory>

namespace trellis::gui {
namespace {

SectionPage *partnersPage(Workbench &wb, QWidget *parent)
{
    auto *model = new PartnerListModel(wb.workspace());
    auto *page = new SectionPage(wb, Section::Partners, model, new PartnerEditor(wb), nullptr, parent);
    model->setParent(page);
    page->setLanguageHook([model](const QString &language, const QString &) { model->setLanguage(language); });
    QObject::connect(&wb, &Workbench::recordAdded, model, [model](Section s, qint64 id) {
        if (s == Section::Partners) model->partnerAdded(id);
    });
    QObject::connect(&wb, &Workbench::recordChanged, model, [model](Section s, qint64 id) {
        if (s == Section::Partners) model->partnerChanged(id);
    });
    QObject::connect(&wb, &Workbench::recordRemoved, model, [model](Section s, qint64 id) {
        if (s == Section::Partners) model->partnerRemoved(id);
    });
    page->setRefreshHook([model] { model->refresh(); });
    page->list()->horizontalHeader()->setSortIndicator(PartnerListModel::Name, Qt::AscendingOrder);
    return page;
}

/// Widths that show a whole date and a large quantity in the UI locale's digits and signs
/// (measured, not sized to contents: that would read rows across a million-entry list).
void sizeLedgerColumns(QTableView *list)
{
    const QFontMetrics metrics = list->fontMetrics();
    const int padding = 2 * list->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, list) + metrics.averageCharWidth() * 2;
    const int indicator = list->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, list) + padding;
    auto header = [&](int column) {
        return metrics.horizontalAdvance(list->model()->headerData(column, Qt::Horizontal).toString()) + indicator;
    };
    int date = header(LedgerListModel::Date);
    for (const QDate &d : {QDate(2026, 12, 28), QDate(2026, 9, 30)})
        date = std::max(date, metrics.horizontalAdvance(mediumDate(d)) + padding);
    const QString language = uiLanguage();
    int quantity = header(LedgerListModel::Quantity);
    const QList<domain::Quantity> samples{{12345678, *domain::Unit::currency(QStringLiteral("EUR"))},
                                          {123450, *domain::Unit::currency(QStringLiteral("EUR"))},
                                          {99975, domain::Unit::hours()},
                                          {99999, domain::Unit::words()},
                                          {14, domain::Unit::nights()}};
    for (const domain::Quantity &q : samples)
        quantity = std::max(quantity, metrics.horizontalAdvance(domain::formatQuantity(q, language)) + padding);
    list->setColumnWidth(LedgerListModel::Date, date);
    list->setColumnWidth(LedgerListModel::From, 120); // names elide: date, kind and quantity stay in view
    list->setColumnWidth(LedgerListModel::To, 120);
    list->setColumnWidth(LedgerListModel::Kind, std::max(header(LedgerListModel::Kind), 130));
    list->setColumnWidth(LedgerListModel::Quantity, quantity);
}

SectionPage *ledgerPage(Workbench &wb, QWidget *parent)
{
    auto *model = new LedgerListModel(wb.workspace());
    auto *filters = new LedgerFilterBar(wb);
    auto *editor = new LedgerEntryEditor(wb);
    auto *page = new SectionPage(wb, Section::Ledger, model, editor, filters, parent);
    model->setParent(page);
    filters->setMatchingCount(model->matchingCount());
    page->setLanguageHook([model](const QString &first, const QString &second) { model->setLanguage(first, second); });
    // Partner names are the list's too: added, renamed or removed, they show at once.
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved}) {
        QObject::connect(&wb, signal, model, [model](Section s) {
            if (s == Section::Partners)
                model->partnersChanged();
        });
    }
    QObject::connect(&wb, &Workbench::settingsChanged, model, &LedgerListModel::partnersChanged);
    QObject::connect(filters, &LedgerFilterBar::filterChanged, model, [model, filters](const store::LedgerFilter &f) {
        model->setFilter(f);
        filters->setMatchingCount(model->matchingCount());
    });
    auto recount = [model, filters] { filters->setMatchingCount(model->matchingCount()); };
    QObject::connect(&wb, &Workbench::recordAdded, model, [model, recount](Section s, qint64 id) {
        if (s == Section::Ledger) { model->entryAdded(id); recount(); }
    });
    QObject::connect(&wb, &Workbench::recordChanged, model, [model](Section s, qint64 id) {
        if (s == Section::Ledger) model->entryChanged(id);
    });
    QObject::connect(&wb, &Workbench::recordRemoved, model, [model, recount](Section s, qint64 id) {
        if (s == Section::Ledger) { model->entryRemoved(id); recount(); }
    });
    QObject::connect(&wb, &Workbench::recordChanged, filters, [recount](Section s) {
        if (s == Section::Ledger) recount();
    });
    page->setRefreshHook([model, recount] { model->refresh(); recount(); });
    // A saved entry may be looked up before the model hears of it: it is listed first.
    page->setRowLookup([model](qint64 id) {
        model->entryAdded(id);
        return model->rowOf(id);
    });
    QHeaderView *header = page->list()->horizontalHeader();
    header->setSortIndicator(LedgerListModel::Date, Qt::DescendingOrder);
    // The narrative does not sort (a collated sort of every text would read them all): a click
    // on it leaves the indicator where the order is.
    // A new order or filter starts at the top: the rows the view showed are gone, and the view
    // would otherwise read its first page at the old scroll position.
    QTableView *list = page->list();
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, model, [header, model, list](int column) {
        if (!LedgerListModel::isSortable(column))
            header->setSortIndicator(model->sortColumn(), model->sortOrder());
        list->scrollToTop();
    });
    QObject::connect(filters, &LedgerFilterBar::filterChanged, list, [list] { list->scrollToTop(); });
    sizeLedgerColumns(page->list());
    return page;
}

/// A page over a small list, sorted in memory through a proxy on the model's SortRole.
SectionPage *summaryPage(Workbench &wb, Section section, SummaryListModel *model, RecordEditor *editor, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel;
    proxy->setSourceModel(model);
    proxy->setSortRole(SummaryListModel::SortRole);
    auto *page = new SectionPage(wb, section, proxy, editor, nullptr, parent);
    model->setParent(page);
    proxy->setParent(page);
    page->setLanguageHook([model](const QString &language, const QString &) { model->setLanguage(language); });
    auto refresh = [model, section](Section s) {
        if (s == section) model->refresh();
    };
    QObject::connect(&wb, &Workbench::recordAdded, model, refresh);
    QObject::connect(&wb, &Workbench::recordChanged, model, refresh);
    QObject::connect(&wb, &Workbench::recordRemoved, model, refresh);
    page->setRefreshHook([model] { model->refresh(); });
    page->list()->sortByColumn(0, Qt::DescendingOrder);
    // Once the first rows are in, each column takes the width of what it shows, within bounds: a
    // long headline elides rather than push the other columns out of view.
    QTableView *list = page->list();
    auto sized = std::make_shared<bool>(false);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, list, [list, sized] {
        if (*sized)
            return;
        *sized = true;
        list->resizeColumnsToContents();
        const int widest = std::max(list->fontMetrics().averageCharWidth() * 28, 160);
        for (int c = 0; c < list->model()->columnCount(); ++c)
            list->setColumnWidth(c, std::min(list->columnWidth(c), widest));
    });
    return page;
}

/// A row of a dated list whose headline, at headlineColumn, is marked when it is missing in language.
SummaryRow headlineRow(const store::HeadlineRow &r, const QString &language, QStringList cells, QVariantList sortValues,
                       int headlineColumn)
{
    SummaryRow row{r.id, std::move(cells), std::move(sortValues), {}, {}};
    if (r.status == domain::TranslationStatus::Missing) {
        row.missingCells = {headlineColumn};
        row.missingToolTip = QCoreApplication::translate("SectionPages", "Missing in %1; shown in its original language (%2)")
                                 .arg(languageLabel(language), languageLabel(r.headlineLanguage));
    }
    return row;
}

using HeadlineRows = Result<QList<store::HeadlineRow>> (*)(store::Workspace &, const QString &);
using HeadlineCells = std::function<QList<SummaryRow>(const QList<store::HeadlineRow> &, const QString &language)>;

/// A model over one of the store's dated lists (headlinerows.h), each read turned into rows by cells.
SummaryListModel *headlineModel(store::Workspace &ws, QStringList headers, HeadlineRows read, HeadlineCells cells)
{
    return new SummaryListModel(std::move(headers), [&ws, read, cells](const QString &language, QString *error) {
        auto list = read(ws, language);
        if (!list) {
            *error = list.error().message;
            return QList<SummaryRow>{};
        }
        return cells(*list, language);
    });
}

QString headerText(const char *text)
{
    return QCoreApplication::translate("SectionPages", text);
}

/// The first line of a headline, kept in its own direction inside the row.
QString firstLine(const QString &headline)
{
    return headline.section(u'\n', 0, 0);
}

} // namespace

SectionPage *makeSectionPage(Workbench &wb, Section section, QWidget *parent)
{
    store::Workspace &ws = wb.workspace();
    switch (section) {
    case Section::Partners: return partnersPage(wb, parent);
    case Section::Ledger: return ledgerPage(wb, parent);
    case Section::Balances: return nullptr; // not a list of records: MainWindow shows a BalanceView
    case Section::Translations: return nullptr; // a queue of fields: MainWindow shows a TranslationQueueView
    case Section::Calendar: return nullptr; // months and an agenda: MainWindow shows a CalendarView
    case Section::Retros:
        return summaryPage(wb, section, new SummaryListModel(
            {QCoreApplication::translate("SectionPages", "Held on"), QCoreApplication::translate("SectionPages", "Quarter"), QCoreApplication::translate("SectionPages", "Facilitator"), QCoreApplication::translate("SectionPages", "Pair"), QCoreApplication::translate("SectionPages", "Answers"), QCoreApplication::translate("SectionPages", "Published")},
            [&ws](const QString &, QString *error) {
                QList<SummaryRow> rows;
                auto list = store::RetroStore(ws).list();
                if (!list) { *error = list.error().message; return rows; }
                for (const store::RetroSummary &r : std::as_const(*list))
                    rows.append({r.id, {shortDate(r.heldOn), quarterLabel(r.quarter), r.facilitator,
                                        r.languageA + QStringLiteral(" ⇄ ") + r.languageB, QLocale().toString(r.answers),
                                        r.published ? QCoreApplication::translate("SectionPages", "yes") : QCoreApplication::translate("SectionPages", "no")},
                                 {r.heldOn, r.quarter, r.facilitator, r.languageA, r.answers, r.published}, {}, {}});
                return rows;
            }), new RetroEditor(wb), parent);
    case Section::Protocols:
        return summaryPage(wb, section, new SummaryListModel(
            {QCoreApplication::translate("SectionPages", "Title"), QCoreApplication::translate("SectionPages", "Version"), QCoreApplication::translate("SectionPages", "Review due"), QCoreApplication::translate("SectionPages", "Agreed by")},
            [&ws](const QString &, QString *error) {
                QList<SummaryRow> rows;
                auto list = store::ProtocolStore(ws).list();
                if (!list) { *error = list.error().message; return rows; }
                for (const store::ProtocolSummary &p : std::as_const(*list))
                    rows.append({p.id, {p.title, QLocale().toString(p.version), shortDate(p.reviewDue),
                                        QLocale().toString(p.agreements)},
                                 {p.title, p.version, p.reviewDue, p.agreements}, {}, {}});
                return rows;
            }), new ProtocolEditor(wb), parent);
    case Section::Incidents:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Occurred on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "What happened")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Protocol"))},
            &store::incidentRows, [](const QList<store::HeadlineRow> &list, const QString &language) {
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list)
                    rows.append(headlineRow(r, language, {shortDate(r.date), firstLine(r.headline),
                                                          r.count ? QLocale().toString(r.count) : headerText(QT_TRANSLATE_NOOP("SectionPages", "none"))},
                                            {r.date, r.headline, r.count}, 1));
                return rows;
            }), new IncidentEditor(wb), parent);
    case Section::Rehearsals:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Held on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Scenario")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Participants"))},
            &store::rehearsalRows, [](const QList<store::HeadlineRow> &list, const QString &language) {
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list)
                    rows.append(headlineRow(r, language, {shortDate(r.date), firstLine(r.headline), QLocale().toString(r.count)},
                                            {r.date, r.headline, r.count}, 1));
                return rows;
            }), new RehearsalEditor(wb), parent);
    case Section::Exchanges:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Held on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Kind")), headerText(QT_TRANSLATE_NOOP("SectionPages", "What was exchanged")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Status")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Partners"))},
            &store::exchangeRows, [](const QList<store::HeadlineRow> &list, const QString &language) {
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const auto kind = domain::exchangeKindFromKey(r.kind).value_or(domain::ExchangeKind::Other);
                    const auto status = domain::exchangeStatusFromKey(r.state).value_or(domain::ExchangeStatus::Planned);
                    rows.append(headlineRow(r, language, {shortDate(r.date), exchangeKindLabel(kind), firstLine(r.headline),
                                                          exchangeStatusLabel(status), QLocale().toString(r.count)},
                                            {r.date, int(kind), r.headline, int(status), r.count}, 2));
                }
                return rows;
            }), new ExchangeEditor(wb), parent);
    case Section::SharedRisks:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Taken on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "What was risked")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Parts borne"))},
            &store::sharedRiskRows, [](const QList<store::HeadlineRow> &list, const QString &language) {
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list)
                    rows.append(headlineRow(r, language, {shortDate(r.date), firstLine(r.headline), QLocale().toString(r.count)},
                                            {r.date, r.headline, r.count}, 1));
                return rows;
            }), new SharedRiskEditor(wb), parent);
    case Section::Crossovers:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Reborn on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Kind")), headerText(QT_TRANSLATE_NOOP("SectionPages", "As reborn")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Born with")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Reborn with"))},
            &store::crossoverRows, [&ws](const QList<store::HeadlineRow> &list, const QString &language) {
                const auto names = store::PartnerQuery::names(ws, language, uiLanguage());
                auto name = [&names](qint64 id) { return names ? names->value(id) : QString(); };
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const auto kind = domain::crossoverKindFromKey(r.kind).value_or(domain::CrossoverKind::Other);
                    const QString from = name(r.partnerIds.value(0));
                    const QString to = name(r.partnerIds.value(1));
                    rows.append(headlineRow(r, language, {shortDate(r.date), crossoverKindLabel(kind), firstLine(r.headline), from, to},
                                            {r.date, int(kind), r.headline, from, to}, 2));
                }
                return rows;
            }), new CrossoverEditor(wb), parent);
    case Section::Pauses:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "From")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Until")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Between")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Why")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Agreed"))},
            &store::pauseRows, [&ws](const QList<store::HeadlineRow> &list, const QString &language) {
                const auto names = store::PartnerQuery::names(ws, language, uiLanguage());
                auto name = [&names](qint64 id) { return names ? names->value(id) : QString(); };
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const QDate last = QDate::fromString(r.state, Qt::ISODate);
                    const QString pair = listLabel({isolated(name(r.partnerIds.value(0))), isolated(name(r.partnerIds.value(1)))});
                    const QString agreed = r.count ? headerText(QT_TRANSLATE_NOOP("SectionPages", "agreed"))
                                                   : headerText(QT_TRANSLATE_NOOP("SectionPages", "proposed"));
                    rows.append(headlineRow(r, language, {shortDate(r.date), shortDate(last), pair, firstLine(r.headline), agreed},
                                            {r.date, last, pair, r.headline, r.count}, 3));
                }
                return rows;
            }), new PauseEditor(wb), parent);
    case Section::Rituals:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "First held on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Kind")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Title")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Repeats")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Partners"))},
            &store::ritualRows, [](const QList<store::HeadlineRow> &list, const QString &language) {
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const auto kind = rhythm::ritualKindFromKey(r.kind).value_or(rhythm::RitualKind::Custom);
                    const QString repeats = repeatLabel(r.state);
                    rows.append(headlineRow(r, language, {shortDate(r.date), ritualKindLabel(kind), firstLine(r.headline), repeats,
                                                          QLocale().toString(r.count)},
                                            {r.date, int(kind), r.headline, repeats, r.count}, 2));
                }
                return rows;
            }), new RitualEditor(wb), parent);
    case Section::FireDrills:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "First day")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Kind")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "What held")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Partners"))},
            &store::fireDrillRows, [](const QList<store::HeadlineRow> &list, const QString &language) {
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const auto kind = rhythm::fireDrillKindFromKey(r.kind).value_or(rhythm::FireDrillKind::Other);
                    rows.append(headlineRow(r, language, {shortDate(r.date), fireDrillKindLabel(kind), firstLine(r.headline),
                                                          QLocale().toString(r.count)},
                                            {r.date, int(kind), r.headline, r.count}, 2));
                }
                return rows;
            }), new FireDrillEditor(wb), parent);
    case Section::EnvoyJourneys:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Leaves on")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Envoy")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "From → to")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Questions carried"))},
            &store::envoyJourneyRows, [&ws](const QList<store::HeadlineRow> &list, const QString &language) {
                const auto names = store::PartnerQuery::names(ws, language, uiLanguage());
                auto name = [&names](qint64 id) { return names ? names->value(id) : QString(); };
                const QString arrow = QLocale().textDirection() == Qt::RightToLeft ? QStringLiteral(" ← ") : QStringLiteral(" → ");
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const QString route = isolated(name(r.partnerIds.value(0))) + arrow + isolated(name(r.partnerIds.value(1)));
                    rows.append(headlineRow(r, language, {shortDate(r.date), r.state, route, firstLine(r.headline)},
                                            {r.date, r.state, route, r.headline}, 3));
                }
                return rows;
            }), new EnvoyJourneyEditor(wb), parent);
    case Section::Custodians:
        return summaryPage(wb, section, headlineModel(ws, {headerText(QT_TRANSLATE_NOOP("SectionPages", "Handed over")), headerText(QT_TRANSLATE_NOOP("SectionPages", "Custodian")),
                                                           headerText(QT_TRANSLATE_NOOP("SectionPages", "Notes"))},
            &store::custodianTermRows, [&ws](const QList<store::HeadlineRow> &list, const QString &language) {
                const auto names = store::PartnerQuery::names(ws, language, uiLanguage());
                QList<SummaryRow> rows;
                for (const store::HeadlineRow &r : list) {
                    const QString custodian = names ? names->value(r.partnerIds.value(0)) : QString();
                    rows.append(headlineRow(r, language, {shortDate(r.date), custodian, firstLine(r.headline)},
                                            {r.date, custodian, r.headline}, 2));
                }
                return rows;
            }), new CustodianTermEditor(wb), parent);
    case Section::Campaigns:
        return summaryPage(wb, section, new SummaryListModel(
            {QCoreApplication::translate("SectionPages", "Title"), QCoreApplication::translate("SectionPages", "Status"),
             QCoreApplication::translate("SectionPages", "Partners"), QCoreApplication::translate("SectionPages", "Listening quorum"),
             QCoreApplication::translate("SectionPages", "Starts on")},
            [&ws](const QString &, QString *error) {
                QList<SummaryRow> rows;
                auto list = store::CampaignStore(ws).list();
                if (!list) { *error = list.error().message; return rows; }
                for (const store::CampaignSummary &c : std::as_const(*list))
                    rows.append({c.id, {c.title, campaignStatusLabel(c.status), QLocale().toString(c.partners),
                                        c.quorumComplete ? QCoreApplication::translate("SectionPages", "complete")
                                                         : QCoreApplication::translate("SectionPages", "incomplete"),
                                        c.startsOn.isValid() ? shortDate(c.startsOn) : QString()},
                                 {c.title, int(c.status), c.partners, c.quorumComplete, c.startsOn}, {}, {}});
                return rows;
            }), new CampaignEditor(wb), parent);
    case Section::Count: break;
    }
    return nullptr;
}

} // namespace trellis::gui
