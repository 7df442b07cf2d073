#pragma once
// The solidarity retro editor: date, facilitator and the retro's language pair at the top; the
// answers to the three questions and the agreed actions side by side.

#include "domain/retro.h"
#include "gui/recordeditor.h"

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace trellis::gui {

/// Creates and edits one retro with its answers and actions.
class RetroEditor : public RecordEditor {
    Q_OBJECT
public:
    RetroEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0; }
    void deleteRecord() override;
    /// Adds an empty answer to a question (or an action) and puts the focus in it.
    void addAnswer(domain::RetroQuestion question);
    void addAction();

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    void showRetro(const domain::Retro &retro, const domain::RecordTexts &texts);
    domain::Retro retroFromForm() const;
    domain::Retro m_retro;
    domain::Retro m_shown; ///< m_retro with answers and actions added since it was read
    QDateEdit *m_heldOn = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QComboBox *m_languageA = nullptr;
    QComboBox *m_languageB = nullptr;
};

} // namespace trellis::gui
