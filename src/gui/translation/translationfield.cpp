#include "gui/translation/translationfield.h"

#include "gui/editing/fieldedit.h"
#include "gui/editing/recordeditor.h"
#include "gui/editing/sidebysideview.h"
#include "gui/editing/textcolumn.h"
#include "gui/app/workbench.h"
#include "gui/translation/translationqueuemodel.h"
#include "store/retrostore.h"
#include "store/textstore.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <QLineEdit>
#include <QPlainTextEdit>

namespace trellis::gui {

QString editorFieldKey(store::Workspace &workspace, const store::QueueItem &item)
{
    const bool answer = item.ownerKind == QLatin1String("retro_answer");
    if (answer || item.ownerKind == QLatin1String("retro_action")) {
        // A retro's editor numbers its answers and actions in the retro's order.
        auto retro = store::RetroStore(workspace).get(item.record.id);
        if (!retro)
            return {};
        if (answer) {
            for (qsizetype i = 0; i < retro->answers.size(); ++i)
                if (retro->answers.at(i).stamp.id == item.ownerId)
                    return QStringLiteral("answer:%1").arg(i + 1);
        } else {
            for (qsizetype i = 0; i < retro->actions.size(); ++i)
                if (retro->actions.at(i).stamp.id == item.ownerId)
                    return QStringLiteral("action:%1").arg(i + 1);
        }
        return {};
    }
    if (item.ownerKind == QLatin1String("paraphrase"))
        return QStringLiteral("paraphrase:%1").arg(item.ownerId); // the partner's editor lists them below its goals
    if (item.ownerKind == QLatin1String("shared_risk_part")) {
        // A risk's editor keys each part by the partner who bore it.
        auto part = workspace.database().query(QStringLiteral("SELECT partner_id FROM shared_risk_part WHERE id = ?"), item.ownerId);
        if (!part)
            return {};
        if (auto row = part->step(); !row || !*row)
            return {};
        return QStringLiteral("part:%1").arg(part->int64(0));
    }
    if (item.ownerKind == QLatin1String("rehearsal") && item.field == QLatin1String("followups"))
        return QStringLiteral("follow_ups");
    return item.field; // partners, ledger entries, protocols, incidents, the rest of rehearsals: the same keys
}

QWidget *focusTranslationField(RecordEditor &editor, const QString &key, const QString &language,
                               const QStringList &unknownWords)
{
    SideBySideView *view = editor.view();
    TextColumn *column = nullptr;
    for (TextColumn *c : {view->firstColumn(), view->secondColumn()})
        if (c->language() == language)
            column = c;
    FieldEdit *field = column && !key.isEmpty() ? column->field(key) : nullptr;
    if (!field)
        return nullptr;
    field->setUnknownWords(unknownWords);
    QWidget *text = field->editor();
    text->setFocus(Qt::OtherFocusReason);
    if (auto *plain = qobject_cast<QPlainTextEdit *>(text))
        plain->moveCursor(QTextCursor::End);
    else if (auto *line = qobject_cast<QLineEdit *>(text))
        line->end(false);
    return text;
}

} // namespace trellis::gui

namespace trellis::gui {

bool showQueuedField(Workbench &workbench, RecordEditor &editor, const store::QueueItem &item, const QString &language)
{
    QStringList unknown;
    if (item.status == domain::TranslationStatus::Machine) {
        if (auto words = store::TextStore(workbench.workspace().database()).unknownWords(item.textId, language))
            unknown = *words;
    }
    if (QWidget *text = focusTranslationField(editor, editorFieldKey(workbench.workspace(), item), language, unknown)) {
        auto *field = qobject_cast<FieldEdit *>(text->parentWidget());
        if (field && field->isTextReadOnly())
            workbench.report(QCoreApplication::translate("TranslationQueue",
                                                         "The workspace is open read-only: no translation can be saved in it."));
        return true;
    }
    // A live retro's themes, notes, local updates and reviews are written in the retro's run, not its editor.
    workbench.report(QCoreApplication::translate("TranslationQueue",
        "%1: this field is not shown in its record's editor; translate it with File ▸ Export for translation (XLIFF)…")
            .arg(queueKindLabel(item.ownerKind)));
    return false;
}

} // namespace trellis::gui
