#pragma once
// Compare quarters: the retros of a span of quarters side by side, so a facilitator sees what keeps
// coming back — answers per question and tag, votes, actions done against carried over.

#include "i18n/quarter.h"
#include "store/quartercomparison.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// A table of quarters (columns) against questions, votes, actions and tags (rows).
class QuarterComparisonView : public QWidget {
    Q_OBJECT
public:
    /// Offers the quarters of the workspace's retros (and the span asked for); shows the four
    /// quarters up to `last`, or up to the latest retro's quarter when last is not given.
    explicit QuarterComparisonView(store::Workspace &workspace, std::optional<i18n::Quarter> last = {},
                                   QWidget *parent = nullptr);

    /// Shows quarters from..to; false (and the reason shown) when the span is refused.
    bool showSpan(const i18n::Quarter &from, const i18n::Quarter &to);
    const store::QuarterComparison &comparison() const { return m_comparison; }
    QTableWidget *table() const { return m_table; }
    /// The message under the table: what came back, or why nothing is shown.
    QString summary() const;

private:
    void fillChoices(const i18n::Quarter &first, const i18n::Quarter &last);
    void showChosen();
    void fillTable();
    void addRow(QWidget *label, const QString &plainLabel, const QList<QString> &cells, bool strong = false);

    store::Workspace &m_ws;
    store::QuarterComparison m_comparison;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QString m_error; ///< why the span asked for is not shown
    bool m_filling = false;
};

/// A window over QuarterComparisonView (Retro ▸ Compare quarters…, F8 while running a retro).
void openQuarterComparison(QWidget *owner, store::Workspace &workspace, std::optional<i18n::Quarter> last = {});

} // namespace trellis::gui
