#include "gui/campaigns/crossoversdialog.h"

#include "gui/editing/labels.h"
#include "i18n/language.h"
#include "store/crossoverstore.h"
#include "store/partnerquery.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trellis::gui {

namespace {

/// A cell holding a text in its own language: its direction and alignment, whatever the UI's.
QTableWidgetItem *textCell(const QString &text, const QString &language)
{
    const bool rtl = i18n::textDirection(language) == i18n::TextDirection::RightToLeft;
    auto *item = new QTableWidgetItem(QChar(rtl ? 0x2067 : 0x2066) + text + QChar(0x2069));
    item->setTextAlignment((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter);
    item->setToolTip(languageLabel(language));
    return item;
}

} // namespace

CrossoversDialog::CrossoversDialog(store::Workspace &workspace, QWidget *parent) : QDialog(parent), m_ws(workspace)
{
    setWindowTitle(tr("Narrative crossovers"));
    setObjectName(QStringLiteral("crossovers"));
    m_heading = new QLabel(tr("Phrases, metaphors, slogans and strategies born in one partner's language and reborn "
                              "in another's: the proof of internalization, pair by pair."), this);
    m_heading->setWordWrap(true);
    m_pairs = new QTreeWidget(this);
    m_pairs->setObjectName(QStringLiteral("crossoverPairs"));
    m_pairs->setAccessibleName(tr("Pairs of partners"));
    m_pairs->setRootIsDecorated(false);
    m_pairs->setHeaderLabels({tr("Partners"), tr("Crossovers"), tr("First"), tr("Latest")});
    m_pairs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_timeline = new QTableWidget(this);
    m_timeline->setObjectName(QStringLiteral("crossoverTimeline"));
    m_timeline->setAccessibleName(tr("The pair's crossovers over time"));
    m_timeline->setColumnCount(5);
    m_timeline->setHorizontalHeaderLabels({tr("Reborn on"), tr("Kind"), tr("From → to"), tr("As born"), tr("As reborn")});
    m_timeline->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_timeline->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_pairs);
    split->addWidget(m_timeline);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_pairs, &QTreeWidget::currentItemChanged, this, &CrossoversDialog::showPair);
    resize(1000, 640);
    showPairs();
}

void CrossoversDialog::showPairs()
{
    auto names = store::PartnerQuery::names(m_ws, uiLanguage());
    m_names = names ? *names : QHash<qint64, QString>{};
    m_pairs->clear();
    auto counts = store::CrossoverStore(m_ws).countsPerPair();
    if (!counts) {
        m_heading->setText(counts.error().message);
        return;
    }
    for (const store::CrossoverPairCount &c : std::as_const(*counts)) {
        const QString a = m_names.value(c.partnerA), b = m_names.value(c.partnerB);
        auto *item = new QTreeWidgetItem(m_pairs);
        item->setText(0, QStringLiteral("\u2068%1\u2069 ⇄ \u2068%2\u2069").arg(a, b));
        item->setText(1, tr("%1 (%2 → %3, %4 → %5)")
                             .arg(QLocale().toString(c.total()), numberLabel(c.aToB), QStringLiteral("\u2068%1\u2069").arg(b),
                                  numberLabel(c.bToA), QStringLiteral("\u2068%1\u2069").arg(a)));
        item->setText(2, shortDate(c.firstRebornOn));
        item->setText(3, shortDate(c.lastRebornOn));
        item->setData(0, Qt::UserRole, c.partnerA);
        item->setData(0, Qt::UserRole + 1, c.partnerB);
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, item->text(1));
    }
    if (m_pairs->topLevelItemCount() > 0)
        m_pairs->setCurrentItem(m_pairs->topLevelItem(0));
    else
        m_heading->setText(tr("No crossover is recorded yet."));
}

void CrossoversDialog::showPair()
{
    m_timeline->setRowCount(0);
    QTreeWidgetItem *pair = m_pairs->currentItem();
    if (!pair)
        return;
    auto list = store::CrossoverStore(m_ws).between(pair->data(0, Qt::UserRole).toLongLong(),
                                                    pair->data(0, Qt::UserRole + 1).toLongLong(), store::PairDirection::BothWays);
    if (!list)
        return;
    m_timeline->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const store::CrossoverSummary &c = list->at(row);
        m_timeline->setItem(row, 0, new QTableWidgetItem(shortDate(c.rebornOn)));
        m_timeline->setItem(row, 1, new QTableWidgetItem(crossoverKindLabel(c.kind)));
        m_timeline->setItem(row, 2, new QTableWidgetItem(QStringLiteral("\u2068%1\u2069 → \u2068%2\u2069")
                                                             .arg(m_names.value(c.originPartnerId), m_names.value(c.adoptingPartnerId))));
        m_timeline->setItem(row, 3, textCell(c.origin, c.originLanguage));
        m_timeline->setItem(row, 4, textCell(c.reborn, c.rebornLanguage));
    }
    m_timeline->resizeRowsToContents();
}

} // namespace trellis::gui
