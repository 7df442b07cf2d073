#include "gui/translation/translationqueueview.h"

#include "gui/app/workbench.h"
#include "gui/editing/labels.h"
#include "gui/sections/section.h"
#include "gui/translation/apertiumrun.h"
#include "gui/translation/translationqueuemodel.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::gui {

using domain::TranslationStatus;

TranslationQueueView::TranslationQueueView(Workbench &workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("page_") + sectionKey(Section::Translations));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(sectionLabel(Section::Translations), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);

    auto *filters = new QHBoxLayout;
    auto addPicker = [this, filters](const QString &label, const QString &name) {
        auto *picker = new QComboBox(this);
        picker->setObjectName(name);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(picker);
        picker->setAccessibleName(QString(label).remove(u'&').remove(u':'));
        filters->addWidget(caption);
        filters->addWidget(picker);
        return picker;
    };
    m_target = addPicker(tr("&Into:"), QStringLiteral("target"));
    m_kind = addPicker(tr("&Kind:"), QStringLiteral("kind"));
    m_source = addPicker(tr("&Original in:"), QStringLiteral("source"));
    m_status = addPicker(tr("&Status:"), QStringLiteral("status"));
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new TranslationQueueModel(workbench.workspace(), this);
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("queue"));
    m_list->setAccessibleName(tr("Fields waiting for a translation"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(TranslationQueueModel::Record, QHeaderView::Stretch);
    for (int c = TranslationQueueModel::Field; c < TranslationQueueModel::ColumnCount; ++c)
        m_list->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    bottom->addWidget(m_count, 1);
    auto *open = new QPushButton(tr("Open field"), this);
    open->setToolTip(tr("Open the field beside its original (Enter); F8 goes on to the next one"));
    connect(open, &QPushButton::clicked, this, &TranslationQueueView::openCurrent);
    m_draft = new QPushButton(tr("Draft with &Apertium…"), this);
    m_draft->setObjectName(QStringLiteral("draftWithApertium"));
    m_draft->setToolTip(tr("Fill the selected missing fields (or the whole queue) with Apertium's offline machine "
                           "translation, marked as machine drafts for review"));
    connect(m_draft, &QPushButton::clicked, this, &TranslationQueueView::draftWithApertium);
    bottom->addWidget(open);
    bottom->addWidget(m_draft);
    layout->addLayout(bottom);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_run = new ApertiumRun(this);
    connect(m_run, &ApertiumRun::finished, this, &TranslationQueueView::draftingFinished);
    connect(m_list, &QAbstractItemView::activated, this, &TranslationQueueView::openCurrent);
    fillFilters();
    for (QComboBox *picker : {m_kind, m_source, m_status})
        connect(picker, &QComboBox::currentIndexChanged, this, &TranslationQueueView::applyFilter);
    connect(m_target, &QComboBox::activated, this, [this] { m_targetChosen = true; });
    connect(m_target, &QComboBox::currentIndexChanged, this, &TranslationQueueView::applyFilter);
    // A saved translation leaves the queue in place; so does anything else that changes texts.
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved})
        connect(&workbench, signal, this, &TranslationQueueView::refresh);
    connect(&workbench, &Workbench::settingsChanged, this, [this] {
        fillFilters();
        applyFilter();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TranslationQueueView::showCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TranslationQueueView::showCount);
    applyFilter();
}

TranslationQueueView::~TranslationQueueView() = default;

