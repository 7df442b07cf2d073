#include "gui/sectionpage.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace trellis::gui {

SectionPage::SectionPage(Section section, QWidget *parent) : QWidget(parent), m_section(section)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(sectionLabel(section).toHtmlEscaped()), this);
    m_list = new QTableView(this);
    m_list->setAccessibleName(sectionLabel(section));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->hide();
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
}

} // namespace trellis::gui
