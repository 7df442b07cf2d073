#pragma once
// The votes and tags of a retro's answers, once at the top of the retro editor (they belong to
// no language): one row per answer with its votes, a +1 and its tags.

#include "domain/retro.h"

#include <QWidget>

class QGridLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace trellis::gui {

/// Edits votes and tags per answer; rows follow the answers shown.
class RetroAnswerFacts : public QWidget {
    Q_OBJECT
public:
    explicit RetroAnswerFacts(QWidget *parent = nullptr);

    /// Shows the answers' votes and tags (no edited() while filling).
    void showAnswers(const QList<domain::RetroAnswer> &answers);
    /// Writes the votes and tags typed here into answers (same order as shown).
    void applyTo(QList<domain::RetroAnswer> &answers) const;
    void setLocked(bool locked);
    /// The inputs in tab order: votes, then tags, answer by answer.
    QList<QWidget *> inputs() const;
    QSpinBox *votes(int answer) const;
    QLineEdit *tags(int answer) const;
    /// One more vote for an answer (the +1 button).
    void addVote(int answer);

    /// "care, labour" -> {"care", "labour"}: trimmed, empty ones dropped.
    static QStringList parseTags(const QString &text);

Q_SIGNALS:
    void edited();

private:
    struct Row {
        QSpinBox *votes = nullptr;
        QToolButton *plusOne = nullptr;
        QLineEdit *tags = nullptr;
    };
    void resize(int count);
    QGridLayout *m_grid = nullptr;
    QList<Row> m_rows;
    QList<QWidget *> m_rowWidgets;
    bool m_filling = false;
    bool m_locked = false;
};

} // namespace trellis::gui
