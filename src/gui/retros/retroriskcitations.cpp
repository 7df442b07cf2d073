#include "gui/retros/retroriskcitations.h"

#include "gui/app/workbench.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordchecklist.h"
#include "gui/editing/recordcommand.h"
#include "store/sharedriskstore.h"
#include "util/log.h"

#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace trellis::gui {

RetroRiskCitations::RetroRiskCitations(Workbench &wb, QWidget *parent) : QWidget(parent), m_workbench(wb)
{
    m_answers = new QComboBox(this);
    m_answers->setObjectName(QStringLiteral("citingAnswer"));
    m_answers->setAccessibleName(tr("Answer that cites"));
    m_risks = new RecordChecklist(this);
    m_risks->setObjectName(QStringLiteral("citedRisks"));
    m_risks->setAccessibleName(tr("Shared risks cited"));
    m_risks->setMaximumHeight(80);
    m_none = new QLabel(this);
    m_none->setObjectName(QStringLiteral("citationsNote"));
    m_none->setWordWrap(true);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    // The facts form grows only expanding fields: a preferred one stayed as narrow as its note's
    // first words, and the note, wrapped into that width, ran under the next row.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_answers);
    layout->addWidget(m_risks);
    layout->addWidget(m_none);
    connect(m_answers, &QComboBox::currentIndexChanged, this, &RetroRiskCitations::showCitations);
    connect(m_risks, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (Status s = setCited(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked); !s) {
            Q_EMIT message(s.error().message, true);
            showCitations(); // the check goes back to what is saved
        }
    });
}

void RetroRiskCitations::showRetro(const domain::Retro &retro)
{
    m_retro = retro;
    const QSignalBlocker block(m_answers);
    m_answers->clear();
    for (qsizetype i = 0; i < retro.answers.size(); ++i) {
        const domain::RetroAnswer &a = retro.answers.at(i);
        if (a.question != domain::RetroQuestion::SharedRisk || a.stamp.id == 0)
            continue;
        m_answers->addItem(tr("Answer %1 · \u2068%2\u2069").arg(numberLabel(i + 1), a.text.original().section(u'\n', 0, 0)),
                           a.stamp.id);
    }
    showCitations();
}

void RetroRiskCitations::showCitations()
{
    const QSignalBlocker block(m_risks);
    const qint64 answer = m_answers->currentData().toLongLong();
    QList<ChecklistItem> items;
    QList<qint64> cited;
    store::SharedRiskStore store(m_workbench.workspace());
    auto add = [&items](const store::SharedRiskSummary &r) {
        for (const ChecklistItem &i : std::as_const(items))
            if (i.id == r.id)
                return;
        items.append({r.id, QStringLiteral("%1 · \u2068%2\u2069").arg(shortDate(r.takenOn), r.what.section(u'\n', 0, 0))});
    };
    if (!m_retro.quarter.isEmpty()) {
        if (auto quarter = store.risksOfQuarter(m_retro.quarter)) {
            for (const store::SharedRiskSummary &r : std::as_const(*quarter))
                add(r);
        }
    }
    if (answer != 0) {
        if (auto citing = store.citedIn(answer)) {
            for (const store::SharedRiskSummary &r : std::as_const(*citing)) {
                add(r);
                cited << r.id;
            }
        }
    }
    m_risks->setItems(items, cited);
    const bool published = !m_retro.publishedAt.isEmpty();
    const bool open = answer != 0 && !items.isEmpty();
    m_answers->setVisible(m_answers->count() > 1);
    m_risks->setVisible(open);
    m_risks->setEnabled(!published);
    m_none->setVisible(!open);
    m_none->setText(answer == 0 ? tr("Save an answer to “%1” to cite the shared risks that proved the alliance.")
                                      .arg(questionLabel(domain::RetroQuestion::SharedRisk))
                                : tr("No shared risk was recorded in this quarter."));
}

Status RetroRiskCitations::setCited(qint64 riskId, bool cited)
{
    const qint64 answer = m_answers->currentData().toLongLong();
    if (answer == 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the answer that cites the risk"));
    // One action, citing or withdrawing; undo runs it the other way. Undo and redo show the change
    // while this retro is shown (the first time, the check that asked for it already does).
    Workbench &wb = m_workbench;
    QPointer<RetroRiskCitations> self(this);
    auto apply = [&wb, self, answer, riskId](bool cite, bool show) -> Status {
        store::SharedRiskStore risks(wb.workspace());
        TRELLIS_TRY(cite ? risks.citeInAnswer(answer, riskId) : risks.uncite(answer, riskId));
        if (show && self)
            self->showCitations();
        return {};
    };
    TRELLIS_TRY(apply(cited, false));
    log::get("gui")->info("retro answer {} {} shared risk {}", answer, cited ? "cites" : "no longer cites", riskId);
    wb.undoStack()->push(new RecordCommand(wb, cited ? tr("Cite shared risk") : tr("Withdraw citation"),
                                           [apply, cited] { return apply(!cited, true); }, [apply, cited] { return apply(cited, true); }));
    return {};
}

} // namespace trellis::gui
