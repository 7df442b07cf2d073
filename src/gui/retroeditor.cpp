#include "gui/retroeditor.h"

#include "gui/labels.h"
#include "gui/recordcommand.h"
#include "gui/sidebysideview.h"
#include "gui/workbench.h"
#include "store/retrostore.h"

#include <QComboBox>
#include "gui/datefield.h"
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

namespace trellis::gui {

using domain::Retro;

RetroEditor::RetroEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Retros, parent)
{
    m_heldOn = new DateField(this);
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_heldOn->setAccessibleName(tr("Held on"));
    m_facilitator = new QLineEdit(this);
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_languageA = new QComboBox(this);
    m_languageA->setAccessibleName(tr("First language of the retro"));
    m_languageB = new QComboBox(this);
    m_languageB->setAccessibleName(tr("Second language of the retro"));
    for (const QString &tag : wb.workingLanguages()) {
        m_languageA->addItem(languageLabel(tag), tag);
        m_languageB->addItem(languageLabel(tag), tag);
    }
    auto *pair = new QHBoxLayout;
    pair->addWidget(m_languageA);
    pair->addWidget(m_languageB);
    auto *adders = new QHBoxLayout;
    auto *question = new QComboBox(this);
    question->setAccessibleName(tr("Question of the new answer"));
    question->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    question->setMinimumContentsLength(12);
    for (auto q : {domain::RetroQuestion::Extractive, domain::RetroQuestion::Transformative, domain::RetroQuestion::SharedRisk})
        question->addItem(questionLabel(q), int(q));
    auto *addAnswerButton = new QPushButton(tr("Add &answer"), this);
    auto *addActionButton = new QPushButton(tr("Add a&ction"), this);
    adders->addWidget(question, 1);
    adders->addWidget(addAnswerButton);
    adders->addWidget(addActionButton);
    facts()->addRow(tr("&Held on:"), m_heldOn);
    facts()->addRow(tr("&Facilitator:"), m_facilitator);
    auto *pairLabel = new QLabel(tr("Language &pair:"), this);
    pairLabel->setBuddy(m_languageA);
    facts()->addRow(pairLabel, pair);
    facts()->addRow(QString(), adders);
    setFactOrder({m_heldOn, m_facilitator, m_languageA, m_languageB, question, addAnswerButton, addActionButton});
    connect(addAnswerButton, &QPushButton::clicked, this,
            [this, question] { addAnswer(domain::RetroQuestion(question->currentData().toInt())); });
    connect(addActionButton, &QPushButton::clicked, this, &RetroEditor::addAction);
    connect(m_heldOn, &QDateEdit::dateChanged, this, &RetroEditor::markDirty);
    connect(m_facilitator, &QLineEdit::textEdited, this, &RetroEditor::markDirty);
    connect(m_languageA, &QComboBox::activated, this, &RetroEditor::markDirty);
    connect(m_languageB, &QComboBox::activated, this, &RetroEditor::markDirty);
}

void RetroEditor::showRetro(const Retro &r, const domain::RecordTexts &texts)
{
    m_shown = r;
    m_heldOn->setDate(r.heldOn.isValid() ? r.heldOn : QDate::currentDate());
    m_facilitator->setText(r.facilitator);
    m_languageA->setCurrentIndex(std::max(0, m_languageA->findData(r.languageA)));
    m_languageB->setCurrentIndex(std::max(0, m_languageB->findData(r.languageB.isEmpty() && m_languageB->count() > 1
                                                                        ? m_languageB->itemData(1).toString() : r.languageB)));
    QList<QPair<QString, bool>> fields;
    for (const domain::RecordField &f : texts.fields)
        fields.append({f.key, true});
    setFields(fields, texts);
    for (qsizetype i = 0; i < r.answers.size(); ++i)
        view()->setFieldTitle(QStringLiteral("answer:%1").arg(i + 1),
                              tr("Answer %1 · %2").arg(i + 1).arg(questionLabel(r.answers.at(i).question)));
    setHeading(r.stamp.id == 0 ? tr("New retro") : tr("Retro %1").arg(r.quarter),
               r.publishedAt.isEmpty() ? tr("not published") : tr("published ✓"));
    setSummary(tr("Answers: %1 · actions: %2").arg(r.answers.size()).arg(r.actions.size()));
}

Status RetroEditor::read(qint64 id)
{
    auto retro = store::RetroStore(workbench().workspace()).get(id);
    if (!retro)
        return retro.error();
    m_retro = *retro;
    showRetro(*retro, domain::recordTexts(*retro));
    return {};
}

void RetroEditor::clearFacts()
{
    m_retro = Retro{};
    m_retro.heldOn = QDate::currentDate();
    showRetro(m_retro, {});
}

