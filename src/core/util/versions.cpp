#include "util/versions.h"

#include "util/buildinfo.h"

#include <sqlite3.h>
#include <unicode/uversion.h>

#include <QtGlobal>

namespace trellis {

QString trellisVersion() { return QStringLiteral(TRELLIS_VERSION_STRING); }

QString sqliteVersion() { return QString::fromLatin1(sqlite3_libversion()); }

QString icuVersion()
{
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

QString qtVersion() { return QString::fromLatin1(qVersion()); }

QString trellisLicence() { return QStringLiteral("GPL-3.0-or-later"); }

QString licenceNotice()
{
    // English on purpose, as GNU programs print it: --version is read by scripts and help2man.
    return QStringLiteral("Copyright 2026 The Trellis contributors.\n"
                          "License %1: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.")
        .arg(trellisLicence());
}

} // namespace trellis
