#include "reports/columnwords.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace trellis::reports {
namespace {

/// One catalogue per folder and language, loaded on first use and kept (a few hundred kilobytes at most).
std::shared_ptr<const QTranslator> catalogue(const QString &folder, const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QString key = folder + u'/' + language;
    QMutexLocker lock(&mutex);
    if (auto it = loaded.constFind(key); it != loaded.cend())
        return *it;
    auto translator = std::make_shared<QTranslator>();
    const QString file = QStringLiteral("%1/trellis_%2.qm").arg(folder, language);
    std::shared_ptr<const QTranslator> result;
    if (QFileInfo::exists(file) && translator->load(file))
        result = translator;
    loaded.insert(key, result);
    return result;
}

} // namespace

ColumnWords::ColumnWords(QString folder) : m_folder(std::move(folder)) {}

Cell ColumnWords::word(const Column &column, const QString &uiLanguage, const char *context, const char *source) const
{
    // The catalogues are per language, not per region: pt-BR reads trellis_pt.qm.
    const QString language = column.language.section(u'-', 0, 0).section(u'_', 0, 0);
    QString text;
    if (language == QLatin1String("en")) {
        text = QString::fromUtf8(source); // the sources are English
    } else if (const auto translator = catalogue(m_folder, language)) {
        text = translator->translate(context, source);
    }
    Cell cell;
    if (!text.isEmpty()) {
        cell.language = column.language;
        cell.direction = column.direction;
    } else {
        text = QCoreApplication::translate(context, source);
        // An interface translation that lacks the word gives the English source back: say so.
        const bool english = uiLanguage.isEmpty() || text == QString::fromUtf8(source);
        cell.language = english ? QStringLiteral("en") : uiLanguage;
        cell.direction = i18n::textDirection(cell.language);
    }
    cell.text = text;
    return cell;
}

} // namespace trellis::reports
