#pragma once
// Which text encoding a CSV file uses, and how it is told apart from its first bytes.

#include <QByteArrayView>

namespace trellis::io {

/// The encodings a CSV file may use. Auto asks the reader to detect it.
enum class CsvEncoding { Auto, Utf8, Utf16LE, Utf16BE };

/// An encoding found at the start of a file, and the length of its byte-order mark (0 when none).
struct DetectedEncoding {
    CsvEncoding encoding = CsvEncoding::Utf8;
    int bomLength = 0;
};

/// Detects UTF-8 or UTF-16 from a byte-order mark, or UTF-16 without one from its pattern of NUL bytes.
DetectedEncoding detectEncoding(QByteArrayView head);

/// The name of an encoding for messages and logs ("UTF-8", "UTF-16LE", ...).
const char *encodingName(CsvEncoding encoding);

} // namespace trellis::io
