#include "gui/facilitation/phasepanel.h"

#include "gui/facilitation/retrosession.h"
#include "i18n/language.h"

#include <QGuiApplication>

namespace trellis::gui {

const domain::RetroRun &PhasePanel::run() const { return m_session.run(); }

QString roomParagraph(const QString &text, const QString &language, const QString &style)
{
    const bool rtl = i18n::isRightToLeft(language);
    return QStringLiteral("<p dir=\"%1\" align=\"%2\" style=\"%3\">%4</p>")
        .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"), rtl ? QStringLiteral("right") : QStringLiteral("left"),
             style, text.toHtmlEscaped());
}

QString roomPair(const domain::BilingualText &text, const QString &languageA, const QString &languageB)
{
    auto cell = [&](const QString &language) -> QString {
        const auto shown = text.textIn(language);
        const QString body = shown ? roomParagraph(*shown, language)
                                   : roomParagraph(QStringLiteral("—"), language, QStringLiteral("color: gray"));
        return QStringLiteral("<td width=\"50%\">") + body + QStringLiteral("</td>");
    };
    // The room's view mirrors in a right-to-left UI: the pair's first language on the right.
    const bool mirrored = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    QString html = QStringLiteral("<table width=\"100%\" cellpadding=\"6\"><tr>")
                   + (mirrored ? cell(languageB) + cell(languageA) : cell(languageA) + cell(languageB))
                   + QStringLiteral("</tr></table>");
    // Said in a third language and not yet translated: the room still reads the original, marked.
    if (!text.textIn(languageA) && !text.textIn(languageB) && !text.original().isEmpty())
        html += roomParagraph(QStringLiteral("%1 (%2)").arg(text.original(), text.originalLanguage()), text.originalLanguage(),
                              QStringLiteral("color: gray"));
    return html;
}

QString roomQuestion(domain::RetroQuestion question, const QString &languageA, const QString &languageB)
{
    domain::BilingualText text;
    if (auto a = domain::retroQuestionIn(question, languageA))
        text = domain::BilingualText(languageA, *a);
    if (auto b = domain::retroQuestionIn(question, languageB)) {
        if (text.isEmpty())
            text = domain::BilingualText(languageB, *b);
        else
            text.setTranslation(languageB, {*b, domain::TranslationStatus::Reviewed, {}, {}});
    }
    return QStringLiteral("<div style=\"font-weight: bold\">") + roomPair(text, languageA, languageB)
           + QStringLiteral("</div>");
}

} // namespace trellis::gui
