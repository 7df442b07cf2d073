#include "gui/retros/retroeditor.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/editing/datefield.h"
#include "gui/widgets/elidingcombobox.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordcommand.h"
#include "gui/retros/retroanswerfacts.h"
#include "gui/retros/retroriskcitations.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "store/retrostore.h"
#include "store/sharedriskstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace trellis::gui {

using domain::Retro;

namespace {

/// Shows tag in combo, adding it when it is not a working language (a retro keeps its own pair).
void selectLanguage(QComboBox *combo, const QString &tag)
{
    if (tag.isEmpty())
        return;
    int index = combo->findData(tag);
    if (index < 0) {
        combo->addItem(languageLabel(tag), tag);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

/// Undo's way to add the retro again and to remove it.
RecordExistence existence(Workbench &wb, const Retro &retro)
{
    return fulfillingExistence(wb, storeExistence<store::RetroStore>(wb, Section::Retros, retro), QStringLiteral("retro"));
}

} // namespace

RetroEditor::RetroEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Retros, parent)
{
    m_heldOn = new DateField(this);
    m_heldOn->setAccessibleName(tr("Held on"));
    m_facilitator = new QLineEdit(this);
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_languageA = new ElidingComboBox(this, 8);
    m_languageA->setObjectName(QStringLiteral("retroLanguageA"));
    m_languageA->setAccessibleName(tr("First language of the retro"));
    m_languageB = new ElidingComboBox(this, 8);
    m_languageB->setObjectName(QStringLiteral("retroLanguageB"));
    m_languageB->setAccessibleName(tr("Second language of the retro"));
    for (QComboBox *combo : {m_languageA, m_languageB}) {
        for (const QString &tag : wb.workingLanguages())
            combo->addItem(languageLabel(tag), tag);
    }
    auto *pair = new QHBoxLayout;
    pair->addWidget(m_languageA, 1);
    pair->addWidget(m_languageB, 1);
    m_answerFacts = new RetroAnswerFacts(this);
    m_citations = new RetroRiskCitations(wb, this);
    m_citations->setObjectName(QStringLiteral("riskCitations"));
    m_question = new ElidingComboBox(this);
    m_question->setAccessibleName(tr("Question of the new answer"));
    for (auto q : {domain::RetroQuestion::Extractive, domain::RetroQuestion::Transformative, domain::RetroQuestion::SharedRisk})
        m_question->addItem(questionLabel(q), int(q));
    m_addAnswer = new QPushButton(tr("Add &answer"), this);
    m_addAction = new QPushButton(tr("Add a&ction"), this);
    m_publish = new QPushButton(tr("P&ublish…"), this);
    m_publish->setObjectName(QStringLiteral("publish"));
    m_publish->setToolTip(tr("Publish the bilingual record: final, only translations can change afterwards"));
    auto *adders = new QHBoxLayout;
    adders->addWidget(m_question, 1);
    adders->addWidget(m_addAnswer);
    adders->addWidget(m_addAction);
    facts()->addRow(tr("&Held on:"), m_heldOn);
    facts()->addRow(tr("&Facilitator:"), m_facilitator);
    m_fulfils = new FulfilmentPicker(wb.workspace(), QStringLiteral("retro"), this);
    facts()->addRow(tr("Fulfi&ls:"), m_fulfils);
    connect(m_fulfils, &QComboBox::currentIndexChanged, this, &RetroEditor::markDirty);
    connect(m_heldOn, &DateField::dateChanged, m_fulfils, &FulfilmentPicker::setDay);
    auto *pairLabel = new QLabel(tr("Language &pair:"), this);
    pairLabel->setBuddy(m_languageA);
    facts()->addRow(pairLabel, pair);
    // Two pairs are in play here; say which one counts where.
    auto *pairHint = new QLabel(tr("The retro's pair is the one its room, its reports and its archive use. The "
                                   "columns below follow the toolbar's pair, so you can translate into any language."), this);
    pairHint->setObjectName(QStringLiteral("retroPairHint"));
    pairHint->setWordWrap(true);
    pairHint->setForegroundRole(QPalette::PlaceholderText);
    facts()->addRow(QString(), pairHint);
    facts()->addRow(tr("Votes and tags:"), m_answerFacts);
    facts()->addRow(tr("Shared risks cited:"), m_citations);
    facts()->addRow(QString(), adders);
    facts()->addRow(QString(), m_publish);
    connect(m_addAnswer, &QPushButton::clicked, this,
            [this] { addAnswer(domain::RetroQuestion(m_question->currentData().toInt())); });
    connect(m_addAction, &QPushButton::clicked, this, &RetroEditor::addAction);
    connect(m_publish, &QPushButton::clicked, this, [this] { publish(); });
    connect(m_heldOn, &DateField::dateChanged, this, &RetroEditor::markDirty);
    connect(m_facilitator, &QLineEdit::textEdited, this, &RetroEditor::markDirty);
    connect(m_languageA, &QComboBox::activated, this, &RetroEditor::markDirty);
    connect(m_languageB, &QComboBox::activated, this, &RetroEditor::markDirty);
    connect(m_answerFacts, &RetroAnswerFacts::edited, this, &RetroEditor::markDirty);
    connect(m_citations, &RetroRiskCitations::message, this, [this](const QString &text, bool error) { showMessage(text, error); });
}

QWidget *RetroEditor::firstFact() const
{
    return m_heldOn;
}

void RetroEditor::showRetro(const Retro &r, const domain::RecordTexts &texts)
{
    m_shown = r;
    m_heldOn->setDate(r.heldOn.isValid() ? r.heldOn : QDate::currentDate());
    m_fulfils->showRecord(r.stamp.id, m_heldOn->date());
    m_facilitator->setText(r.facilitator);
    selectLanguage(m_languageA, r.languageA);
    selectLanguage(m_languageB, r.languageB.isEmpty() && m_languageB->count() > 1 ? m_languageB->itemData(1).toString()
                                                                                   : r.languageB);
    m_answerFacts->showAnswers(r.answers);
    m_citations->showRetro(r);
    setFactOrder(QList<QWidget *>{m_heldOn, m_facilitator, m_fulfils, m_languageA, m_languageB} + m_answerFacts->inputs()
                 + QList<QWidget *>{m_question, m_addAnswer, m_addAction, m_publish});
    QList<QPair<QString, bool>> fields;
    for (const domain::RecordField &f : texts.fields)
        fields.append({f.key, true});
    setFields(fields, texts);
    for (qsizetype i = 0; i < r.answers.size(); ++i)
        view()->setFieldTitle(QStringLiteral("answer:%1").arg(i + 1),
                              tr("Answer %1 · %2").arg(numberLabel(i + 1), questionLabel(r.answers.at(i).question)));
    const bool published = !r.publishedAt.isEmpty();
    const QDate publishedOn = QDateTime::fromString(r.publishedAt, Qt::ISODate).date();
    setHeading(r.stamp.id == 0 ? tr("New retro") : tr("Retro %1").arg(quarterLabel(r.quarter)),
               published ? tr("published %1 ✓").arg(shortDate(publishedOn))
                         : tr("not published"));
    QString summary = tr("Answers: %1 · actions: %2").arg(QLocale().toString(r.answers.size()), QLocale().toString(r.actions.size()));
    if (published)
        summary += QStringLiteral("\n") + tr("Published: the answers, votes, tags and actions are final; translations can still be added.");
    // The third question ("Which shared risk proved our alliance?") beside the risks of the quarter.
    if (auto risks = store::SharedRiskStore(workbench().workspace()).risksOfQuarter(r.quarter); risks && !risks->isEmpty()) {
        QStringList taken;
        for (const store::SharedRiskSummary &risk : std::as_const(*risks))
            taken << QStringLiteral("\u2068%1\u2069 (%2)").arg(risk.what.section(u'\n', 0, 0), shortDate(risk.takenOn));
        summary += QStringLiteral("\n") + tr("Shared risks taken this quarter, for “%1”: %2")
                                              .arg(questionLabel(domain::RetroQuestion::SharedRisk), taken.join(QStringLiteral("; ")));
    }
    setSummary(summary);
    lockPublished(published);
}

void RetroEditor::lockPublished(bool published)
{
    for (QWidget *w : {static_cast<QWidget *>(m_heldOn), static_cast<QWidget *>(m_facilitator),
                       static_cast<QWidget *>(m_languageA), static_cast<QWidget *>(m_languageB),
                       static_cast<QWidget *>(m_question), static_cast<QWidget *>(m_addAnswer),
                       static_cast<QWidget *>(m_addAction)})
        w->setEnabled(!published);
    m_publish->setEnabled(!published && m_shown.stamp.id != 0);
    m_answerFacts->setLocked(published);
    view()->setOriginalsLocked(published);
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
    m_answerFacts->applyTo(r.answers);
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
    return m_fulfils->saveLinked(workbench(), Section::Retros, [&] {
        return saveWithUndo<store::RetroStore>(workbench(), Section::Retros, r, m_retro, tr("Add retro"), tr("Edit retro"));
    });
}

void RetroEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete retro"), existence(workbench(), m_retro), m_retro.stamp.id),
                 tr("Retro deleted; Undo brings it back."));
}

