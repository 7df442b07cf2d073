#include "cli/jsonstream.h"

#include <cstring>

namespace trellis::cli {
namespace {
constexpr qsizetype kBlock = 1 << 20;
}

void JsonStream::ascii(const char *text) { m_buffer.append(text, qsizetype(std::strlen(text))); }

void JsonStream::next(const char *key)
{
    if (!m_first)
        m_buffer.append(',');
    m_first = false;
    if (key) {
        m_buffer.append('"');
        ascii(key);
        m_buffer.append("\":", 2);
    }
}

void JsonStream::string(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_buffer.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_buffer.append('\\');
            m_buffer.append(c);
        } else if (byte < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 15]};
            m_buffer.append(escaped, 6);
        } else {
            m_buffer.append(c);
        }
    }
    m_buffer.append('"');
    if (m_buffer.size() >= kBlock)
        flush();
}

JsonStream &JsonStream::beginObject(const char *key)
{
    next(key);
    m_buffer.append('{');
    m_first = true;
    return *this;
}

JsonStream &JsonStream::endObject()
{
    m_buffer.append('}');
    m_first = false;
    return *this;
}

JsonStream &JsonStream::beginArray(const char *key)
{
    next(key);
    m_buffer.append('[');
    m_first = true;
    return *this;
}

JsonStream &JsonStream::endArray()
{
    m_buffer.append(']');
    m_first = false;
    return *this;
}

JsonStream &JsonStream::value(const char *key, const QString &text)
{
    next(key);
    string(text);
    return *this;
}

JsonStream &JsonStream::value(const char *key, qint64 number)
{
    next(key);
    m_buffer.append(QByteArray::number(number));
    return *this;
}

JsonStream &JsonStream::null(const char *key)
{
    next(key);
    ascii("null");
    return *this;
}

JsonStream &JsonStream::newline()
{
    m_buffer.append('\n');
    return *this;
}

void JsonStream::flush()
{
    if (!m_buffer.isEmpty())
        std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), m_out);
    m_buffer.resize(0); // keeps the block allocated
}

} // namespace trellis::cli
