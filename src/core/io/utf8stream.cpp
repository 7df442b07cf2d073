#include "io/utf8stream.h"

#include <QIODevice>

#include <algorithm>

namespace trellis::io {
namespace {

constexpr qsizetype kDetectionBytes = 4096;

void appendUnit(QByteArray &out, char32_t cp)
{
    // Surrogates are written in their (invalid) 3-byte form on purpose: see the class comment.
    if (cp < 0x80) {
        out.append(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.append(static_cast<char>(0xC0 | (cp >> 6)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(static_cast<char>(0xE0 | (cp >> 12)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (cp >> 18)));
        out.append(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool isHigh(char16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
bool isLow(char16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

} // namespace

Utf8Stream::Utf8Stream(QIODevice &device, CsvEncoding encoding, qsizetype chunkBytes)
    : m_device(device), m_encoding(encoding), m_chunkBytes(chunkBytes > 0 ? chunkBytes : 64 * 1024)
{
}

Result<QByteArray> Utf8Stream::readDevice(qsizetype maxBytes)
{
    QByteArray bytes;
    while (bytes.size() < maxBytes && !m_ended) {
        QByteArray piece = m_device.read(maxBytes - bytes.size());
        if (piece.isEmpty()) {
            if (!m_device.isOpen() || !m_device.isReadable())
                return makeError(ErrorCode::Io, QStringLiteral("Could not read the file: %1").arg(m_device.errorString()));
            // A sequential device (a pipe) may just be slow; a file at its end returns nothing.
            if (m_device.isSequential() && !m_device.atEnd() && m_device.waitForReadyRead(30000))
                continue;
            if (m_device.isSequential() && m_device.bytesAvailable() > 0)
                continue;
            m_ended = true;
            break;
        }
        bytes += piece;
        if (m_started) // only the first read insists on enough bytes to detect the encoding
            break;
    }
    return bytes;
}

Result<QByteArray> Utf8Stream::read()
{
    if (!m_device.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("Could not read the file: it is not open for reading."));
    // Loop because half a UTF-16 code unit or a lone high surrogate can leave a piece with no text yet.
    for (;;) {
        QByteArray bytes;
        if (!m_started) {
            auto head = readDevice(std::max(m_chunkBytes, kDetectionBytes));
            if (!head)
                return head.error();
            m_started = true;
            m_pending = std::move(*head);
            const DetectedEncoding found = detectEncoding(m_pending);
            if (m_encoding == CsvEncoding::Auto)
                m_encoding = found.encoding;
            if (found.encoding == m_encoding && found.bomLength > 0) {
                m_bomLength = found.bomLength;
                m_pending.remove(0, m_bomLength);
            }
        }
        if (!m_pending.isEmpty()) { // hand out the detection bytes in pieces of the usual size
            bytes = m_pending.left(m_chunkBytes);
            m_pending.remove(0, bytes.size());
        } else {
            auto piece = readDevice(m_chunkBytes);
            if (!piece)
                return piece.error();
            bytes = std::move(*piece);
        }
        const bool last = m_ended && m_pending.isEmpty();
        QByteArray text = m_encoding == CsvEncoding::Utf8 ? std::move(bytes) : fromUtf16(bytes, last);
        if (!text.isEmpty() || last)
            return text;
    }
}

QByteArray Utf8Stream::fromUtf16(const QByteArray &input, bool last)
{
    const QByteArray bytes = m_oddByte + input;
    m_oddByte.clear();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 2 + 8);
    const bool little = m_encoding == CsvEncoding::Utf16LE;
    const qsizetype even = bytes.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < even; i += 2) {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        const char16_t unit = little ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
        if (m_highSurrogate) {
            const char16_t high = m_highSurrogate;
            m_highSurrogate = 0;
            if (isLow(unit)) {
                appendUnit(out, 0x10000 + ((char32_t(high) - 0xD800) << 10) + (unit - 0xDC00));
                continue;
            }
            appendUnit(out, high); // lone high surrogate
        }
        if (isHigh(unit))
            m_highSurrogate = unit;
        else
            appendUnit(out, unit);
    }
    if (even < bytes.size())
        m_oddByte = bytes.right(1);
    if (last) {
        if (m_highSurrogate)
            appendUnit(out, m_highSurrogate);
        m_highSurrogate = 0;
        if (!m_oddByte.isEmpty())
            out.append('\xFF'); // half a code unit: never valid UTF-8
        m_oddByte.clear();
    }
    return out;
}

} // namespace trellis::io
