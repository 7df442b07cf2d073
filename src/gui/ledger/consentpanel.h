#pragma once
// Mutual consent on a funds entry in the ledger editor: where it stands, its history, and the
// actions Approve… and Withdraw approval…, each recorded through LedgerStore::recordConsent.

#include "domain/ledgerentry.h"
#include "util/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace trellis::gui {

class Workbench;

/// Shown for funds entries; a reversal shows its original's consent, read-only.
class ConsentPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { Partner, Word, Person, Time, Note, ColumnCount };

    explicit ConsentPanel(Workbench &workbench, QWidget *parent = nullptr);

    /// Shows the consent of entry (hidden unless it is a saved funds entry).
    void showEntry(const domain::LedgerEntry &entry);
    /// Records one side's word on the entry shown; core's error is also shown inline.
    Status record(qint64 partnerId, bool approve, const QString &byName, const QString &note = QString());
    /// Asks with a ConsentDialog, then records.
    void approve();
    void withdraw();

    QString stateText() const;
    QString errorText() const;
    QTreeWidget *history() const { return m_history; }

Q_SIGNALS:
    /// A word was recorded on the entry (balances change when it becomes or stops being disbursed).
    void consentRecorded(qint64 entryId);

private:
    void ask(bool approve);
    void reload();
    QString partnerName(qint64 id) const;

    Workbench &m_workbench;
    domain::LedgerEntry m_entry;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_withdraw = nullptr;
};

} // namespace trellis::gui
