#pragma once
// The detail pane of a section: a record's facts once at the top, its texts side by side below,
// Save (Ctrl+Enter) and Cancel (Esc), inline messages, undo through the workbench's stack.

#include "domain/sidebyside.h"
#include "gui/sections/section.h"
#include "util/result.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace trellis::gui {

class DateField;
class ElidingLabel;
class SideBySideView;
class Workbench;

/// Base of the record editors; subclasses fill the facts and write through their store.
class RecordEditor : public QWidget {
    Q_OBJECT
public:
    RecordEditor(Workbench &workbench, Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }
    qint64 recordId() const { return m_id; }
    bool isEditingNew() const { return m_new; }
    bool isDirty() const { return m_dirty; }
    /// True while the record shown was changed by another process after it was loaded: Save
    /// refuses, and Reload (shown beside the message) reads the record as it is now.
    bool hasConflict() const;
    /// Reads the saved record again, dropping unsaved changes (the conflict's way out).
    void reload();
    /// Shows a saved record (clean).
    void load(qint64 id);
    /// Clears to a new record and puts the focus on its first fact.
    virtual void startNew();
    /// Writes the record (Ctrl+Enter); false with an inline message when core refuses it.
    bool save();
    /// Drops unsaved changes (Esc): back to the saved record, or empty.
    void cancel();
    virtual bool canDelete() const { return false; }
    virtual void deleteRecord() {}
    void setLanguages(const QString &first, const QString &second);
    SideBySideView *view() const { return m_view; }
    QString message() const;
    /// The field marked as the cause of the error shown, if any.
    QWidget *markedField() const { return m_marked; }

    /// The unsaved state, for crash recovery; restoreDraft shows it again as unsaved.
    QJsonObject draft() const;
    void restoreDraft(const QJsonObject &draft);

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void languagesChosen(const QString &first, const QString &second);

protected:
    /// Reads the record into the facts and the view; an error leaves the editor empty.
    virtual Status read(qint64 id) = 0;
    /// Clears the facts for a new record.
    virtual void clearFacts() = 0;
    /// Saves (add or update) and pushes the undo command; returns the record id.
    virtual Result<qint64> write() = 0;
    /// Checks what the form holds as write() would, saving nothing: an error message shown goes
    /// as soon as this passes. The default finds nothing wrong (any edit clears the message).
    virtual Status check() const { return {}; }
    /// Asks what the user must confirm before the record is saved, outside any transaction (a
    /// question must never hold the file's write lock); false cancels the save, writing nothing.
    virtual bool confirmSave() { return true; }
    /// The field an error message is about, to mark it (nullptr: none in particular).
    virtual QWidget *fieldOf(const QString &message) const { Q_UNUSED(message); return nullptr; }
    virtual QJsonObject factsDraft() const = 0;
    virtual void restoreFactsDraft(const QJsonObject &facts) = 0;
    /// The first widget a new record's typing goes to.
    virtual QWidget *firstFact() const = 0;

    Workbench &workbench() const { return m_workbench; }
    QFormLayout *facts() const { return m_facts; }
    /// The heading; a badge naming another record of this section (linkTo) is a link that shows it.
    void setHeading(const QString &title, const QString &badge, qint64 linkTo = 0);
    void setSummary(const QString &summary);
    void setFields(const QList<QPair<QString, bool>> &fields, const domain::RecordTexts &texts);
    void setReadOnly(bool readOnly);
    /// Facts final, texts open to translation (a posted ledger entry): the facts are disabled and
    /// the originals locked, while every translation stays editable and Save saves them.
    void setTranslationsOnly(bool translationsOnly);
    void showMessage(const QString &message, bool error = true);
    /// After a delete with undo: reports done and starts a new record, or shows the refusal and
    /// keeps the record on screen.
    void finishDelete(const Status &removed, const QString &done);
    /// Call after any edit: the editor is dirty while what it shows differs from what was loaded
    /// (or from the empty new record), and clean again when the user puts it back.
    void markDirty();
    /// The record's day as the columns show it: each column formats date for its own locale as it
    /// is typed, and an edit marks the editor dirty.
    void followDate(DateField *date);
    /// Tab order: the facts in order, then down one column, then down the other.
    void setFactOrder(const QList<QWidget *> &widgets);
    void updateTabOrder();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Remembers what the editor shows now as the unchanged state.
    void markClean();
    /// The record as stored now (store::recordVersion), or an empty string when it is gone.
    Result<QString> storedVersion() const;
    /// Another process committed: show its version of the record, or warn if the user is editing it.
    void changedElsewhere();
    void showConflict(const QString &message);
    /// True when the window's file cannot be written (see SharedFile).
    bool fileReadOnly() const;
    Workbench &m_workbench;
    Section m_section;
    qint64 m_id = 0;
    bool m_new = false;
    bool m_dirty = false;
    bool m_loading = false;
    QJsonObject m_clean; ///< draft() as loaded or started; dirty means draft() differs from it
    QString m_version;   ///< the record as loaded (store::recordVersion); a save expects it unchanged
    bool m_messageIsError = false;
    QWidget *m_messageBox = nullptr; ///< the message with its icon
    QLabel *m_messageIcon = nullptr;
    QPointer<QWidget> m_marked;      ///< the field the error is about, tinted while it stands
    ElidingLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QFormLayout *m_facts = nullptr;
    QScrollArea *m_scroll = nullptr;
    SideBySideView *m_view = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_reload = nullptr;
    QList<QWidget *> m_factOrder;
    QList<QWidget *> m_tabChain;
};

} // namespace trellis::gui
