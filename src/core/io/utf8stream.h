#pragma once
// Reads a device in chunks and hands out its text as UTF-8 bytes, transcoding UTF-16 on the way.

#include "io/textencoding.h"
#include "util/result.h"

#include <QByteArray>

class QIODevice;

namespace trellis::io {

/// Streams a device's text as UTF-8 bytes. Invalid input is passed on as invalid UTF-8 (never repaired),
/// so the parser can reject the one record that holds it: lone UTF-16 surrogates become their 3-byte
/// forms and a trailing odd byte becomes 0xFF, both of which strict UTF-8 decoding refuses.
class Utf8Stream {
public:
    Utf8Stream(QIODevice &device, CsvEncoding encoding, qsizetype chunkBytes);

    /// The next piece of text; an empty array at the end of the device.
    Result<QByteArray> read();
    /// The encoding in use; known after the first read().
    CsvEncoding encoding() const { return m_encoding; }
    bool hadByteOrderMark() const { return m_bomLength > 0; }

private:
    Result<QByteArray> readDevice(qsizetype maxBytes);
    QByteArray fromUtf16(const QByteArray &bytes, bool last);

    QIODevice &m_device;
    CsvEncoding m_encoding;
    qsizetype m_chunkBytes;
    int m_bomLength = 0;
    bool m_started = false;
    bool m_ended = false;
    QByteArray m_pending;        // bytes read for detection, not handed out yet
    QByteArray m_oddByte;        // half a UTF-16 code unit waiting for its other half
    char16_t m_highSurrogate = 0; // waiting for its low surrogate
};

} // namespace trellis::io
