#pragma once
// One section of the workbench: its list above and its side-by-side detail beside it.

#include "gui/section.h"

#include <QWidget>

class QTableView;
class QLabel;

namespace trellis::gui {

/// The list-and-detail page of one section.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    SectionPage(Section section, QWidget *parent = nullptr);
    Section section() const { return m_section; }
    QTableView *list() const { return m_list; }

private:
    Section m_section;
    QTableView *m_list = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace trellis::gui
