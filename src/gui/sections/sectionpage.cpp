#include "gui/sections/sectionpage.h"

#include "gui/editing/recordeditor.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/sharedfile/sharedfile.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace trellis::gui {

SectionPage::SectionPage(Workbench &workbench, Section section, QAbstractItemModel *model, RecordEditor *editor,
                         QWidget *filters, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_section(section), m_model(model), m_editor(editor)
{
    setObjectName(QStringLiteral("page_") + sectionKey(section));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(sectionLabel(section), left);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    leftLayout->addWidget(m_heading);
    if (filters)
        leftLayout->addWidget(filters);
    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("list"));
    m_list->setAccessibleName(tr("%1 list").arg(sectionLabel(section)));
    // Row heights before the model: set after, they would be announced row by row (a million
    // signals on a large ledger).
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    // A model update that removes the current row (a record deleted, or moved to its new sorted
    // place by a save or an undo) makes the view pick a neighbour. That is not the user switching
    // records: it must neither ask about unsaved changes (a save in progress is still dirty) nor
    // load the neighbour. Connected before the view's own handling, so the guard is up in time.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex &parent, int first, int last) {
        const int current = m_list->currentIndex().row();
        if (!parent.isValid() && current >= first && current <= last) {
            m_selecting = true;
            m_reselect = true;
        }
    });
    m_list->setModel(model);
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_reselect)
            return;
        m_reselect = false;
        m_selecting = false;
        // Once the update is complete (a moved row is inserted again), the editor's record is current.
        QTimer::singleShot(0, this, [this] {
            selectRow(m_editor->isEditingNew() ? -1 : rowOf(m_editor->recordId()));
        });
    });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSortIndicatorShown(true);
    leftLayout->addWidget(m_list, 1);
    splitter->addWidget(left);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current.row()); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_list->selectionModel()->clearCurrentIndex(); });
    if (SharedFile *shared = SharedFile::of(workbench))
        connect(shared, &SharedFile::changedElsewhere, this, &SectionPage::refreshFromFile);
    connect(&workbench, &Workbench::recordAdded, this, [this](Section s, qint64 id) {
        if (s != m_section)
            return;
        // Select the saved record's row, once the editor that saved it knows its id.
        QTimer::singleShot(0, this, [this, id] {
            if (m_editor->recordId() == id && !m_editor->isEditingNew())
                selectRow(rowOf(id));
        });
    });
}

void SectionPage::refreshFromFile()
{
    if (!m_refreshHook)
        return;
    const int scroll = m_list->verticalScrollBar()->value();
    const int column = m_list->horizontalScrollBar()->value();
    m_refreshHook();
    // A refresh that removed the selected row queues its reselection; this runs after it.
    QTimer::singleShot(0, this, [this, scroll, column] {
        if (!m_editor->isEditingNew() && m_editor->recordId() != 0)
            selectRow(rowOf(m_editor->recordId()), false);
        m_list->verticalScrollBar()->setValue(scroll);
        m_list->horizontalScrollBar()->setValue(column);
    });
}

void SectionPage::setLanguages(const QString &first, const QString &second)
{
    if (m_languageHook)
        m_languageHook(first, second);
    m_editor->setLanguages(first, second);
}

bool SectionPage::settleUnsaved()
{
    if (!m_editor->isDirty())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("This record has unsaved changes. Save them before leaving it?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_editor->save();
    if (answer == QMessageBox::Discard) {
        m_editor->cancel();
        return true;
    }
    return false;
}

void SectionPage::currentRowChanged(int row)
{
    if (m_selecting || row < 0)
        return;
    const qint64 id = m_model->index(row, 0).data(kIdRole).toLongLong();
    if (id == m_editor->recordId() && !m_editor->isEditingNew())
        return;
    if (!settleUnsaved()) {
        const QSignalBlocker block(m_list->selectionModel());
        selectRow(-1);
        return;
    }
    m_editor->load(id);
}

void SectionPage::selectRow(int row, bool scroll)
{
    m_selecting = true;
    if (row < 0) {
        m_list->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (scroll)
            m_list->scrollTo(index);
    }
    m_selecting = false;
}

void SectionPage::newRecord()
{
    if (!settleUnsaved())
        return;
    selectRow(-1);
    m_editor->startNew();
}

void SectionPage::openRecord(qint64 id)
{
    if (id != m_editor->recordId() && !settleUnsaved())
        return;
    if (id != m_editor->recordId() || m_editor->isEditingNew())
        m_editor->load(id);
    selectRow(rowOf(id));
}

int SectionPage::rowOf(qint64 id) const
{
    if (id == 0)
        return -1;
    if (m_rowLookup)
        return m_rowLookup(id);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->index(r, 0).data(kIdRole).toLongLong() == id)
            return r;
    }
    return -1;
}

void SectionPage::selectFirst()
{
    if (m_model->rowCount() == 0)
        return;
    selectRow(0);
    m_editor->load(m_model->index(0, 0).data(kIdRole).toLongLong());
}

void SectionPage::editCurrent()
{
    const QList<QWidget *> texts = m_editor->view()->tabOrder();
    if (!texts.isEmpty())
        texts.first()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace trellis::gui
