#include "gui/facilitation/quartercomparisonview.h"

#include "domain/facilitation.h"
#include "gui/balances/balanceformat.h"
#include "gui/editing/labels.h"
#include "gui/facilitation/phasepanel.h"
#include "util/log.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trellis::gui {

namespace {

int quarterIndex(const i18n::Quarter &q) { return q.year * 4 + q.quarter - 1; }
i18n::Quarter quarterAt(int index) { return i18n::Quarter{index / 4, index % 4 + 1}; }

QString quarterLabel(const i18n::Quarter &q)
{
    auto shown = i18n::formatQuarter(q, uiLanguage());
    return shown ? *shown : q.toString();
}

QString number(int n) { return QLocale().toString(n); }

/// A row that breaks the row above down (the actions' fates).
QString indented(const QString &label) { return QStringLiteral("    ") + label; }


} // namespace

QuarterComparisonView::QuarterComparisonView(store::Workspace &workspace, std::optional<i18n::Quarter> last, QWidget *parent)
    : QWidget(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("quarterComparison"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("fromQuarter"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("toQuarter"));
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto *span = new QHBoxLayout;
    span->addWidget(fromLabel);
    span->addWidget(m_from);
    span->addWidget(toLabel);
    span->addWidget(m_to);
    span->addStretch(1);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    // The label column stretches: its rows follow its width.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(span);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    auto range = store::retroQuarterRange(m_ws);
    const i18n::Quarter today = i18n::quarterOf(QDate::currentDate());
    i18n::Quarter end = last.value_or(range && *range ? (*range)->second : today);
    i18n::Quarter first = quarterAt(quarterIndex(end) - 3);
    i18n::Quarter choicesFrom = first;
    i18n::Quarter choicesTo = end;
    if (range && *range) {
        if (quarterIndex((*range)->first) < quarterIndex(choicesFrom))
            choicesFrom = (*range)->first;
        if (quarterIndex((*range)->second) > quarterIndex(choicesTo))
            choicesTo = (*range)->second;
    }
    fillChoices(choicesFrom, choicesTo);
    connect(m_from, &QComboBox::currentIndexChanged, this, &QuarterComparisonView::showChosen);
    connect(m_to, &QComboBox::currentIndexChanged, this, &QuarterComparisonView::showChosen);
    showSpan(first, end);
}

void QuarterComparisonView::fillChoices(const i18n::Quarter &first, const i18n::Quarter &last)
{
    m_filling = true;
    for (int i = quarterIndex(first); i <= quarterIndex(last); ++i) {
        const i18n::Quarter q = quarterAt(i);
        m_from->addItem(quarterLabel(q), q.toString());
        m_to->addItem(quarterLabel(q), q.toString());
    }
    m_filling = false;
}

void QuarterComparisonView::showChosen()
{
    if (m_filling)
        return;
    auto from = i18n::parseQuarter(m_from->currentData().toString());
    auto to = i18n::parseQuarter(m_to->currentData().toString());
    if (from && to)
        showSpan(*from, *to);
}

bool QuarterComparisonView::showSpan(const i18n::Quarter &from, const i18n::Quarter &to)
{
    m_filling = true;
    m_from->setCurrentIndex(m_from->findData(from.toString()));
    m_to->setCurrentIndex(m_to->findData(to.toString()));
    m_filling = false;
    auto comparison = store::compareQuarters(m_ws, from, to);
    if (!comparison) {
        m_comparison = {};
        m_error = comparison.error().message;
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_summary->setText(m_error);
        return false;
    }
    m_comparison = std::move(*comparison);
    m_error.clear();
    fillTable();
    return true;
}

void QuarterComparisonView::addRow(QWidget *label, const QString &plainLabel, const QList<QString> &cells, bool strong)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *head = new QTableWidgetItem(label ? QString() : plainLabel);
    head->setData(Qt::AccessibleTextRole, plainLabel);
    head->setData(Qt::UserRole, plainLabel);
    QFont bold = m_table->font();
    bold.setBold(true);
    if (strong)
        head->setFont(bold);
    m_table->setItem(row, 0, head);
    if (label)
        m_table->setCellWidget(row, 0, label);
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setTextAlignment(Qt::AlignCenter);
        if (strong)
            item->setFont(bold);
        m_table->setItem(row, c + 1, item);
    }
}

