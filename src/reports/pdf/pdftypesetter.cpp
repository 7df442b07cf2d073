#include "reports/pdf/pdftypesetter.h"

#include "reports/pdf/reportfonts.h"

#include <pango/pangocairo.h>

#include <QByteArray>

namespace trellis::reports {

namespace {

PangoContext *makeContext(PangoFontMap *fontMap, PangoDirection direction)
{
    PangoContext *context = pango_font_map_create_context(fontMap);
    // Metrics that do not depend on a device: the counting pass and the drawing pass agree.
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_cairo_context_set_resolution(context, 72.0);
    // At 72 units per inch, rounding glyph positions moves glyphs by up to half a point: readers
    // then see gaps inside words and extract "م راج عة" for "مراجعة". Exact positions, exact text.
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_context_set_base_dir(context, direction);
    return context;
}

QByteArray familyList(const QString &language)
{
    // The language's own family first, Noto Sans for the Latin in it, then fontconfig's fallbacks.
    QString families = reportFontFor(language).family;
    if (families != QLatin1String("Noto Sans"))
        families += QLatin1String(",Noto Sans");
    return families.toUtf8();
}

PangoFontDescription *fontFor(const QString &language, const TextStyle &style)
{
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family(font, familyList(language).constData());
    pango_font_description_set_size(font, static_cast<int>(style.size * PANGO_SCALE));
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    return font;
}

PangoLayout *newLayout(PangoContext *context, const QString &text, const QString &language, const TextStyle &style)
{
    PangoLayout *layout = pango_layout_new(context);
    pango_layout_set_auto_dir(layout, FALSE);
    PangoFontDescription *font = fontFor(language, style);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    if (!language.isEmpty()) {
        PangoAttrList *attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes,
                               pango_attr_language_new(pango_language_from_string(language.toUtf8().constData())));
        pango_layout_set_attributes(layout, attributes);
        pango_attr_list_unref(attributes);
    }
    const QByteArray utf8 = text.toUtf8();
    pango_layout_set_text(layout, utf8.constData(), static_cast<int>(utf8.size()));
    return layout;
}

} // namespace

TypesetText::TypesetText(PangoLayout *layout, double grey) : m_layout(layout), m_grey(grey)
{
    PangoLayoutIter *iter = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        LineBox box;
        box.top = double(logical.y) / PANGO_SCALE;
        box.bottom = double(logical.y + logical.height) / PANGO_SCALE;
        box.baseline = double(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
        box.x = double(logical.x) / PANGO_SCALE;
        m_lines.push_back(box);
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

TypesetText::TypesetText(TypesetText &&other) noexcept
    : m_layout(std::exchange(other.m_layout, nullptr)), m_lines(std::move(other.m_lines)), m_grey(other.m_grey)
{
}

TypesetText &TypesetText::operator=(TypesetText &&other) noexcept
{
    if (this != &other) {
        if (m_layout)
            g_object_unref(m_layout);
        m_layout = std::exchange(other.m_layout, nullptr);
        m_lines = std::move(other.m_lines);
        m_grey = other.m_grey;
    }
    return *this;
}

TypesetText::~TypesetText()
{
    if (m_layout)
        g_object_unref(m_layout);
}

PdfTypesetter::PdfTypesetter()
    : m_fontMap(pango_cairo_font_map_new()),
      m_ltr(makeContext(m_fontMap, PANGO_DIRECTION_LTR)),
      m_rtl(makeContext(m_fontMap, PANGO_DIRECTION_RTL))
{
}

PdfTypesetter::~PdfTypesetter()
{
    g_object_unref(m_rtl);
    g_object_unref(m_ltr);
    g_object_unref(m_fontMap);
}

TypesetText PdfTypesetter::set(const QString &text, const QString &language, i18n::TextDirection direction,
                               double width, const TextStyle &style, TextAlign align) const
{
    const bool rtl = direction == i18n::TextDirection::RightToLeft;
    PangoLayout *layout = newLayout(rtl ? m_rtl : m_ltr, text, language, style);
    if (width > 0) {
        pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    }
    PangoAlignment alignment = PANGO_ALIGN_CENTER;
    if (align == TextAlign::Start)
        alignment = rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
    else if (align == TextAlign::End)
        alignment = rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
    pango_layout_set_alignment(layout, alignment);
    return TypesetText(layout, style.grey);
}

double PdfTypesetter::naturalWidth(const QString &text, const QString &language, const TextStyle &style) const
{
    PangoLayout *layout = newLayout(m_ltr, text, language, style);
    int width = 0;
    pango_layout_get_size(layout, &width, nullptr);
    g_object_unref(layout);
    return double(width) / PANGO_SCALE;
}

} // namespace trellis::reports
