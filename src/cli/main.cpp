// trellis-cli: the scripting face of Trellis.
#include "cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trellis"));
    QCoreApplication::setOrganizationName(QStringLiteral("trellis"));
    return trellis::cli::run(app.arguments());
}