void QuarterComparisonView::fillTable()
{
    const QList<store::QuarterTally> &quarters = m_comparison.quarters;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(int(quarters.size()) + 1);
    QStringList headers{QString()};
    for (const store::QuarterTally &t : quarters)
        headers.append(quarterLabel(*i18n::parseQuarter(t.quarter)));
    m_table->setHorizontalHeaderLabels(headers);

    auto row = [&](const QString &label, auto value, bool strong = false) {
        QList<QString> cells;
        for (const store::QuarterTally &t : quarters)
            cells.append(value(t));
        addRow(nullptr, label, cells, strong);
    };
    row(tr("Retros held"), [](const store::QuarterTally &t) { return number(t.retros); });

    // Each question in both languages of the span's latest retro, each in its own direction.
    const QString a = m_comparison.languageA.isEmpty() ? uiLanguage() : m_comparison.languageA;
    const QString b = m_comparison.languageB;
    for (domain::RetroQuestion q : {domain::RetroQuestion::Extractive, domain::RetroQuestion::Transformative,
                                    domain::RetroQuestion::SharedRisk}) {
        QString html = QStringLiteral("<small>%1</small>").arg(tr("Answers to").toHtmlEscaped());
        QString plain = tr("Answers to") + u' ';
        for (const QString &language : {a, b}) {
            if (language.isEmpty())
                continue;
            if (auto wording = domain::retroQuestionIn(q, language)) {
                html += roomParagraph(*wording, language, QStringLiteral("margin: 0"));
                plain += *wording + u' ';
            }
        }
        if (!domain::retroQuestionIn(q, a) && !domain::retroQuestionIn(q, b)) {
            const QString wording = domain::retroQuestionIn(q, QStringLiteral("en")).value_or(domain::retroQuestionKey(q));
            html += roomParagraph(wording, QStringLiteral("en"), QStringLiteral("margin: 0"));
            plain += wording;
        }
        auto *label = new QLabel(html);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setMargin(4);
        QList<QString> cells;
        for (const store::QuarterTally &t : quarters)
            cells.append(number(t.answersPerQuestion[size_t(q)]));
        addRow(label, plain.trimmed(), cells);
    }
    row(tr("Votes given"), [](const store::QuarterTally &t) { return number(t.votes); });
    row(tr("Actions agreed"), [](const store::QuarterTally &t) {
        return t.actionsCarriedIn ? tr("%1 (%2 carried in)").arg(number(t.actions), number(t.actionsCarriedIn)) : number(t.actions);
    }, true);
    row(indented(tr("done")), [](const store::QuarterTally &t) { return number(t.actionsDone); });
    row(indented(tr("carried over")), [](const store::QuarterTally &t) { return number(t.actionsCarriedOver); });
    row(indented(tr("dropped")), [](const store::QuarterTally &t) { return number(t.actionsDropped); });
    row(indented(tr("still open")), [](const store::QuarterTally &t) { return number(t.actionsOpen()); });

    const int section = m_table->rowCount();
    addRow(nullptr, tr("Tags: answers (votes)"), {}, true);
    m_table->setSpan(section, 0, 1, m_table->columnCount());
    for (const QString &tag : std::as_const(m_comparison.tags)) {
        const int times = m_comparison.quartersWith(tag);
        const bool back = m_comparison.keepsComingBack(tag);
        const QString label = back ? tr("%1 — came back in %2 quarters").arg(isolated(tag), number(times)) : tag;
        row(label, [&tag](const store::QuarterTally &t) {
            const int n = t.answersPerTag.value(tag);
            return n ? QStringLiteral("%1 (%2)").arg(number(n), number(t.votesPerTag.value(tag))) : QString();
        }, back);
    }

    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    m_summary->setText(summary());
    log::get("gui")->debug("quarter comparison shown: {} quarters, {} tags", quarters.size(), m_comparison.tags.size());
}

QString QuarterComparisonView::summary() const
{
    if (!m_error.isEmpty() || m_comparison.quarters.isEmpty())
        return m_error;
    int retros = 0;
    for (const store::QuarterTally &t : m_comparison.quarters)
        retros += t.retros;
    if (retros == 0)
        return tr("No retro was held in these quarters.");
    QStringList back;
    for (const QString &tag : m_comparison.tags) {
        if (m_comparison.keepsComingBack(tag))
            back.append(isolated(tag));
    }
    if (back.isEmpty())
        return tr("No tag came back in two quarters of this span.");
    return tr("Came back in two quarters or more: %1").arg(QLocale().createSeparatedList(back));
}

void openQuarterComparison(QWidget *owner, store::Workspace &workspace, std::optional<i18n::Quarter> last)
{
    auto *dialog = new QDialog(owner);
    dialog->setObjectName(QStringLiteral("compareQuartersDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("Facilitation", "Compare quarters"));
    auto *view = new QuarterComparisonView(workspace, last, dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(1100, 640);
    dialog->show();
}

} // namespace trellis::gui
