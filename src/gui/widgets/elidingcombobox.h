#pragma once
// A combo box that fits the room it is given: long items (partner names with their Latin form,
// protocol titles) are shown elided, with the whole text in the tooltip, never cut at an edge.

#include <QComboBox>

namespace trellis::gui {

/// QComboBox that grows with its row, keeps a small minimum width, and elides what does not fit.
class ElidingComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ElidingComboBox(QWidget *parent = nullptr, int minimumCharacters = 12);
    /// What is drawn for the current item at the present width (for tests and accessibility checks).
    QString shownText() const;
    /// The list opens at least as wide as the box, and never wider than half its window: long
    /// items elide there too.
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};

} // namespace trellis::gui
