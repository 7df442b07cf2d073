#pragma once
// The shared risks an answer to the retro's third question ("Which shared risk proved our
// alliance?") cites, chosen among the risks taken in the retro's quarter.

#include "domain/retro.h"
#include "util/result.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace trellis::gui {

class RecordChecklist;
class Workbench;

/// Cites and withdraws shared risks for one answer at a time; each change is saved at once and
/// can be undone, until the retro is published.
class RetroRiskCitations : public QWidget {
    Q_OBJECT
public:
    explicit RetroRiskCitations(Workbench &workbench, QWidget *parent = nullptr);
    /// Shows the retro's saved answers to the third question and the risks of its quarter.
    void showRetro(const domain::Retro &retro);
    QComboBox *answers() const { return m_answers; }
    RecordChecklist *risks() const { return m_risks; }
    /// Cites (or withdraws) a risk for the chosen answer; a refusal changes nothing.
    Status setCited(qint64 riskId, bool cited);

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    void showCitations();

    Workbench &m_workbench;
    domain::Retro m_retro;
    QComboBox *m_answers = nullptr;
    RecordChecklist *m_risks = nullptr;
    QLabel *m_none = nullptr;
};

} // namespace trellis::gui
