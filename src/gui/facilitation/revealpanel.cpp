// Reveal and Group: every answer side by side in the pair with its translation status, "Translate
// this" in place; answers merged into themes by keyboard (Ctrl+G), themes tagged.

#include "gui/editing/labels.h"
#include "gui/facilitation/phasepanel.h"
#include "gui/facilitation/retrosession.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QDropEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QShortcut>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace trellis::gui {

namespace {

QString statusWord(domain::TranslationStatus status)
{
    switch (status) {
    case domain::TranslationStatus::Original: return QCoreApplication::translate("Facilitation", "original");
    case domain::TranslationStatus::Reviewed: return QCoreApplication::translate("Facilitation", "reviewed");
    case domain::TranslationStatus::Human: return QCoreApplication::translate("Facilitation", "human");
    case domain::TranslationStatus::Machine: return QCoreApplication::translate("Facilitation", "machine draft");
    case domain::TranslationStatus::Missing: break;
    }
    return QCoreApplication::translate("Facilitation", "missing");
}

QShortcut *panelKey(QWidget *panel, const QKeySequence &keys)
{
    auto *key = new QShortcut(keys, panel);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    return key;
}

} // namespace

/// Reveal: the answers per question, both languages of the pair at once.
class RevealPanel : public PhasePanel {
    Q_OBJECT
public:
    RevealPanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_table = new QTableWidget(this);
        m_table->setObjectName(QStringLiteral("revealAnswers"));
        m_table->setColumnCount(2);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->setWordWrap(true);
        m_table->setTextElideMode(Qt::ElideNone);
        // A narrower column wraps the answers anew; the rows follow.
        connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, &QTableWidget::resizeRowsToContents);
        m_translation = new QLineEdit(this);
        m_translation->setObjectName(QStringLiteral("translation"));
        m_translation->hide();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table);
        layout->addWidget(m_translation);
        connect(panelKey(this, QKeySequence(Qt::CTRL | Qt::Key_T)), &QShortcut::activated, this, &RevealPanel::translateThis);
        connect(m_translation, &QLineEdit::returnPressed, this, &RevealPanel::saveTranslation);
        connect(m_translation, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
    }
    void refresh() override
    {
        const domain::Retro &r = run().retro;
        const int row = qMax(0, m_table->currentRow());
        m_table->setHorizontalHeaderLabels({i18n::languageAutonym(r.languageA), i18n::languageAutonym(r.languageB)});
        m_table->setRowCount(int(r.answers.size()));
        for (int i = 0; i < r.answers.size(); ++i) {
            const domain::RetroAnswer &a = r.answers.at(i);
            int column = 0;
            for (const QString &lang : {r.languageA, r.languageB}) {
                const auto text = a.text.textIn(lang);
                auto *item = new QTableWidgetItem(QStringLiteral("%1\n[%2]").arg(text.value_or(QStringLiteral("—")),
                                                                                   statusWord(a.text.statusIn(lang))));
                item->setTextAlignment(Qt::AlignTop | (i18n::isRightToLeft(lang) ? Qt::AlignRight : Qt::AlignLeft));
                item->setData(Qt::UserRole, a.stamp.id);
                m_table->setItem(i, column++, item);
            }
        }
        // Long answers are shown whole: each row grows to its wrapped text.
        m_table->resizeRowsToContents();
        if (m_table->rowCount() > 0)
            m_table->selectRow(qMin(row, m_table->rowCount() - 1));
    }
    QString roomHtml() const override
    {
        const domain::Retro &r = run().retro;
        QString html;
        for (auto q : {domain::RetroQuestion::Extractive, domain::RetroQuestion::Transformative, domain::RetroQuestion::SharedRisk}) {
            html += roomQuestion(q, r.languageA, r.languageB);
            for (const domain::RetroAnswer &a : r.answers) {
                if (a.question == q)
                    html += roomPair(a.text, r.languageA, r.languageB);
            }
        }
        return html;
    }
    QJsonObject draft() const override
    {
        return {{QStringLiteral("translation"), m_translation->text()}, {QStringLiteral("answer"), m_answerId},
                {QStringLiteral("language"), m_language}};
    }
    void restoreDraft(const QJsonObject &d) override
    {
        if (d.value(QStringLiteral("translation")).toString().isEmpty())
            return;
        m_answerId = d.value(QStringLiteral("answer")).toInteger();
        m_language = d.value(QStringLiteral("language")).toString();
        m_translation->setText(d.value(QStringLiteral("translation")).toString());
        m_translation->show();
    }
    QWidget *firstInput() const override { return m_table; }

