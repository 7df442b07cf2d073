#include "reports/odt/odfstyles.h"

#include "reports/pdf/reportfonts.h"

#include <QSet>
#include <QXmlStreamWriter>

namespace trellis::reports {

namespace {

struct RoleLook {
    const char *size;
    bool bold;
    bool italic;
    const char *colour;
};

RoleLook lookOf(OdfRole role)
{
    switch (role) {
    case OdfRole::Text: return {"9pt", false, false, nullptr};
    case OdfRole::Label: return {"7pt", false, false, "#666666"};
    case OdfRole::Heading: return {"10.5pt", true, false, nullptr};
    case OdfRole::TableHeader: return {"7.5pt", true, false, nullptr};
    case OdfRole::TableCell: return {"8pt", false, false, nullptr};
    case OdfRole::Missing: return {"8.5pt", false, true, "#737373"};
    case OdfRole::Note: return {"6.5pt", false, true, "#737373"};
    case OdfRole::Title: return {"16pt", true, false, nullptr};
    case OdfRole::SectionTitle: return {"13pt", true, false, nullptr};
    }
    return {"9pt", false, false, nullptr};
}

const char *roleKey(OdfRole role)
{
    switch (role) {
    case OdfRole::Text: return "T";
    case OdfRole::Label: return "L";
    case OdfRole::Heading: return "H";
    case OdfRole::TableHeader: return "TH";
    case OdfRole::TableCell: return "TC";
    case OdfRole::Missing: return "M";
    case OdfRole::Note: return "N";
    case OdfRole::Title: return "TI";
    case OdfRole::SectionTitle: return "S";
    }
    return "T";
}

const QString kWesternFallback = QStringLiteral("Noto Sans");
const QString kComplexFallback = QStringLiteral("Noto Sans Arabic");
const QString kAsianFallback = QStringLiteral("Noto Sans CJK SC");

/// language, country of a BCP 47 tag as ODF wants them ("pt-BR" -> pt, BR; "zh-Hans" -> zh, CN).
std::pair<QString, QString> languageAndCountry(const QString &tag)
{
    const QStringList parts = tag.split(QLatin1Char('-'));
    const QString language = parts.value(0).toLower();
    QString country;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() == 2 || (parts.at(i).size() == 3 && parts.at(i).at(0).isDigit()))
            country = parts.at(i).toUpper();
    }
    if (country.isEmpty() && language == QLatin1String("zh"))
        country = tag.contains(QLatin1String("Hant"), Qt::CaseInsensitive) ? QStringLiteral("TW") : QStringLiteral("CN");
    return {language, country};
}

} // namespace

QString OdfStyles::paragraph(const QString &language, i18n::TextDirection direction, OdfRole role, bool alignEnd)
{
    QString name = QStringLiteral("P_%1_%2_%3%4")
                       .arg(QLatin1String(roleKey(role)),
                            language.isEmpty() ? QStringLiteral("zxx") : QString(language).replace(QLatin1Char('-'), QLatin1Char('_')),
                            direction == i18n::TextDirection::RightToLeft ? QStringLiteral("rl") : QStringLiteral("lr"),
                            alignEnd ? QStringLiteral("_e") : QString());
    if (!m_styles.contains(name))
        m_styles.insert(name, Style{language, direction, role, alignEnd});
    return name;
}

QStringList OdfStyles::families() const
{
    QSet<QString> families{kWesternFallback, kComplexFallback, kAsianFallback};
    for (const auto &style : m_styles)
        families.insert(reportFontFor(style.language).family);
    QStringList out(families.begin(), families.end());
    out.sort();
    return out;
}

void writeLanguageProperties(QXmlStreamWriter &xml, const QString &language)
{
    const ReportFont font = reportFontFor(language);
    xml.writeAttribute(QStringLiteral("style:font-name"),
                       font.script == ScriptClass::Western ? font.family : kWesternFallback);
    xml.writeAttribute(QStringLiteral("style:font-name-complex"),
                       font.script == ScriptClass::Complex ? font.family : kComplexFallback);
    xml.writeAttribute(QStringLiteral("style:font-name-asian"),
                       font.script == ScriptClass::Asian ? font.family : kAsianFallback);
    if (language.isEmpty())
        return;
    const auto [lang, country] = languageAndCountry(language);
    const QString none = QStringLiteral("none");
    switch (font.script) {
    case ScriptClass::Western:
        xml.writeAttribute(QStringLiteral("fo:language"), lang);
        xml.writeAttribute(QStringLiteral("fo:country"), country.isEmpty() ? none : country);
        break;
    case ScriptClass::Complex:
        xml.writeAttribute(QStringLiteral("style:language-complex"), lang);
        xml.writeAttribute(QStringLiteral("style:country-complex"), country.isEmpty() ? none : country);
        break;
    case ScriptClass::Asian:
        xml.writeAttribute(QStringLiteral("style:language-asian"), lang);
        xml.writeAttribute(QStringLiteral("style:country-asian"), country.isEmpty() ? none : country);
        break;
    }
}

void OdfStyles::write(QXmlStreamWriter &xml) const
{
    for (auto it = m_styles.cbegin(); it != m_styles.cend(); ++it) {
        const Style &style = it.value();
        const RoleLook look = lookOf(style.role);
        const bool rtl = style.direction == i18n::TextDirection::RightToLeft;
        xml.writeStartElement(QStringLiteral("style:style"));
        xml.writeAttribute(QStringLiteral("style:name"), it.key());
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        xml.writeAttribute(QStringLiteral("style:parent-style-name"), QStringLiteral("Standard"));
        xml.writeStartElement(QStringLiteral("style:paragraph-properties"));
        xml.writeAttribute(QStringLiteral("style:writing-mode"), rtl ? QStringLiteral("rl-tb") : QStringLiteral("lr-tb"));
        xml.writeAttribute(QStringLiteral("fo:text-align"), style.alignEnd ? QStringLiteral("end") : QStringLiteral("start"));
        if (style.role == OdfRole::Title || style.role == OdfRole::SectionTitle) {
            xml.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("8pt"));
            xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("4pt"));
            xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        }
        if (style.role == OdfRole::Label)
            xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("style:text-properties"));
        writeLanguageProperties(xml, style.language);
        for (const char *attribute : {"fo:font-size", "style:font-size-complex", "style:font-size-asian"})
            xml.writeAttribute(QLatin1String(attribute), QLatin1String(look.size));
        if (look.bold) {
            for (const char *attribute : {"fo:font-weight", "style:font-weight-complex", "style:font-weight-asian"})
                xml.writeAttribute(QLatin1String(attribute), QStringLiteral("bold"));
        }
        if (look.italic) {
            for (const char *attribute : {"fo:font-style", "style:font-style-complex", "style:font-style-asian"})
                xml.writeAttribute(QLatin1String(attribute), QStringLiteral("italic"));
        }
        if (look.colour)
            xml.writeAttribute(QStringLiteral("fo:color"), QLatin1String(look.colour));
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

} // namespace trellis::reports
