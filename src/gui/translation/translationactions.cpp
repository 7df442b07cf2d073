#include "gui/translation/translationactions.h"

#include "gui/app/workbench.h"
#include "gui/sections/section.h"
#include "gui/translation/translationqueueview.h"
#include "gui/translation/xliffdialogs.h"
#include "gui/widgets/themedicon.h"
#include "store/workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace trellis::gui {

bool importTranslationsFile(Workbench &workbench, QWidget *window, const QString &path)
{
    auto summary = importTranslations(workbench.workspace(), path, workbench.workspace().author());
    if (!summary) {
        QMessageBox::warning(window, QCoreApplication::translate("TranslationActions", "Cannot import translations"),
                             summary.error().message + u'\n'
                                 + QCoreApplication::translate("TranslationActions", "Nothing was changed."));
        return false;
    }
    auto *report = new XliffImportReport(*summary, window);
    report->setAttribute(Qt::WA_DeleteOnClose);
    report->open();
    workbench.report(report->countsText());
    return summary->updated > 0;
}

void addTranslationActions(QMenu *file, QMenu *records, TranslationQueueView &queue, Workbench &workbench, QWidget *window,
                           const std::function<QPair<QString, QString>()> &pair, const std::function<void()> &imported)
{
    auto *exportXliff = new QAction(themedIcon(QStringLiteral("document-export")),
                                    QCoreApplication::translate("TranslationActions", "&Export for translation (XLIFF)…"), window);
    exportXliff->setObjectName(QStringLiteral("exportXliff"));
    QObject::connect(exportXliff, &QAction::triggered, window, [&workbench, window, pair] {
        const auto [first, second] = pair();
        XliffExportDialog dialog(workbench.workspace(), first, second, window);
        if (dialog.exec() == QDialog::Accepted)
            workbench.report(dialog.message());
    });
    auto *importXliff = new QAction(themedIcon(QStringLiteral("document-import")),
                                    QCoreApplication::translate("TranslationActions", "Import &translations (XLIFF)…"), window);
    importXliff->setObjectName(QStringLiteral("importXliff"));
    QObject::connect(importXliff, &QAction::triggered, window, [&workbench, window, imported] {
        const QString path = QFileDialog::getOpenFileName(
            window, QCoreApplication::translate("TranslationActions", "Import translations"),
            QFileInfo(workbench.workspace().path()).absolutePath(),
            QCoreApplication::translate("TranslationActions", "XLIFF files (*.xlf *.xliff);;All files (*)"));
        if (!path.isEmpty() && importTranslationsFile(workbench, window, path))
            imported();
    });
    // Insert both before the file menu's first separator after the CSV import, i.e. with the other imports.
    QAction *before = nullptr;
    const auto actions = file->actions();
    for (int i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->objectName() == QLatin1String("importLedger") && i + 1 < actions.size())
            before = actions.at(i + 1);
    }
    file->insertActions(before, {exportXliff, importXliff});

    records->addSeparator();
    QAction *next = records->addAction(QCoreApplication::translate("TranslationActions", "Ne&xt field to translate"), &queue,
                                       [&queue] { queue.openNext(); });
    next->setObjectName(QStringLiteral("nextTranslation"));
    next->setShortcut(QKeySequence(Qt::Key_F8));
    next->setToolTip(QCoreApplication::translate("TranslationActions",
                                                 "Open the next field waiting in the Translations section (F8)"));
    QAction *draft = records->addAction(QCoreApplication::translate("TranslationActions", "Draft with &Apertium…"), &queue,
                                        [&queue] { queue.draftWithApertium(); });
    draft->setObjectName(QStringLiteral("draftWithApertiumAction"));
}

} // namespace trellis::gui