private:
    /// Opens the selected answer's missing (or other) language in place.
    void translateThis()
    {
        const domain::Retro &r = run().retro;
        const int row = m_table->currentRow();
        if (row < 0 || row >= r.answers.size())
            return;
        const domain::RetroAnswer &a = r.answers.at(row);
        m_answerId = a.stamp.id;
        m_language = a.text.originalLanguage() == r.languageA ? r.languageB : r.languageA;
        m_translation->setText(a.text.textIn(m_language).value_or(QString()));
        m_translation->setPlaceholderText(tr("The answer in %1; Enter saves, Esc leaves it").arg(i18n::languageAutonym(m_language)));
        m_translation->setLayoutDirection(i18n::isRightToLeft(m_language) ? Qt::RightToLeft : Qt::LeftToRight);
        m_translation->show();
        m_translation->setFocus();
    }
    void saveTranslation()
    {
        const QString text = m_translation->text().trimmed();
        const QList<domain::RetroAnswer> &answers = run().retro.answers;
        const auto answer = std::find_if(answers.cbegin(), answers.cend(),
                                         [&](const domain::RetroAnswer &a) { return a.stamp.id == m_answerId; });
        if (answer == answers.cend() || text.isEmpty() || m_language == answer->text.originalLanguage())
            return;
        // A copy: saving reloads the run, and with it the list the answer was found in.
        domain::BilingualText t = answer->text;
        t.setTranslation(m_language, {text, domain::TranslationStatus::Human, {}, {}});
        if (session().setAnswerText(m_answerId, t)) {
            m_translation->clear();
            m_translation->hide();
            m_table->setFocus();
            Q_EMIT draftChanged();
        }
    }
    QTableWidget *m_table;
    QLineEdit *m_translation;
    qint64 m_answerId = 0;
    QString m_language;
};

/// The answers of Group, which also group by drag: answers dropped on an answer join its theme,
/// or make a new theme with it when it has none.
class AnswerDropList : public QListWidget {
public:
    static constexpr const char *kMime = "application/x-trellis-retro-answers";
    std::function<void(qint64 target, const QList<qint64> &dropped)> onDrop;

    explicit AnswerDropList(QWidget *parent) : QListWidget(parent)
    {
        setDragEnabled(true);
        setAcceptDrops(true);
        setDropIndicatorShown(true);
        setDragDropMode(QAbstractItemView::DragDrop);
        setDefaultDropAction(Qt::CopyAction);
    }

protected:
    QStringList mimeTypes() const override { return {QLatin1String(kMime)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        QStringList ids;
        for (const QListWidgetItem *item : items)
            ids.append(QString::number(item->data(Qt::UserRole).toLongLong()));
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(kMime), ids.join(u',').toLatin1());
        return mime;
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction | Qt::MoveAction; }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        // Only onto an answer, and only answers of this list.
        if (event->mimeData()->hasFormat(QLatin1String(kMime)) && itemAt(event->position().toPoint()))
            event->acceptProposedAction();
        else
            event->ignore();
    }
    void dropEvent(QDropEvent *event) override
    {
        QListWidgetItem *target = itemAt(event->position().toPoint());
        if (!target || !event->mimeData()->hasFormat(QLatin1String(kMime))) {
            event->ignore();
            return;
        }
        const qint64 targetId = target->data(Qt::UserRole).toLongLong();
        QList<qint64> dropped;
        for (const QByteArray &id : event->mimeData()->data(QLatin1String(kMime)).split(','))
            if (const qint64 answer = id.toLongLong(); answer > 0 && answer != targetId)
                dropped.append(answer);
        // The list is rebuilt from the file; the drag itself moves no row.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        if (!dropped.isEmpty() && onDrop)
            onDrop(targetId, dropped);
    }
};

