#include "gui/editing/recordeditor.h"

#include "gui/app/recoverydraft.h"
#include "gui/editing/coremessages.h"
#include "gui/editing/datefield.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/sharedfile/sharedfile.h"
#include "store/recordversion.h"
#include "store/transaction.h"
#include "gui/widgets/elidinglabel.h"
#include "gui/widgets/palettes.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace trellis::gui {

namespace {

/// The store's name for the kind of record a section's editor holds.
store::EditedKind editedKind(Section section)
{
    switch (section) {
    case Section::Ledger: return store::EditedKind::LedgerEntry;
    case Section::Retros: return store::EditedKind::Retro;
    case Section::Protocols: return store::EditedKind::Protocol;
    case Section::Incidents: return store::EditedKind::Incident;
    case Section::Rehearsals: return store::EditedKind::Rehearsal;
    case Section::Campaigns: return store::EditedKind::Campaign;
    case Section::Exchanges: return store::EditedKind::Exchange;
    case Section::SharedRisks: return store::EditedKind::SharedRisk;
    case Section::Crossovers: return store::EditedKind::Crossover;
    case Section::Rituals: return store::EditedKind::Ritual;
    case Section::FireDrills: return store::EditedKind::FireDrill;
    case Section::EnvoyJourneys: return store::EditedKind::EnvoyJourney;
    case Section::Custodians: return store::EditedKind::CustodianTerm;
    case Section::Pauses: return store::EditedKind::Pause;
    case Section::Partners:
    case Section::Balances:
    case Section::Translations:
    case Section::Calendar:
    case Section::Count: break;
    }
    return store::EditedKind::Partner;
}

} // namespace

RecordEditor::RecordEditor(Workbench &workbench, Section section, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_section(section)
{
    setObjectName(QStringLiteral("editor_") + sectionKey(section));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the two columns share the pane's width
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    auto *heading = new QHBoxLayout;
    m_title = new ElidingLabel(body); // a long name stays one line (whole in the tooltip)
    m_title->setObjectName(QStringLiteral("title"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_badge = new QLabel(body);
    m_badge->setObjectName(QStringLiteral("badge"));
    m_badge->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_badge, &QLabel::linkActivated, this, [this](const QString &link) {
        const qint64 id = link.sliced(1).toLongLong(); // "#N"
        if (id > 0)
            Q_EMIT m_workbench.openRequested(m_section, id);
    });
    heading->addWidget(m_title, 1);
    heading->addWidget(m_badge);
    layout->addLayout(heading);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_summary);
    m_facts = new QFormLayout;
    m_facts->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_facts);
    m_messageBox = new QWidget(body);
    m_messageBox->setObjectName(QStringLiteral("messageBox"));
    m_messageBox->setAttribute(Qt::WA_StyledBackground);
    auto *messageRow = new QHBoxLayout(m_messageBox);
    messageRow->setContentsMargins(0, 0, 0, 0);
    m_messageIcon = new QLabel(m_messageBox);
    m_messageIcon->setObjectName(QStringLiteral("messageIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_messageIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_message = new QLabel(m_messageBox);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    messageRow->addWidget(m_messageIcon);
    messageRow->addWidget(m_message, 1);
    m_messageBox->hide();
    layout->addWidget(m_messageBox);
    m_reload = new QPushButton(tr("&Reload"), body);
    m_reload->setObjectName(QStringLiteral("reload"));
    m_reload->setToolTip(tr("Show the record as it is saved now, dropping the changes made here"));
    m_reload->hide();
    layout->addWidget(m_reload, 0, Qt::AlignLeading);
    m_view = new SideBySideView(body);
    m_view->setTranslator(workbench.workspace().author());
    layout->addWidget(m_view, 1);
    scroll->setWidget(body);
    // Wherever the focus goes in the pane (Tab, F2, a new record, a field an error marks), it is
    // brought into view: typing must never go where nobody sees it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_scroll->widget() && m_scroll->widget()->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });
    outer->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    m_delete = new QPushButton(tr("Delete"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setToolTip(tr("Save (Ctrl+Enter)"));
    m_cancel->setToolTip(tr("Drop the unsaved changes (Esc)"));
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &RecordEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &RecordEditor::cancel);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteRecord(); });
    connect(m_reload, &QPushButton::clicked, this, &RecordEditor::reload);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this, this, [this] { save(); });
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &RecordEditor::cancel);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_view, &SideBySideView::edited, this, &RecordEditor::markDirty);
    connect(m_view, &SideBySideView::languagesChosen, this, &RecordEditor::languagesChosen);
    connect(&workbench, &Workbench::recordChanged, this, [this](Section s, qint64 id) {
        if (s != m_section || id != m_id)
            return;
        if (!m_dirty) {
            load(id); // an undo or redo changed what this editor shows
        } else if (!hasConflict()) {
            // This window changed it (an agreement, a retro run): not someone else's save.
            if (auto now = storedVersion())
                m_version = *now;
        }
    });
    if (SharedFile *shared = SharedFile::of(workbench))
        connect(shared, &SharedFile::changedElsewhere, this, &RecordEditor::changedElsewhere);
    connect(&workbench, &Workbench::recordRemoved, this, [this](Section s, qint64 id) {
        if (s == m_section && id == m_id && !m_dirty)
            startNew();
    });
    setEnabled(false);
}