QString RetroEditor::publishQuestion(const Retro &r) const
{
    QString question = tr("Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags "
                          "and actions can no longer change, and it cannot be deleted. Translations can still be added.")
                           .arg(quarterLabel(r.quarter));
    // What readers of either language of the retro cannot read yet.
    const domain::SideBySide pair = domain::sideBySide(domain::recordTexts(r), r.languageA, r.languageB);
    QStringList gaps;
    for (const domain::SideBySideColumn *column : {&pair.first, &pair.second}) {
        if (const int missing = column->written - column->readable; missing > 0)
            gaps << tr("%n text(s) missing in %1", nullptr, missing).arg(languageLabel(column->language));
    }
    if (!gaps.isEmpty())
        question += QStringLiteral("\n\n") + tr("Not yet bilingual: %1.").arg(gaps.join(QStringLiteral("; ")));
    return question;
}

bool RetroEditor::publish(bool confirmed)
{
    if (recordId() == 0 || isEditingNew()) {
        showMessage(tr("Save the retro before publishing it."));
        return false;
    }
    if (isPublished())
        return false;
    if (isDirty() && !save())
        return false;
    if (!confirmed && QMessageBox::question(this, tr("Publish retro"), publishQuestion(m_retro),
                                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                          != QMessageBox::Yes)
        return false;
    Workbench &wb = workbench();
    const qint64 id = recordId();
    if (Status s = store::RetroStore(wb.workspace()).publish(id); !s) {
        showMessage(s.error().message);
        return false;
    }
    Q_EMIT wb.recordChanged(Section::Retros, id);
    if (!isPublished())
        load(id);
    showMessage(tr("Published. Only translations can change from now on."), false);
    wb.report(tr("Retro %1 published.").arg(quarterLabel(m_retro.quarter)));
    return true;
}

QJsonObject RetroEditor::factsDraft() const
{
    QJsonArray votes;
    QJsonArray tags;
    QList<domain::RetroAnswer> answers = m_shown.answers;
    m_answerFacts->applyTo(answers);
    for (const domain::RetroAnswer &a : std::as_const(answers)) {
        votes.append(a.votes);
        tags.append(a.tags.join(u','));
    }
    return {{QStringLiteral("heldOn"), m_heldOn->date().toString(Qt::ISODate)},
            {QStringLiteral("facilitator"), m_facilitator->text()},
            {QStringLiteral("a"), m_languageA->currentData().toString()},
            {QStringLiteral("b"), m_languageB->currentData().toString()},
            {QStringLiteral("votes"), votes}, {QStringLiteral("tags"), tags}, {QStringLiteral("fulfils"), m_fulfils->draft()}};
}

void RetroEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_heldOn->setDate(QDate::fromString(f.value(QStringLiteral("heldOn")).toString(), Qt::ISODate));
    m_facilitator->setText(f.value(QStringLiteral("facilitator")).toString());
    m_fulfils->restoreDraft(f.value(QStringLiteral("fulfils")).toString());
    selectLanguage(m_languageA, f.value(QStringLiteral("a")).toString());
    selectLanguage(m_languageB, f.value(QStringLiteral("b")).toString());
    const QJsonArray votes = f.value(QStringLiteral("votes")).toArray();
    const QJsonArray tags = f.value(QStringLiteral("tags")).toArray();
    if (votes.size() == m_shown.answers.size() && tags.size() == votes.size()) {
        QList<domain::RetroAnswer> answers = m_shown.answers;
        for (qsizetype i = 0; i < answers.size(); ++i) {
            answers[i].votes = votes.at(i).toInt();
            answers[i].tags = tags.at(i).toString().split(u',', Qt::SkipEmptyParts);
        }
        m_answerFacts->showAnswers(answers);
    }
}

} // namespace trellis::gui
