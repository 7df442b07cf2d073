#pragma once
// The open workspace as other programs share it: notices the commits another process makes (the
// command line importing, another Trellis on a shared folder), and knows whether this window may
// write the file at all.

#include <QObject>

class QTimer;
class QWidget;

namespace trellis::gui {

class Workbench;

/// A child of the workbench. Polls the connection's PRAGMA data_version about once a second, and
/// at once when the watched window comes back to the front; emits changedElsewhere when it moved.
/// The pragma reads only shared memory, so an idle window costs next to nothing.
class SharedFile : public QObject {
    Q_OBJECT
public:
    explicit SharedFile(Workbench &workbench);
    /// The workbench's SharedFile, or nullptr when none was made (a workbench outside a window).
    static SharedFile *of(Workbench &workbench);

    /// True when this window cannot save (a read-only file, or one with a foreign schema).
    bool isReadOnly() const { return m_readOnly; }
    /// Why the window is read-only, for the status bar and refused saves (empty when it is not).
    QString readOnlyReason() const;

    /// Checks at once whenever window is activated.
    void watchWindow(QWidget *window);
    /// Checks now; true when another process had committed since the last check.
    bool check();
    /// How often the file is polled (1000 ms unless changed).
    void setInterval(int milliseconds);

Q_SIGNALS:
    /// Another process (or another connection) committed to the file: lists, pickers and the
    /// editors read it again, keeping the user's place.
    void changedElsewhere();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Workbench &m_workbench;
    QTimer *m_timer = nullptr;
    qint64 m_seen = -1;
    bool m_checking = false;
    bool m_readOnly = false;
    bool m_foreignSchema = false; ///< read-only because the schema holds objects Trellis did not write
};

} // namespace trellis::gui
