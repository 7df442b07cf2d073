#include "gui/sections/searchpanel.h"

#include "gui/translation/translationqueuemodel.h"

#include "gui/editing/labels.h"
#include "gui/app/workbench.h"
#include "store/search.h"
#include "store/workspacequery.h"
#include "util/log.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace trellis::gui {
namespace {

QString kindName(const QString &kind)
{
    // A hit in a part of a record names the record it opens.
    if (kind == QLatin1String("paraphrase")) return queueKindLabel(QStringLiteral("partner"));
    if (kind.startsWith(QLatin1String("retro"))) return SearchPanel::tr("Retro");
    if (kind == QLatin1String("shared_risk_part")) return queueKindLabel(QStringLiteral("shared_risk"));
    return queueKindLabel(kind);
}

} // namespace

SearchPanel::SearchPanel(Workbench &workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { choose(m_results->row(item)); });
}

void SearchPanel::search(const QString &query)
{
    m_results->clear();
    if (query.trimmed().isEmpty()) {
        m_summary->clear();
        return;
    }
    auto hits = store::search(m_workbench.workspace(), query);
    if (!hits) {
        m_summary->setText(hits.error().message);
        return;
    }
    log::get("gui")->debug("search returned {} hits", hits->size());
    m_summary->setText(hits->isEmpty() ? tr("Nothing found. Any three letters of a word find it, in any script.")
                                       : tr("%n record(s) found", nullptr, int(hits->size())));
    for (const store::SearchHit &hit : std::as_const(*hits)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n%3")
                                             .arg(kindName(hit.recordKind), languageLabel(hit.language),
                                                  hit.text.left(160).simplified()),
                                         m_results);
        item->setData(Qt::UserRole, hit.recordKind);
        item->setData(Qt::UserRole + 1, hit.recordId);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void SearchPanel::choose(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item)
        return;
    auto record = store::owningRecord(m_workbench.workspace(), item->data(Qt::UserRole).toString(),
                                      item->data(Qt::UserRole + 1).toLongLong());
    if (!record) {
        m_summary->setText(record.error().message);
        return;
    }
    Q_EMIT recordChosen(record->kind, record->id);
}

} // namespace trellis::gui
