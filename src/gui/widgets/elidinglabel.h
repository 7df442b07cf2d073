#pragma once
// A one-line label for headings that may hold a long name: what does not fit is elided, and the
// whole text is in the tooltip.

#include <QLabel>

namespace trellis::gui {

/// QLabel on one line that elides its text to its width (in either direction) instead of growing.
class ElidingLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    const QString &fullText() const { return m_full; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
};

} // namespace trellis::gui
