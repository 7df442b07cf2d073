// Trellis: the slow-solidarity workbench.
#include "gui/app/application.h"

int main(int argc, char *argv[])
{
    return trellis::gui::runApplication(argc, argv);
}
