#pragma once
// Builds the page of each section: its list model, filters and record editor, wired to the workbench.

#include "gui/sections/section.h"

class QWidget;

namespace trellis::gui {

class SectionPage;
class Workbench;

/// The list-and-detail page of section, with its model kept in step with the workbench's changes.
SectionPage *makeSectionPage(Workbench &workbench, Section section, QWidget *parent);

} // namespace trellis::gui
