#pragma once
// One section of the workbench: its filters and list on one side, its record editor beside it.

#include "gui/sections/section.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace trellis::gui {

class RecordEditor;
class Workbench;

/// The list-and-detail page of one section. The model gives each row's record id in its IdRole
/// (Qt::UserRole + 2); the editor shows the selected record.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kIdRole = Qt::UserRole + 2;

    SectionPage(Workbench &workbench, Section section, QAbstractItemModel *model, RecordEditor *editor,
                QWidget *filters = nullptr, QWidget *parent = nullptr);

    Section section() const { return m_section; }
    QTableView *list() const { return m_list; }
    RecordEditor *editor() const { return m_editor; }
    QAbstractItemModel *model() const { return m_model; }

    /// Puts the pair on the list (the first language) and the editor (both).
    void setLanguages(const QString &first, const QString &second);
    /// Hook the page calls when the list's language changes (the model's setLanguage).
    void setLanguageHook(std::function<void(const QString &, const QString &)> hook) { m_languageHook = std::move(hook); }
    /// How openRecord finds a record's row in a model too large to walk (-1: not listed).
    void setRowLookup(std::function<int(qint64)> lookup) { m_rowLookup = std::move(lookup); }
    /// How the page reads its list again when another process committed (the model's refresh).
    void setRefreshHook(std::function<void()> hook) { m_refreshHook = std::move(hook); }
    /// Reads the list again, keeping the selected record and the scroll place.
    void refreshFromFile();
    void newRecord();
    /// Shows a record in the editor and selects its row when the list has loaded it.
    void openRecord(qint64 id);
    void selectFirst();
    /// F2: puts the focus in the editor's first text.
    void editCurrent();
    /// Asks what to do with unsaved changes before they would be replaced; false to stay.
    bool settleUnsaved();

private:
    void selectRow(int row, bool scroll = true);
    int rowOf(qint64 id) const;
    void currentRowChanged(int row);
    Workbench &m_workbench;
    Section m_section;
    QAbstractItemModel *m_model = nullptr;
    QTableView *m_list = nullptr;
    RecordEditor *m_editor = nullptr;
    QLabel *m_heading = nullptr;
    std::function<void(const QString &, const QString &)> m_languageHook;
    std::function<int(qint64)> m_rowLookup;
    std::function<void()> m_refreshHook;
    bool m_selecting = false;
    bool m_reselect = false; ///< a model update took the current row away; select the editor's again
};

} // namespace trellis::gui
