#pragma once
// Writes JSON to a stdio stream as it goes, for outputs too large to build as a QJsonDocument first.

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace trellis::cli {

/// A JSON writer that streams: objects and arrays are opened and closed in order, commas placed by
/// the writer, strings escaped; bytes go out in large blocks. Nesting is the caller's to keep right.
class JsonStream {
public:
    explicit JsonStream(std::FILE *out) : m_out(out) { m_buffer.reserve((1 << 20) + 4096); }
    ~JsonStream() { flush(); }
    JsonStream(const JsonStream &) = delete;
    JsonStream &operator=(const JsonStream &) = delete;

    JsonStream &beginObject(const char *key = nullptr);
    JsonStream &endObject();
    JsonStream &beginArray(const char *key = nullptr);
    JsonStream &endArray();
    JsonStream &value(const char *key, const QString &text);
    JsonStream &value(const char *key, qint64 number);
    JsonStream &null(const char *key);
    /// Ends the line (between records, to keep a large output readable).
    JsonStream &newline();
    void flush();

private:
    void next(const char *key);
    void string(const QString &text);
    void ascii(const char *text);
    std::FILE *m_out;
    QByteArray m_buffer;
    bool m_first = true; ///< nothing written yet in the current object or array
};

} // namespace trellis::cli
