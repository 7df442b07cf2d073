#include "gui/ledger/consentpanel.h"
#include "gui/editing/labels.h"

#include "gui/widgets/palettes.h"
#include "gui/balances/balanceformat.h"
#include "gui/ledger/consentdialog.h"
#include "gui/app/workbench.h"
#include "store/ledgerstore.h"
#include "store/partnerquery.h"
#include "util/log.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trellis::gui {

ConsentPanel::ConsentPanel(Workbench &workbench, QWidget *parent) : QWidget(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("consent"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("consentState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_state->setAccessibleName(tr("Consent state"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("consentHistory"));
    m_history->setAccessibleName(tr("Consent history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("Side"), tr("Word"), tr("By"), tr("When"), tr("Note")});
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    m_history->setMaximumHeight(110);
    m_approve = new QPushButton(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setToolTip(tr("Record one side's approval of these funds"));
    m_withdraw = new QPushButton(tr("&Withdraw approval…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdraw"));
    m_withdraw->setToolTip(tr("Record that one side takes its approval back (kept in the history)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_withdraw);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_history);
    connect(m_approve, &QPushButton::clicked, this, &ConsentPanel::approve);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentPanel::withdraw);
    hide();
}

QString ConsentPanel::partnerName(qint64 id) const
{
    auto names = store::PartnerQuery::names(m_workbench.workspace(), uiLanguage());
    return names ? names->value(id, QString::number(id)) : QString::number(id);
}

void ConsentPanel::showEntry(const domain::LedgerEntry &entry)
{
    m_entry = entry;
    m_error->hide();
    setVisible(entry.stamp.id != 0 && entry.kind == domain::ContributionKind::Funds);
    if (isHidden())
        return;
    reload();
}

void ConsentPanel::reload()
{
    const bool reversal = m_entry.reversesId.has_value();
    const qint64 target = reversal ? *m_entry.reversesId : m_entry.stamp.id;
    const bool posted = m_entry.status == domain::EntryStatus::Posted;
    m_approve->setEnabled(posted && !reversal);
    m_withdraw->setEnabled(posted && !reversal);
    m_history->clear();
    auto consent = store::LedgerStore(m_workbench.workspace()).consent(target);
    if (!consent) {
        m_state->setText(consent.error().message);
        return;
    }
    auto names = store::PartnerQuery::names(m_workbench.workspace(), uiLanguage());
    auto name = [&names](qint64 id) { return names ? names->value(id, QString::number(id)) : QString::number(id); };
    std::optional<bool> fromWord, toWord;
    for (const store::ConsentAction &a : std::as_const(consent->history)) {
        const QDateTime at = QDateTime::fromString(a.at, Qt::ISODate);
        auto *item = new QTreeWidgetItem(m_history, {name(a.partnerId), a.approve ? tr("approves") : tr("withdraws"),
                                                     a.byName, shortDateTime(at.toLocalTime()),
                                                     a.note});
        item->setData(Time, Qt::UserRole, a.at);
        (a.partnerId == m_entry.fromPartnerId ? fromWord : toWord) = a.approve;
    }
    const QString from = name(m_entry.fromPartnerId), to = name(m_entry.toPartnerId);
    QString state;
    if (consent->disbursed())
        state = tr("Disbursed: both sides approve.");
    else if (fromWord == false || toWord == false)
        state = tr("Withdrawn: %1 took its approval back; proposed until both sides approve.")
                    .arg(fromWord == false ? from : to);
    else if (consent->fromApproved || consent->toApproved)
        state = tr("Approved by %1; awaiting %2.").arg(consent->fromApproved ? from : to, consent->fromApproved ? to : from);
    else
        state = tr("Proposed: no side approves yet.");
    if (reversal)
        state += u' ' + tr("(A reversal takes the consent of entry %1.)").arg(target);
    m_state->setText(state);
    m_history->setVisible(!consent->history.isEmpty());
}

Status ConsentPanel::record(qint64 partnerId, bool approve, const QString &byName, const QString &note)
{
    m_error->hide();
    Status status;
    if (m_entry.reversesId) {
        status = makeError(ErrorCode::InvalidInput,
                           tr("A reversal takes its original's consent: approve or withdraw on entry %1.").arg(numberLabel(*m_entry.reversesId)));
    } else if (auto id = store::LedgerStore(m_workbench.workspace()).recordConsent(m_entry.stamp.id, partnerId, approve,
                                                                                  byName, note); !id) {
        status = id.error();
    }
    if (!status) {
        m_error->setText(status.error().message);
        m_error->show();
        return status;
    }
    log::get("gui")->info("consent recorded on entry {}", m_entry.stamp.id);
    reload();
    Q_EMIT consentRecorded(m_entry.stamp.id);
    return status;
}

void ConsentPanel::ask(bool approve)
{
    ConsentDialog dialog(approve, {{m_entry.fromPartnerId, partnerName(m_entry.fromPartnerId)},
                                   {m_entry.toPartnerId, partnerName(m_entry.toPartnerId)}},
                         this);
    if (dialog.exec() == QDialog::Accepted)
        (void)record(dialog.partnerId(), approve, dialog.byName(), dialog.note()); // a refusal is shown inline
}

void ConsentPanel::approve() { ask(true); }
void ConsentPanel::withdraw() { ask(false); }

QString ConsentPanel::stateText() const { return m_state->text(); }
QString ConsentPanel::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

} // namespace trellis::gui