void RetroEditor::addAnswer(domain::RetroQuestion question)
{
    Retro r = retroFromForm();
    domain::RetroAnswer answer;
    answer.question = question;
    r.answers.append(answer);
    showRetro(r, domain::recordTexts(r));
    markDirty();
    view()->tabOrder().value(int(r.answers.size()) - 1, this)->setFocus(Qt::OtherFocusReason);
}

void RetroEditor::addAction()
{
    Retro r = retroFromForm();
    r.actions.append(domain::RetroAction{});
    showRetro(r, domain::recordTexts(r));
    markDirty();
    view()->tabOrder().value(int(r.answers.size() + r.actions.size()) - 1, this)->setFocus(Qt::OtherFocusReason);
}

Retro RetroEditor::retroFromForm() const
{
    Retro r = m_shown;
    r.heldOn = m_heldOn->date();
    r.quarter = domain::quarterOf(r.heldOn);
    r.facilitator = m_facilitator->text();
    r.languageA = m_languageA->currentData().toString();
    r.languageB = m_languageB->currentData().toString();
    const domain::RecordTexts texts = view()->record();
    for (const domain::RecordField &f : texts.fields) {
        const int n = f.key.section(u':', 1, 1).toInt() - 1;
        if (f.key.startsWith(QLatin1String("answer:")) && n >= 0 && n < r.answers.size())
            r.answers[n].text = f.text;
        if (f.key.startsWith(QLatin1String("action:")) && n >= 0 && n < r.actions.size())
            r.actions[n].text = f.text;
    }
    return r;
}

Result<qint64> RetroEditor::write()
{
    Retro r = retroFromForm();
    Workbench &wb = workbench();
    store::RetroStore store(wb.workspace());
    if (r.stamp.id == 0) {
        auto id = store.add(r);
        if (!id)
            return id.error();
        Q_EMIT wb.recordAdded(Section::Retros, *id);
        auto current = std::make_shared<qint64>(*id);
        wb.undoStack()->push(new RecordCommand(wb, tr("Add retro"),
            [&wb, current]() -> Status {
                TRELLIS_TRY(store::RetroStore(wb.workspace()).remove(*current));
                Q_EMIT wb.recordRemoved(Section::Retros, *current);
                return Status();
            },
            [&wb, current, r]() mutable -> Status {
                r.stamp = {};
                auto again = store::RetroStore(wb.workspace()).add(r);
                if (!again)
                    return Status(again.error());
                *current = *again;
                Q_EMIT wb.recordAdded(Section::Retros, *again);
                return Status();
            }));
        return *id;
    }
    const Retro before = m_retro;
    TRELLIS_TRY(store.update(r));
    Q_EMIT wb.recordChanged(Section::Retros, r.stamp.id);
    auto apply = [&wb](Retro value) -> Status {
        TRELLIS_TRY(store::RetroStore(wb.workspace()).update(value));
        Q_EMIT wb.recordChanged(Section::Retros, value.stamp.id);
        return Status();
    };
    wb.undoStack()->push(new RecordCommand(wb, tr("Edit retro"), [apply, before] { return apply(before); },
                                           [apply, r] { return apply(r); }));
    return r.stamp.id;
}

void RetroEditor::deleteRecord()
{
    Workbench &wb = workbench();
    const qint64 id = recordId();
    if (Status s = store::RetroStore(wb.workspace()).remove(id); !s) {
        showMessage(s.error().message);
        return;
    }
    Q_EMIT wb.recordRemoved(Section::Retros, id);
    wb.report(tr("Retro deleted."));
    startNew();
}

QJsonObject RetroEditor::factsDraft() const
{
    return {{QStringLiteral("heldOn"), m_heldOn->date().toString(Qt::ISODate)},
            {QStringLiteral("facilitator"), m_facilitator->text()},
            {QStringLiteral("a"), m_languageA->currentData().toString()},
            {QStringLiteral("b"), m_languageB->currentData().toString()}};
}

void RetroEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_heldOn->setDate(QDate::fromString(f.value(QStringLiteral("heldOn")).toString(), Qt::ISODate));
    m_facilitator->setText(f.value(QStringLiteral("facilitator")).toString());
    m_languageA->setCurrentIndex(std::max(0, m_languageA->findData(f.value(QStringLiteral("a")).toString())));
    m_languageB->setCurrentIndex(std::max(0, m_languageB->findData(f.value(QStringLiteral("b")).toString())));
}

} // namespace trellis::gui

namespace trellis::gui {

QWidget *RetroEditor::firstFact() const
{
    return m_heldOn;
}

} // namespace trellis::gui
