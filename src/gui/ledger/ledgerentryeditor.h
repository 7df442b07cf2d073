#pragma once
// The ledger entry editor: date, partners, kind and exact quantity once at the top, the narrative
// side by side; posted entries are read-only and corrected by a reversing entry.

#include "domain/ledgerentry.h"
#include "gui/editing/recordeditor.h"

class QCheckBox;
class QComboBox;

class QLineEdit;

namespace trellis::gui {

class DateField;

class ConsentPanel;
class PartnerPicker;

/// Records and edits one reciprocity-ledger entry.
class LedgerEntryEditor : public RecordEditor {
    Q_OBJECT
public:
    LedgerEntryEditor(Workbench &workbench, QWidget *parent = nullptr);

    void startNew() override;
    bool canDelete() const override;
    void deleteRecord() override;
    bool isPosted() const { return m_entry.status == domain::EntryStatus::Posted; }
    /// The entry that reverses the one shown, once it has been corrected.
    std::optional<qint64> reversedBy() const { return m_reversedBy; }
    /// A saved, posted entry that is neither a reversal nor already reversed.
    bool canCorrect() const;
    /// Corrects the posted entry shown: posts its reversing entry, then opens a new entry
    /// prefilled with its values. Asks first unless confirmed is set. Returns the reversal's id.
    qint64 correct(bool confirmed = false);
    /// Mutual consent of the funds entry shown (hidden for other entries).
    ConsentPanel *consent() const { return m_consent; }

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    bool confirmSave() override;
    Status check() const override;
    QWidget *fieldOf(const QString &message) const override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    Result<domain::LedgerEntry> entryFromForm() const;
    /// When entry is dated inside a pause its two partners agreed (and it is new, or its day or
    /// partners changed), asks whether to record it anyway: a pause is rest, not abandonment.
    /// True to go on.
    bool confirmDuringPause(const domain::LedgerEntry &entry);
    /// A posted entry's save: the narrative's translations only, undoable.
    Result<qint64> writeTranslations();
    void showEntry(const domain::LedgerEntry &entry);
    void fillUnits();
    void showBadge();
    /// The columns' date and quantity follow the facts as typed.
    void previewFacts();

    domain::LedgerEntry m_entry; ///< as saved (or the prefill of a new one)
    std::optional<qint64> m_reversedBy;
    DateField *m_date = nullptr;
    PartnerPicker *m_from = nullptr;
    PartnerPicker *m_to = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_quantity = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_post = nullptr;
    ConsentPanel *m_consent = nullptr;
};

} // namespace trellis::gui
