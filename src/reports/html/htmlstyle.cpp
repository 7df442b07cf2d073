#include "reports/html/htmlstyle.h"

#include "reports/pagesetup.h"

namespace trellis::reports {
namespace {

/// A CSS string literal: quotes and backslashes escaped, line breaks and "<" written as escapes
/// so no text can leave the string or the style element.
QString cssString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\' || c == u'<' || c == u'>' || c.unicode() < 0x20)
            out += QStringLiteral("\\%1 ").arg(c.unicode(), 0, 16);
        else
            out += c;
    }
    return out + u'"';
}

const char kStyle[] = R"css(
:root { --ink: #1d1d1b; --rule: #c9c9c4; --soft: #f3f2ee; --mark: #9b2c1f; }
html { font-family: "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); font-size: 11pt; line-height: 1.45; }
body { margin: 2em auto; max-width: 60em; padding: 0 1em; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
:lang(fa) { font-family: "Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", serif; }
:lang(he) { font-family: "Noto Sans Hebrew", "DejaVu Sans", sans-serif; }
:lang(hi) { font-family: "Noto Sans Devanagari", sans-serif; }
:lang(th) { font-family: "Noto Sans Thai", "Noto Looped Thai", sans-serif; }
:lang(zh), :lang(zh-Hans) { font-family: "Noto Sans CJK SC", sans-serif; }
:lang(zh-Hant) { font-family: "Noto Sans CJK TC", sans-serif; }
:lang(ja) { font-family: "Noto Sans CJK JP", sans-serif; }
:lang(ko) { font-family: "Noto Sans CJK KR", sans-serif; }
h1 { font-size: 1.7em; margin: 0 0 .4em; }
h2 { font-size: 1.3em; border-bottom: 2px solid var(--ink); margin-top: 1.6em; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
h4, h5, h6 { font-size: 1em; margin-top: 1em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; table-layout: fixed; }
th, td { padding: .3em .5em; vertical-align: top; overflow-wrap: break-word; text-align: start; unicode-bidi: isolate; }
thead th { border-bottom: 1px solid var(--ink); font-weight: 600; }
table.sbs col.side, table.facts col.side { width: 50%; }
table.sbs td, table.facts td { border-bottom: 1px solid var(--rule); }
table.sbs td + td, table.facts td + td { border-inline-start: 1px solid var(--rule); }
tr.label th { font-weight: normal; font-size: .85em; color: #555; padding-bottom: 0; border: 0; }
tr.heading td { font-weight: 700; font-size: 1.1em; }
table.data { table-layout: auto; font-size: .92em; }
table.data td { border-bottom: 1px solid var(--rule); }
table.data td.num { text-align: end; white-space: nowrap; }
table.data tbody tr:nth-child(even) { background: var(--soft); }
caption { caption-side: top; text-align: start; font-weight: 600; padding: .3em 0; }
.missing { color: var(--mark); font-style: italic; font-size: .9em; }
.missing::before { content: "\2205\00a0"; }
td.missing-cell { background: #fbefec; }
.status { color: #666; font-size: .75em; border: 1px solid var(--rule); border-radius: .3em; padding: 0 .25em; white-space: nowrap; }
section.chain code { overflow-wrap: anywhere; font-size: .9em; }
section.chain dt { font-weight: 600; }
figure.chart { margin: 1em 0; }
figure.chart svg { width: 100%; height: auto; max-height: 22em; }
figure.chart figcaption { font-size: .9em; color: #444; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr, figure, tr.label + tr.texts { break-inside: avoid; }
  tr.label { break-after: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  table.data tbody tr:nth-child(even) { background: none; }
}
)css";

} // namespace

QString reportStyle(const QString &pageLocale, const QString &title)
{
    const QPageLayout layout = reportPageLayout(pageLocale);
    const bool letter = layout.pageSize().id() == QPageSize::Letter;
    const auto margins = layout.margins(QPageLayout::Millimeter);
    QString page = QStringLiteral("@page { size: %1; margin: %2mm %3mm %4mm %5mm;\n"
                                  "  @top-center { content: %6; font-size: 8pt; color: #555; }\n"
                                  "  @bottom-center { content: counter(page) \" / \" counter(pages); font-size: 8pt; color: #555; } }\n")
                       .arg(letter ? QStringLiteral("letter") : QStringLiteral("A4"))
                       .arg(margins.top())
                       .arg(margins.right())
                       .arg(margins.bottom())
                       .arg(margins.left())
                       .arg(cssString(title));
    return page + QString::fromUtf8(kStyle);
}

} // namespace trellis::reports
