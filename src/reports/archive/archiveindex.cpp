#include "reports/archive/archiveindex.h"

#include "reports/columnformat.h"
#include "reports/html/htmlreport.h"
#include "reports/html/htmlstyle.h"

#include <QCoreApplication>
#include <QIODevice>

namespace trellis::reports {
namespace {

class ArchiveText {
    Q_DECLARE_TR_FUNCTIONS(Archive)
public:
    static QString title() { return tr("Bilingual archive"); }
    static QString handover() { return tr("Hand-over"); }
};

QString page(const QString &ui, const QString &title, const QString &body)
{
    const QString dir = i18n::textDirection(ui) == i18n::TextDirection::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"generator\" content=\"Trellis\">\n<title>%3</title>\n<style>\n%4</style>\n</head>\n"
                          "<body>\n%5</body>\n</html>\n")
        .arg(escapeHtml(ui), dir, escapeHtml(title), reportStyle(QStringLiteral("en"), title), body);
}

QString chainHtml(const ArchiveIndex &index)
{
    if (index.chainHead.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(escapeHtml(QCoreApplication::translate("Archive", "Nothing is posted in the ledger yet.")));
    return QStringLiteral("<section class=\"chain\">\n<h2>%1</h2>\n<dl>\n<dt>%2</dt><dd><code dir=\"ltr\">%3</code></dd>\n"
                          "<dt>%4</dt><dd dir=\"ltr\">%5</dd>\n<dt>%6</dt><dd><code dir=\"ltr\">trellis-cli check WORKSPACE --head %3</code></dd>\n</dl>\n</section>\n")
        .arg(escapeHtml(QCoreApplication::translate("Archive", "Ledger chain")),
             escapeHtml(QCoreApplication::translate("Archive", "Head (SHA-256)")), escapeHtml(index.chainHead),
             escapeHtml(QCoreApplication::translate("Archive", "Entries covered")), QString::number(index.chainEntries),
             escapeHtml(QCoreApplication::translate("Archive", "Verify with")));
}

Status put(QIODevice &device, const QString &html)
{
    const QByteArray bytes = html.toUtf8();
    if (device.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, device.errorString());
    return {};
}

} // namespace

Status ArchiveIndex::writeIndex(QIODevice &device) const
{
    const QString title = ArchiveText::title() + QStringLiteral(" — ") + alliance;
    QString body = QStringLiteral("<h1 dir=\"auto\">%1</h1>\n<p>%2</p>\n")
                       .arg(escapeHtml(title),
                            escapeHtml(QCoreApplication::translate("Archive", "Every record of the alliance, side by side in %1 and %2. "
                                                                              "This archive opens in any browser, offline; "
                                                                              "MANIFEST.sha256 lists the SHA-256 of every file "
                                                                              "(check it with: sha256sum -c MANIFEST.sha256).")
                                           .arg(i18n::languageAutonym(first.language), i18n::languageAutonym(second.language))));
    const auto list = [](const QString &heading, const QList<Link> &links) -> QString {
        QString html = QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(escapeHtml(heading));
        for (const Link &l : links)
            html += QStringLiteral("<li><a href=\"%1\" dir=\"auto\">%2</a> <code dir=\"ltr\">%1</code></li>\n")
                        .arg(escapeHtml(l.path), escapeHtml(l.title));
        return html + QStringLiteral("</ul>\n");
    };
    body += list(QCoreApplication::translate("Archive", "Reports"), reports);
    if (!pdfs.isEmpty())
        body += list(QCoreApplication::translate("Archive", "Reports as PDF"), pdfs);
    body += list(QCoreApplication::translate("Archive", "Tables (CSV)"), tables);
    body += list(ArchiveText::handover(), {{ArchiveText::handover(), QStringLiteral("handover.html")}});
    body += chainHtml(*this);
    return put(device, page(uiLanguage, title, body));
}

Status ArchiveIndex::writeHandover(QIODevice &device) const
{
    const QString title = ArchiveText::handover() + QStringLiteral(" — ") + alliance;
    QString body = QStringLiteral("<h1 dir=\"auto\">%1</h1>\n<table class=\"facts\">\n<colgroup><col class=\"side\"><col class=\"side\"></colgroup>\n<tbody>\n")
                       .arg(escapeHtml(title));
    const QString custodianText = custodian.isEmpty() ? QCoreApplication::translate("Archive", "(not named)") : custodian;
    body += QStringLiteral("<tr class=\"label\"><th colspan=\"2\">%1</th></tr>\n<tr class=\"texts\"><td colspan=\"2\" dir=\"auto\">%2</td></tr>\n")
                .arg(escapeHtml(QCoreApplication::translate("Archive", "Custodian")), escapeHtml(custodianText));
    body += QStringLiteral("<tr class=\"label\"><th colspan=\"2\">%1</th></tr>\n<tr class=\"texts\">")
                .arg(escapeHtml(QCoreApplication::translate("Archive", "Handed over on")));
    for (const Column &c : {first, second}) {
        const Cell day = dateCell(c, handedOverOn);
        body += QStringLiteral("<td lang=\"%1\" dir=\"%2\">%3</td>")
                    .arg(escapeHtml(c.language), c.direction == i18n::TextDirection::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"),
                         escapeHtml(day.text));
    }
    body += QStringLiteral("</tr>\n</tbody>\n</table>\n");
    body += chainHtml(*this);
    body += QStringLiteral("<p><a href=\"index.html\">%1</a></p>\n").arg(escapeHtml(ArchiveText::title()));
    return put(device, page(uiLanguage, title, body));
}

} // namespace trellis::reports
