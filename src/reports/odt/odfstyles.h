#pragma once
// The ODF paragraph styles a report needs: one per language, direction and role, named as used.

#include "i18n/language.h"

#include <QMap>
#include <QString>
#include <QStringList>

class QXmlStreamWriter;

namespace trellis::reports {

/// What a paragraph is in a report; each role has its size and weight.
enum class OdfRole { Text, Label, Heading, TableHeader, TableCell, Missing, Note, Title, SectionTitle };

/// Collects the automatic paragraph styles a report's body uses and writes them out.
class OdfStyles {
public:
    /// The style name for a paragraph in language (empty: none) running in direction with role.
    QString paragraph(const QString &language, i18n::TextDirection direction, OdfRole role, bool alignEnd = false);
    /// Every font family the styles name (for office:font-face-decls).
    QStringList families() const;
    /// Writes the <style:style> elements.
    void write(QXmlStreamWriter &xml) const;

private:
    struct Style {
        QString language;
        i18n::TextDirection direction;
        OdfRole role;
        bool alignEnd;
    };
    QMap<QString, Style> m_styles;
};

/// Writes fo:language / style:language-complex / style:language-asian (and countries) and the
/// three script classes' fonts for a language onto the current <style:text-properties>.
void writeLanguageProperties(QXmlStreamWriter &xml, const QString &language);

} // namespace trellis::reports