void TranslationQueueView::fillFilters()
{
    const QStringList languages = m_workbench.workingLanguages();
    const QString target = targetLanguage();
    const QString source = m_source->currentData().toString();
    {
        const QSignalBlocker a(m_target), b(m_source), c(m_kind), d(m_status);
        m_target->clear();
        m_source->clear();
        m_source->addItem(tr("any language"), QString());
        for (const QString &tag : languages) {
            m_target->addItem(languageLabel(tag), tag);
            m_source->addItem(languageLabel(tag), tag);
        }
        m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
        m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
        if (m_kind->count() == 0) {
            m_kind->addItem(tr("all records"), QString());
            for (const QString &kind : store::queueKinds())
                m_kind->addItem(queueKindLabel(kind), kind);
            m_status->addItem(tr("missing or machine draft"), -1);
            m_status->addItem(statusLabel(TranslationStatus::Missing), int(TranslationStatus::Missing));
            m_status->addItem(statusLabel(TranslationStatus::Machine), int(TranslationStatus::Machine));
        }
    }
}

QString TranslationQueueView::targetLanguage() const
{
    return m_target->currentData().toString();
}

QString TranslationQueueView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TranslationQueueView::setLanguages(const QString &first, const QString &second)
{
    Q_UNUSED(first)
    if (m_targetChosen || second.isEmpty() || second == targetLanguage())
        return;
    int index = m_target->findData(second);
    if (index < 0) {
        m_target->addItem(languageLabel(second), second);
        index = m_target->count() - 1;
    }
    m_target->setCurrentIndex(index); // applies the filter
}

void TranslationQueueView::showLanguage(const QString &language)
{
    {
        const QSignalBlocker a(m_target), b(m_source), c(m_kind), d(m_status);
        int index = m_target->findData(language);
        if (index < 0) {
            m_target->addItem(languageLabel(language), language);
            index = m_target->count() - 1;
        }
        m_target->setCurrentIndex(index);
        m_source->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
    }
    m_targetChosen = true;
    applyFilter();
    selectFirst();
    m_list->setFocus(Qt::OtherFocusReason);
}

void TranslationQueueView::applyFilter()
{
    if (!isVisible()) {
        // Read when first shown: the queue of a million-entry ledger is millions of fields, and
        // the window's first screen never shows it.
        m_filterPending = true;
        return;
    }
    m_filterPending = false;
    store::QueueFilter filter;
    filter.targetLanguage = targetLanguage();
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        filter.kinds = {kind};
    if (const QString source = m_source->currentData().toString(); !source.isEmpty())
        filter.sourceLanguages = {source};
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = TranslationStatus(status);
    m_stale = false;
    m_opened = 0;
    if (filter.targetLanguage.isEmpty() || !m_model->setFilter(filter))
        showMessage(m_model->error(), true);
    else
        m_message->hide();
    selectFirst(); // Enter opens the first field at once
    showCount();
}

void TranslationQueueView::refresh()
{
    if (!isVisible() && m_opened == 0) {
        m_stale = true; // read again when shown: a save elsewhere need not wait for the queue
        return;
    }
    const int row = m_list->currentIndex().row();
    const qint64 current = row >= 0 ? m_model->item(row).textId : 0;
    if (!m_model->refresh()) {
        showMessage(m_model->error(), true);
        return;
    }
    // A translated field left: its neighbour, which took its row, is selected in its place.
    if (current != 0 && m_model->rowCount() > 0) {
        const int now = m_model->rowOfText(current);
        selectRow(now >= 0 ? now : std::min(row, m_model->rowCount() - 1));
    }
    showCount();
}

void TranslationQueueView::showEvent(QShowEvent *event)
{
    if (event)
        QWidget::showEvent(event);
    if (m_filterPending) {
        applyFilter();
        return;
    }
    if (m_stale) {
        m_stale = false;
        if (!m_model->refresh())
            showMessage(m_model->error(), true);
        showCount();
    }
}

void TranslationQueueView::showCount()
{
    const QLocale locale;
    m_count->setText(m_model->total() == 0
                         ? tr("Nothing waits for a translation into %1.").arg(languageLabel(targetLanguage()))
                         : tr("%1 fields wait for a translation into %2.")
                               .arg(locale.toString(qint64(m_model->total())), languageLabel(targetLanguage())));
}

void TranslationQueueView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::Highlight : QPalette::WindowText);
    m_message->setVisible(!text.isEmpty());
}

