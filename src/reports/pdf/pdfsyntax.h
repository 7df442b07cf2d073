#pragma once
// Reading and writing the few pieces of PDF syntax the PDF/A update needs: numbers and references
// in a dictionary, text strings, streams, font programs, and an incremental update's objects,
// cross-reference section and trailer. Cairo 1.16's own layout of these is assumed.

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace trellis::reports::pdfsyntax {

/// The number after key in a dictionary ("/Size 171", "/Root 170 0 R").
std::optional<qint64> numberAfter(const QByteArray &text, const QByteArray &key);
/// The glyphs of a cairo CID font subset by its widths, one per CID from 0 ("/W [0 [ w0 w1 … ]]").
std::optional<int> widthCount(const QByteArray &font);
/// The objects an array of references names ("/Kids [ 2 0 R 18 0 R ]"), in order.
QList<int> referencesIn(const QByteArray &body, const QByteArray &key);
/// body with the reference after key pointing at another object ("/Parent 1 0 R").
QByteArray withReference(QByteArray body, const QByteArray &key, int number);
/// A FlateDecode stream's bytes decoded (empty when they are not zlib data).
QByteArray inflated(const QByteArray &compressed);
/// The glyph count of a TrueType font program, from its 'maxp' table.
std::optional<int> trueTypeGlyphs(const QByteArray &font);
/// body with text inserted before its dictionary's closing ">>".
QByteArray insertIntoDictionary(QByteArray body, const QByteArray &text);
/// A page's dictionary without its /Group entry.
QByteArray withoutGroup(QByteArray body);
/// Text as a PDF text string: UTF-16BE with a byte order mark, in hexadecimal.
QByteArray textString(const QString &text);
/// A stream object's body: the dictionary's entries, its /Length, and the bytes.
QByteArray streamObject(const QByteArray &dictionary, const QByteArray &bytes);

/// The objects of an incremental update, numbered, and the cross-reference section and trailer
/// that name them; offsets count from base, the size of the file before the update.
class UpdateWriter {
public:
    explicit UpdateWriter(qint64 base) : m_base(base) {}
    void object(int number, const QByteArray &body);
    /// The update's bytes, ending with trailer (a dictionary) and startxref.
    QByteArray finish(const QByteArray &trailer);

private:
    qint64 m_base;
    QByteArray m_out;
    QMap<int, qint64> m_offsets;
};

} // namespace trellis::reports::pdfsyntax
