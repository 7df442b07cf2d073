#include "gui/facilitation/phasepanel.h"

#include "gui/facilitation/retrosession.h"
#include "i18n/language.h"

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
    return QStringLiteral("<table width=\"100%\" cellpadding=\"6\"><tr>") + cell(languageA) + cell(languageB)
           + QStringLiteral("</tr></table>");
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
