#pragma once
// Shapes report text with Pango: one layout per cell in its language's font and direction.

#include "i18n/language.h"

#include <QString>

#include <memory>
#include <vector>

typedef struct _PangoContext PangoContext;
typedef struct _PangoFontMap PangoFontMap;
typedef struct _PangoLayout PangoLayout;

namespace trellis::reports {

/// How a piece of text looks: size in points, weight, shade (0 black .. 1 white), italic.
struct TextStyle {
    double size = 9.0;
    bool bold = false;
    bool italic = false;
    double grey = 0.0;
};

/// Where a line of a layout sits, in points from the layout's top.
struct LineBox {
    double top = 0;
    double bottom = 0;
    double baseline = 0;
    double x = 0; ///< the line's start from the layout's left edge (alignment applied)
};

/// A shaped, wrapped paragraph (or several) and its lines. Owns its PangoLayout.
class TypesetText {
public:
    TypesetText() = default;
    TypesetText(PangoLayout *layout, double grey);
    TypesetText(TypesetText &&other) noexcept;
    TypesetText &operator=(TypesetText &&other) noexcept;
    TypesetText(const TypesetText &) = delete;
    TypesetText &operator=(const TypesetText &) = delete;
    ~TypesetText();

    PangoLayout *layout() const { return m_layout; }
    const std::vector<LineBox> &lines() const { return m_lines; }
    double height() const { return m_lines.empty() ? 0.0 : m_lines.back().bottom; }
    double grey() const { return m_grey; }

private:
    PangoLayout *m_layout = nullptr;
    std::vector<LineBox> m_lines;
    double m_grey = 0;
};

/// Where text aligns inside its box, in the box's reading direction.
enum class TextAlign { Start, End, Centre };

/// One typesetting session: a Pango font map and contexts of its own (safe on any one thread).
class PdfTypesetter {
public:
    PdfTypesetter();
    ~PdfTypesetter();
    PdfTypesetter(const PdfTypesetter &) = delete;
    PdfTypesetter &operator=(const PdfTypesetter &) = delete;

    /// Shapes text in language (BCP 47; empty: no language) running in direction, wrapped at width
    /// points (width <= 0: no wrapping). Extra lines of text after a '\n' start new paragraphs.
    TypesetText set(const QString &text, const QString &language, i18n::TextDirection direction, double width,
                    const TextStyle &style, TextAlign align = TextAlign::Start) const;

    /// The width in points the text takes on one line.
    double naturalWidth(const QString &text, const QString &language, const TextStyle &style) const;

private:
    PangoFontMap *m_fontMap = nullptr;
    PangoContext *m_ltr = nullptr;
    PangoContext *m_rtl = nullptr;
};

} // namespace trellis::reports
