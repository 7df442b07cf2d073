#pragma once
// Reads a PDF's objects as a viewer does: the newest revision of each, through every
// cross-reference section from the last back along /Prev.

#include <QByteArray>
#include <QHash>
#include <QList>

namespace trellis::test {

/// The objects of a PDF file with classic cross-reference tables (as cairo and PDF/A-1 write).
class PdfObjects {
public:
    explicit PdfObjects(QByteArray file);

    /// The newest revision's text of an object, from after "N 0 obj" to "endobj" (empty: none).
    QByteArray object(int number) const;
    /// The raw bytes between "stream" and "endstream" of a stream object, by its /Length.
    QByteArray streamBytes(int number) const;
    /// The last trailer's dictionary text, and every trailer's (newest first).
    QByteArray trailer() const { return m_trailers.value(0); }
    const QList<QByteArray> &trailers() const { return m_trailers; }
    /// Every object number in use.
    QList<int> numbers() const { return m_offsets.keys(); }
    /// The number an indirect reference after key names ("/Root 170 0 R" → 170), or 0.
    static int reference(const QByteArray &text, const QByteArray &key);
    /// The references of an array after key ("/Kids [ 2 0 R 18 0 R ]").
    static QList<int> references(const QByteArray &text, const QByteArray &key);

private:
    QByteArray m_file;
    QHash<int, qint64> m_offsets;
    QList<QByteArray> m_trailers;
};

} // namespace trellis::test