void RecordEditor::load(qint64 id)
{
    m_loading = true;
    showMessage(QString());
    setReadOnly(false);
    const Status s = read(id);
    m_loading = false;
    if (!s) {
        m_id = 0;
        setEnabled(false);
        showMessage(s.error().message);
        return;
    }
    m_id = id;
    m_new = false;
    auto version = storedVersion();
    m_version = version ? *version : QString();
    m_reload->hide();
    setEnabled(true);
    m_delete->setEnabled(canDelete() && !fileReadOnly());
    updateTabOrder();
    markClean();
}

void RecordEditor::startNew()
{
    m_loading = true;
    m_id = 0;
    m_new = true;
    m_version.clear();
    m_reload->hide();
    setEnabled(true);
    setReadOnly(false);
    showMessage(QString());
    clearFacts();
    m_loading = false;
    m_delete->setEnabled(false);
    updateTabOrder();
    markClean();
    if (QWidget *first = firstFact())
        first->setFocus(Qt::ShortcutFocusReason);
}

bool RecordEditor::save()
{
    if (!isEnabled() || (!m_dirty && !m_new))
        return true;
    // A date that names no day is never saved as some other day (a hidden one is not asked for).
    for (DateField *date : findChildren<DateField *>()) {
        if (const QString why = date->problem(); !why.isEmpty() && date->isEnabled() && date->isVisibleTo(this)) {
            showMessage(why);
            date->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    if (fileReadOnly()) {
        showMessage(SharedFile::of(m_workbench)->readOnlyReason());
        return false;
    }
    if (!confirmSave())
        return false;
    // The check and the save in one write transaction: no other process can commit between them.
    store::Database &db = m_workbench.workspace().database();
    auto tx = store::Transaction::begin(db);
    if (!tx) {
        showMessage(tx.error().message);
        return false;
    }
    if (!m_new && m_id != 0) {
        if (Status same = store::expectUnchanged(db, editedKind(m_section), m_id, m_version); !same) {
            if (same.error().code != ErrorCode::Conflict) {
                showMessage(same.error().message);
                return false;
            }
            log::get("gui")->info("save of {} {} refused: changed by another process", sectionKey(m_section).toStdString(), m_id);
            showConflict(same.error().message);
            return false;
        }
    }
    auto id = write();
    if (!id) {
        showMessage(id.error().message);
        if (m_marked) // the next keys typed go where the refusal points
            m_marked->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (Status committed = tx->commit(); !committed) {
        showMessage(committed.error().message);
        return false;
    }
    const bool wasNew = m_id == 0;
    m_id = *id;
    m_new = false;
    load(*id);
    showMessage(wasNew ? tr("Saved.") : tr("Changes saved."), false);
    return true;
}

bool RecordEditor::fileReadOnly() const
{
    const SharedFile *shared = SharedFile::of(m_workbench);
    return shared && shared->isReadOnly();
}

bool RecordEditor::hasConflict() const
{
    return m_reload->isVisibleTo(this);
}

void RecordEditor::reload()
{
    if (m_id == 0)
        return;
    auto now = storedVersion();
    if (now && now->isEmpty()) { // deleted meanwhile: nothing to reload
        startNew();
        return;
    }
    load(m_id);
    showMessage(tr("This record now shows what was saved most recently."), false);
}

Result<QString> RecordEditor::storedVersion() const
{
    if (m_id == 0)
        return QString();
    return store::recordVersion(m_workbench.workspace().database(), editedKind(m_section), m_id);
}

void RecordEditor::changedElsewhere()
{
    if (m_id == 0 || m_new || !isEnabled())
        return;
    auto now = storedVersion();
    if (!now || *now == m_version)
        return;
    if (now->isEmpty()) {
        if (m_dirty) {
            showConflict(tr("Someone else deleted this record while you were editing it (another Trellis window or the "
                            "command line). Your changes cannot be saved to it."));
        } else {
            startNew();
            showMessage(tr("The record shown was deleted by someone else (another Trellis window or the command line)."), false);
        }
        return;
    }
    if (!m_dirty) {
        load(m_id);
        showMessage(tr("Someone else saved this record (another Trellis window or the command line); it now shows "
                       "their version."), false);
        return;
    }
    showConflict(tr("Someone else saved this record while you were editing it (another Trellis window or the command "
                    "line). Save will not overwrite their changes: reload to see them, then make yours again."));
}

void RecordEditor::showConflict(const QString &message)
{
    showMessage(message);
    m_reload->show();
}

void RecordEditor::cancel()
{
    if (m_id != 0) {
        load(m_id);
    } else if (m_new) {
        startNew();
    }
}

void RecordEditor::setLanguages(const QString &first, const QString &second)
{
    m_view->setWorkingLanguages(m_workbench.workingLanguages());
    m_view->setLanguages(first, second);
}

QString RecordEditor::message() const
{
    return m_messageBox->isVisibleTo(this) ? m_message->text() : QString();
}

void RecordEditor::setHeading(const QString &title, const QString &badge, qint64 linkTo)
{
    m_title->setFullText(title);
    m_badge->setTextFormat(linkTo > 0 ? Qt::RichText : Qt::PlainText);
    m_badge->setText(linkTo > 0 ? QStringLiteral("<a href=\"#%1\">%2</a>").arg(linkTo).arg(badge.toHtmlEscaped())
                                : badge);
    m_badge->setFocusPolicy(linkTo > 0 ? Qt::TabFocus : Qt::NoFocus);
}

void RecordEditor::setSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
}

void RecordEditor::setFields(const QList<QPair<QString, bool>> &fields, const domain::RecordTexts &texts)
{
    m_view->setFields(fields);
    m_view->setRecord(texts);
    updateTabOrder();
}

void RecordEditor::setReadOnly(bool readOnly)
{
    readOnly = readOnly || fileReadOnly();
    m_view->setReadOnly(readOnly);
    for (QWidget *w : std::as_const(m_factOrder))
        w->setEnabled(!readOnly);
    m_save->setEnabled(!readOnly);
}

void RecordEditor::setTranslationsOnly(bool translationsOnly)
{
    const bool readOnly = fileReadOnly();
    m_view->setReadOnly(readOnly);
    m_view->setOriginalsLocked(translationsOnly);
    for (QWidget *w : std::as_const(m_factOrder))
        w->setEnabled(!translationsOnly && !readOnly);
    m_save->setEnabled(!readOnly);
}

void RecordEditor::finishDelete(const Status &removed, const QString &done)
{
    if (!removed) {
        showMessage(removed.error().message);
        return;
    }
    m_workbench.report(done);
    startNew();
}

void RecordEditor::showMessage(const QString &message, bool error)
{
    m_messageIsError = error && !message.isEmpty();
    m_message->setText(m_messageIsError ? uiMessage(message) : message);
    m_messageBox->setVisible(!message.isEmpty());
    // An error in the palette's error colours, with an icon, and its field marked the same way.
    m_messageIcon->setVisible(m_messageIsError);
    m_messageBox->setStyleSheet(m_messageIsError ? QStringLiteral("QWidget#%1 { %2 }").arg(m_messageBox->objectName(), errorStyleSheet())
                                                 : QString());
    if (m_marked) {
        m_marked->setStyleSheet(QString());
        m_marked->setAccessibleDescription(QString());
    }
    m_marked = m_messageIsError ? fieldOf(message) : nullptr;
    if (m_marked) {
        m_marked->setStyleSheet(errorStyleSheet());
        m_marked->setAccessibleDescription(m_message->text());
    }
}

void RecordEditor::followDate(DateField *date)
{
    connect(date, &DateField::dateChanged, this, [this](const QDate &day) {
        m_view->setFacts(day.isValid() ? std::optional<QDate>(day) : std::nullopt, std::nullopt);
        markDirty();
    });
}

void RecordEditor::markDirty()
{
    if (m_loading)
        return;
    // An error stays while its cause does, and goes (or becomes the next cause) with the edit that fixes it.
    if (m_messageIsError) {
        const Status s = check();
        showMessage(s ? QString() : s.error().message);
    }
    // Compared, not merely signalled: a value put back, or a picker re-choosing what it showed,
    // is no change to save.
    const bool dirty = draft() != m_clean;
    if (dirty == m_dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

void RecordEditor::markClean()
{
    m_clean = draft();
    if (m_dirty) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
    }
}

void RecordEditor::setFactOrder(const QList<QWidget *> &widgets)
{
    m_factOrder = widgets;
}

void RecordEditor::updateTabOrder()
{
    QList<QWidget *> order = m_factOrder;
    order << m_view->tabOrder() << m_save;
    // Compound widgets (date edits) take focus in their inner editor: chain those.
    for (QWidget *&w : order) {
        if (w->focusProxy())
            w = w->focusProxy();
    }
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    // Tab follows this chain explicitly: rebuilt fields and compound widgets cannot reorder it.
    for (QWidget *w : std::as_const(order))
        w->installEventFilter(this);
    m_tabChain = order;
    // A wheel turned to scroll the pane must not change the picker or date it passes over.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
            w->setFocusPolicy(w->focusPolicy() == Qt::WheelFocus ? Qt::StrongFocus : w->focusPolicy());
            w->installEventFilter(this);
        }
    }
}

bool RecordEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && (qobject_cast<QComboBox *>(watched) || qobject_cast<QAbstractSpinBox *>(watched))) {
        if (!static_cast<QWidget *>(watched)->hasFocus()) {
            event->ignore(); // passed on to the scroll area around the editor
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool backtab = key->key() == Qt::Key_Backtab;
        const qsizetype at = m_tabChain.indexOf(static_cast<QWidget *>(watched));
        if ((tab || backtab) && at >= 0) {
            for (qsizetype i = at + (backtab ? -1 : 1); i >= 0 && i < m_tabChain.size(); i += backtab ? -1 : 1) {
                QWidget *next = m_tabChain.at(i);
                if (next->isEnabled() && next->isVisible() && next->focusPolicy() & Qt::TabFocus) {
                    next->setFocus(backtab ? Qt::BacktabFocusReason : Qt::TabFocusReason);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QJsonObject RecordEditor::draft() const
{
    QJsonObject d;
    d.insert(QStringLiteral("section"), sectionKey(m_section));
    d.insert(QStringLiteral("id"), QString::number(m_id));
    d.insert(QStringLiteral("facts"), factsDraft());
    d.insert(QStringLiteral("texts"), textsToJson(m_view->record()));
    return d;
}

void RecordEditor::restoreDraft(const QJsonObject &draft)
{
    const qint64 id = draft.value(QStringLiteral("id")).toString().toLongLong();
    if (id != 0)
        load(id);
    else
        startNew();
    m_loading = true;
    restoreFactsDraft(draft.value(QStringLiteral("facts")).toObject());
    domain::RecordTexts texts = m_view->record();
    textsFromJson(draft.value(QStringLiteral("texts")).toObject(), texts);
    m_view->setRecord(texts);
    m_loading = false;
    markDirty();
    showMessage(tr("Unsaved changes recovered from the last session. Save them, or press Esc to drop them."), false);
}

} // namespace trellis::gui