/// Group: select answers (Shift/Ctrl+arrows, Space), Ctrl+G makes them a theme with the tags typed;
/// or drag answers onto another.
class GroupPanel : public PhasePanel {
    Q_OBJECT
public:
    GroupPanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_answers = new AnswerDropList(this);
        m_answers->setObjectName(QStringLiteral("groupAnswers"));
        m_answers->onDrop = [this](qint64 target, const QList<qint64> &dropped) { dropOnto(target, dropped); };
        m_answers->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_tags = new QLineEdit(this);
        m_tags->setObjectName(QStringLiteral("themeTags"));
        m_tags->setPlaceholderText(tr("Tags, separated by commas; Ctrl+G groups the selected answers with them"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_answers);
        layout->addWidget(m_tags);
        connect(panelKey(this, QKeySequence(Qt::CTRL | Qt::Key_G)), &QShortcut::activated, this, &GroupPanel::group);
        connect(panelKey(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)), &QShortcut::activated, this, [this] {
            for (QListWidgetItem *item : m_answers->selectedItems())
                static_cast<void>(session().setAnswerTheme(item->data(Qt::UserRole).toLongLong(), std::nullopt));
        });
        connect(m_tags, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
    }
    void refresh() override
    {
        const domain::RetroRun &r = run();
        m_answers->clear();
        QHash<qint64, int> themeNumber;
        for (int i = 0; i < r.themes.size(); ++i)
            themeNumber.insert(r.themes.at(i).id, i + 1);
        for (const domain::RetroAnswer &a : r.retro.answers) {
            const qint64 theme = r.themeOfAnswer.value(a.stamp.id, 0);
            QString label = a.text.original();
            if (theme) {
                const domain::RetroTheme &t = r.themes.at(themeNumber.value(theme) - 1);
                label = tr("Theme %1 (%2): %3").arg(numberLabel(themeNumber.value(theme))).arg(t.tags.join(QStringLiteral(", ")), label);
            }
            auto *item = new QListWidgetItem(label, m_answers);
            item->setData(Qt::UserRole, a.stamp.id);
        }
        if (m_answers->count() > 0 && !m_answers->currentItem())
            m_answers->setCurrentRow(0);
    }
    QString roomHtml() const override
    {
        const domain::RetroRun &r = run();
        QString html;
        for (const domain::RetroTheme &t : r.themes) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(t.tags.join(QStringLiteral(" · ")).toHtmlEscaped());
            for (const domain::RetroAnswer &a : r.retro.answers) {
                if (r.themeOfAnswer.value(a.stamp.id) == t.id)
                    html += roomPair(a.text, r.retro.languageA, r.retro.languageB);
            }
        }
        return html;
    }
    QJsonObject draft() const override { return {{QStringLiteral("tags"), m_tags->text()}}; }
    void restoreDraft(const QJsonObject &d) override { m_tags->setText(d.value(QStringLiteral("tags")).toString()); }
    QWidget *firstInput() const override { return m_answers; }

private:
    void group()
    {
        QList<qint64> ids;
        for (QListWidgetItem *item : m_answers->selectedItems())
            ids.append(item->data(Qt::UserRole).toLongLong());
        if (ids.isEmpty())
            return;
        QStringList tags;
        for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
            tags.append(t.trimmed());
        if (session().groupIntoTheme(ids, tags)) {
            m_tags->clear();
            Q_EMIT draftChanged();
        }
    }
    void dropOnto(qint64 target, const QList<qint64> &dropped)
    {
        const domain::RetroRun &r = run();
        if (!r.themeOfAnswer.contains(target)) {
            // Two ungrouped answers (or more) make a new theme, with the tags typed, as Ctrl+G does.
            QStringList tags;
            for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
                tags.append(t.trimmed());
            if (session().groupIntoTheme(QList<qint64>{target} + dropped, tags)) {
                m_tags->clear();
                Q_EMIT draftChanged();
            }
            return;
        }
        // Into the target's theme: one undo step for the whole drop.
        const qint64 theme = r.themeOfAnswer.value(target);
        session().undoStack()->beginMacro(tr("Move answers"));
        for (qint64 id : dropped) {
            if (!session().setAnswerTheme(id, theme))
                break;
        }
        session().undoStack()->endMacro();
    }
    AnswerDropList *m_answers;
    QLineEdit *m_tags;
};

PhasePanel *makeRevealPanel(RetroSession &s, QWidget *parent) { return new RevealPanel(s, parent); }
PhasePanel *makeGroupPanel(RetroSession &s, QWidget *parent) { return new GroupPanel(s, parent); }

} // namespace trellis::gui

#include "revealpanel.moc"