void TranslationQueueView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void TranslationQueueView::selectFirst()
{
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void TranslationQueueView::openCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const store::QueueItem item = m_model->item(current.row());
    m_opened = item.textId;
    Q_EMIT fieldRequested(item, targetLanguage());
}

bool TranslationQueueView::openNext()
{
    if (m_stale)
        showEvent(nullptr);
    int row = m_opened != 0 ? m_model->rowOfText(m_opened) : -1;
    if (row >= 0)
        ++row; // still waiting (skipped): the one after it
    else
        row = std::max(0, m_list->currentIndex().row()); // translated: its neighbour took its row
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row >= m_model->rowCount()) {
        m_workbench.report(tr("That was the last field waiting for a translation into %1.")
                               .arg(languageLabel(targetLanguage())));
        return false;
    }
    selectRow(row);
    openCurrent();
    return true;
}

void TranslationQueueView::draftWithApertium()
{
    if (m_run->isRunning())
        return;
    if (m_stale)
        showEvent(nullptr);
    QList<store::QueueItem> items;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const bool selection = rows.size() > 1;
    if (selection) {
        for (const QModelIndex &index : rows)
            items.append(m_model->item(index.row()));
    } else {
        for (qsizetype i = 0; i < m_model->total(); ++i)
            items.append(m_model->item(int(i)));
    }
    items.removeIf([](const store::QueueItem &item) { return item.status != TranslationStatus::Missing; });
    const QString target = languageLabel(targetLanguage());
    if (items.isEmpty()) {
        showMessage(tr("No missing field to draft: machine drafts wait for a person's review."), false);
        return;
    }
    const QString question = selection
        ? tr("Draft the %n selected missing field(s) into %1 with Apertium?", nullptr, int(items.size())).arg(target)
        : tr("Draft all %n missing field(s) of the queue into %1 with Apertium?", nullptr, int(items.size())).arg(target);
    if (QMessageBox::question(this, tr("Draft with Apertium"),
                              question + u'\n' + tr("Drafts are marked machine: they do not count as readable "
                                                    "until a person edits or reviews them."))
        != QMessageBox::Yes)
        return;
    io::ApertiumOptions options;
    options.program = m_apertiumProgram;
    if (!m_run->start(m_workbench.workspace().path(), items, targetLanguage(), options))
        return;
    m_draft->setEnabled(false);
    m_progress = new QProgressDialog(tr("Apertium is drafting into %1…").arg(target), tr("&Stop"), 0, int(items.size()), this);
    m_progress->setObjectName(QStringLiteral("apertiumProgress"));
    m_progress->setWindowTitle(tr("Draft with Apertium"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    connect(m_progress, &QProgressDialog::canceled, m_run, &ApertiumRun::stop);
    connect(m_run, &ApertiumRun::progressed, m_progress, [this](qint64 done, qint64) { m_progress->setValue(int(done)); });
    showMessage(tr("Apertium is drafting…"), false);
}

void TranslationQueueView::draftingFinished(bool ok, const io::DraftSummary &summary, const QString &message)
{
    if (m_progress) {
        delete m_progress; // not from its own signal: the run reports through ApertiumRun::finished
        m_progress = nullptr;
    }
    m_draft->setEnabled(true);
    QStringList lines;
    if (!ok)
        lines << message;
    if (ok || summary.drafted > 0)
        lines << tr("%n field(s) drafted by Apertium, marked machine for review.", nullptr, int(summary.drafted));
    lines << summary.problems;
    showMessage(lines.join(u'\n'), !ok || !summary.problems.isEmpty());
    m_workbench.report(tr("Apertium drafted %n field(s).", nullptr, int(summary.drafted)));
    // Texts changed on another connection: every list and the parity figures read them again.
    m_stale = true;
    refresh();
    Q_EMIT textsChanged();
}

} // namespace trellis::gui
