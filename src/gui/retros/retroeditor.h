#pragma once
// The solidarity retro editor: date, facilitator, the retro's language pair and each answer's votes
// and tags at the top; the answers to the three questions and the agreed actions side by side;
// Publish… at the end, after which only translations change.

#include "domain/retro.h"
#include "gui/editing/recordeditor.h"

class QComboBox;

class QLineEdit;
class QPushButton;

namespace trellis::gui {

class DateField;
class FulfilmentPicker;

class RetroAnswerFacts;
class RetroRiskCitations;

/// Creates, edits and publishes one retro with its answers and actions.
class RetroEditor : public RecordEditor {
    Q_OBJECT
public:
    RetroEditor(Workbench &workbench, QWidget *parent = nullptr);
    bool canDelete() const override { return recordId() != 0 && m_retro.publishedAt.isEmpty(); }
    void deleteRecord() override;
    /// Adds an empty answer to a question (or an action) and puts the focus in it.
    void addAnswer(domain::RetroQuestion question);
    void addAction();
    /// Publishes the saved retro's bilingual record (saving unsaved changes first) after asking,
    /// unless confirmed. Publishing is final; false when refused or declined.
    bool publish(bool confirmed = false);
    bool isPublished() const { return !m_retro.publishedAt.isEmpty(); }
    RetroAnswerFacts *answerFacts() const { return m_answerFacts; }
    RetroRiskCitations *riskCitations() const { return m_citations; }

protected:
    Status read(qint64 id) override;
    void clearFacts() override;
    Result<qint64> write() override;
    QJsonObject factsDraft() const override;
    void restoreFactsDraft(const QJsonObject &facts) override;
    QWidget *firstFact() const override;

private:
    void showRetro(const domain::Retro &retro, const domain::RecordTexts &texts);
    void lockPublished(bool published);
    QString publishQuestion(const domain::Retro &retro) const;
    domain::Retro retroFromForm() const;
    domain::Retro m_retro;
    domain::Retro m_shown; ///< m_retro with answers and actions added since it was read
    DateField *m_heldOn = nullptr;
    FulfilmentPicker *m_fulfils = nullptr; ///< the retro or listening circle it held
    QLineEdit *m_facilitator = nullptr;
    QComboBox *m_languageA = nullptr;
    QComboBox *m_languageB = nullptr;
    RetroAnswerFacts *m_answerFacts = nullptr;
    RetroRiskCitations *m_citations = nullptr;
    QComboBox *m_question = nullptr;
    QPushButton *m_addAnswer = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_publish = nullptr;
};

} // namespace trellis::gui
