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

} // namespace trellis
