#include "reports/archive/zipfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>

#include <array>

namespace trellis::reports {
namespace {

std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

quint32 crc32(const QByteArray &data)
{
    static const auto table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void le16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void le32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
constexpr quint16 kUtf8Names = 1 << 11;

} // namespace

Status writeZip(QIODevice &device, const QString &folder, const QStringList &names, const QString &root)
{
    QByteArray central;
    quint32 offset = 0;
    const auto write = [&](const QByteArray &bytes) -> Status {
        if (device.write(bytes) != bytes.size())
            return makeError(ErrorCode::Io, device.errorString());
        offset += quint32(bytes.size());
        return {};
    };
    for (const QString &name : names) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QCoreApplication::translate("Archive", "Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray data = file.readAll();
        if (quint64(data.size()) >= 0xFFFFFFFFu || quint64(offset) + quint64(data.size()) >= 0xFFFFFFFFu)
            return makeError(ErrorCode::Io, QCoreApplication::translate("Archive", "The archive is too large for one ZIP file; keep the folder."));
        const QByteArray path = (root + u'/' + name).toUtf8();
        const quint32 crc = crc32(data);
        QByteArray header;
        le32(header, 0x04034b50);
        le16(header, 20);
        le16(header, kUtf8Names);
        le16(header, 0); // stored
        le16(header, 0);
        le16(header, kDosDate);
        le32(header, crc);
        le32(header, quint32(data.size()));
        le32(header, quint32(data.size()));
        le16(header, quint16(path.size()));
        le16(header, 0);
        const quint32 at = offset;
        TRELLIS_TRY(write(header + path));
        TRELLIS_TRY(write(data));
        le32(central, 0x02014b50);
        le16(central, 0x0314); // made by: Unix, 2.0
        le16(central, 20);
        le16(central, kUtf8Names);
        le16(central, 0);
        le16(central, 0);
        le16(central, kDosDate);
        le32(central, crc);
        le32(central, quint32(data.size()));
        le32(central, quint32(data.size()));
        le16(central, quint16(path.size()));
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le32(central, 0100644u << 16); // a regular file, rw-r--r--
        le32(central, at);
        central += path;
    }
    const quint32 centralAt = offset;
    QByteArray end;
    le32(end, 0x06054b50);
    le16(end, 0);
    le16(end, 0);
    le16(end, quint16(names.size()));
    le16(end, quint16(names.size()));
    le32(end, quint32(central.size()));
    le32(end, centralAt);
    le16(end, 0);
    TRELLIS_TRY(write(central));
    return write(end);
}

} // namespace trellis::reports
