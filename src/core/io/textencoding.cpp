#include "io/textencoding.h"

namespace trellis::io {

DetectedEncoding detectEncoding(QByteArrayView head)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(head[i]); };
    if (head.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF)
        return {CsvEncoding::Utf8, 3};
    if (head.size() >= 2 && byte(0) == 0xFF && byte(1) == 0xFE)
        return {CsvEncoding::Utf16LE, 2};
    if (head.size() >= 2 && byte(0) == 0xFE && byte(1) == 0xFF)
        return {CsvEncoding::Utf16BE, 2};

    // Without a BOM: text of a CSV file is mostly ASCII (digits, delimiters, line ends), which UTF-16
    // stores with a NUL in the high byte. UTF-8 text has no NUL at all.
    qsizetype pairs = 0, lowNul = 0, highNul = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        ++pairs;
        const bool first = byte(i) == 0, second = byte(i + 1) == 0;
        if (second && !first)
            ++lowNul; // "a\0": little endian
        else if (first && !second)
            ++highNul; // "\0a": big endian
    }
    if (pairs >= 2) {
        if (lowNul * 4 >= pairs && lowNul >= 4 * highNul)
            return {CsvEncoding::Utf16LE, 0};
        if (highNul * 4 >= pairs && highNul >= 4 * lowNul)
            return {CsvEncoding::Utf16BE, 0};
    }
    return {CsvEncoding::Utf8, 0};
}

const char *encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto: return "automatic";
    case CsvEncoding::Utf8: return "UTF-8";
    case CsvEncoding::Utf16LE: return "UTF-16LE";
    case CsvEncoding::Utf16BE: return "UTF-16BE";
    }
    return "unknown";
}

} // namespace trellis::io
