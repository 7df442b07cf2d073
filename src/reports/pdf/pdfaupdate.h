#pragma once
// Turns the PDF cairo writes into a PDF/A-1b file by appending an incremental update.

#include "util/result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace trellis::reports {

/// What PDF/A-1b asks that cairo 1.16 does not give, added after cairo's last byte:
/// XMP metadata matching the document information, an sRGB output intent, a file identifier,
/// pages without transparency groups, and each CID font's CIDSet and CIDToGIDMap.
/// It watches the bytes as they are written (feed), so the file is never read back.
class PdfAUpdate {
public:
    /// created: when the report was made; invalid for an undated report (the archive's). The title
    /// is kept as XML and PDF text can hold it: controls become spaces, lone surrogates U+FFFD.
    PdfAUpdate(QString title, QDateTime created);

    /// Every byte cairo writes, in order.
    void feed(const char *data, qint64 length);

    /// The bytes to append to what was fed, or why the file cannot be made PDF/A.
    Result<QByteArray> finish() const;

private:
    /// An object's text (or a font program's bytes) as it went by, and where it began.
    struct Captured {
        qint64 offset = 0;
        QByteArray body; // from after "N 0 obj\n" to "endobj" or "stream\n"
    };

    void onLine(const QByteArray &line, qint64 lineStart);
    void capture(const char *data, qint64 length);
    void captureStream(const char *data, qint64 length);
    void keep(const char *data, qint64 length);
    std::optional<int> glyphsOf(const QHash<int, QByteArray> &programs, const QByteArray &descriptor, int widths) const;

    QString m_title;
    QDateTime m_created;
    QCryptographicHash m_digest{QCryptographicHash::Md5};
    qint64 m_offset = 0;
    QByteArray m_line;        // the current line's first bytes
    qint64 m_lineStart = 0;
    int m_maxObject = 0;
    bool m_capturing = false;
    int m_captureObject = 0;
    Captured m_capture;
    QHash<int, QList<Captured>> m_objects; // candidates, checked against the cross-reference table
    bool m_inStream = false;                // capturing a TrueType font program's bytes
    Captured m_program;                     // body: the compressed program
    QHash<int, QList<Captured>> m_programs; // TrueType font programs, candidates as above
    bool m_inTail = false;
    QByteArray m_tail; // from the last "xref" line to the end
};

} // namespace trellis::reports
