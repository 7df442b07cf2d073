#include "gui/retros/retroanswerfacts.h"
#include "gui/editing/labels.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace trellis::gui {

RetroAnswerFacts::RetroAnswerFacts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("answerFacts"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(3, 1);
    m_grid->addWidget(new QLabel(tr("Votes"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("Tags"), this), 0, 3);
}

QStringList RetroAnswerFacts::parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    return tags;
}

void RetroAnswerFacts::resize(int count)
{
    if (count == m_rows.size())
        return;
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_rows.clear();
    for (int i = 0; i < count; ++i) {
        auto *label = new QLabel(tr("Answer %1").arg(numberLabel(i + 1)), this);
        Row row;
        row.votes = new QSpinBox(this);
        row.votes->setObjectName(QStringLiteral("votes%1").arg(i + 1));
        row.votes->setRange(0, 9999);
        row.votes->setAccessibleName(tr("Votes for answer %1").arg(numberLabel(i + 1)));
        row.plusOne = new QToolButton(this);
        row.plusOne->setText(leftToRight(tr("+1")));
        row.plusOne->setToolTip(tr("One more vote for answer %1").arg(numberLabel(i + 1)));
        row.plusOne->setAccessibleName(tr("One more vote for answer %1").arg(numberLabel(i + 1)));
        row.plusOne->setFocusPolicy(Qt::NoFocus); // the arrow keys count votes in the box itself
        row.tags = new QLineEdit(this);
        row.tags->setObjectName(QStringLiteral("tags%1").arg(i + 1));
        row.tags->setPlaceholderText(tr("tags, separated by commas"));
        row.tags->setAccessibleName(tr("Tags of answer %1").arg(numberLabel(i + 1)));
        label->setBuddy(row.votes);
        m_grid->addWidget(label, i + 1, 0); // row 0 holds the column titles
        m_grid->addWidget(row.votes, i + 1, 1);
        m_grid->addWidget(row.plusOne, i + 1, 2);
        m_grid->addWidget(row.tags, i + 1, 3);
        connect(row.votes, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
        connect(row.plusOne, &QToolButton::clicked, this, [this, i] { addVote(i); });
        connect(row.tags, &QLineEdit::textEdited, this, &RetroAnswerFacts::edited);
        m_rowWidgets << label << row.votes << row.plusOne << row.tags;
        m_rows << row;
    }
    setLocked(m_locked);
}

void RetroAnswerFacts::showAnswers(const QList<domain::RetroAnswer> &answers)
{
    m_filling = true;
    resize(int(answers.size()));
    for (int i = 0; i < answers.size(); ++i) {
        m_rows[i].votes->setValue(answers.at(i).votes);
        const QString tags = answers.at(i).tags.join(QStringLiteral(", "));
        if (m_rows[i].tags->text() != tags)
            m_rows[i].tags->setText(tags);
    }
    m_filling = false;
    setVisible(!answers.isEmpty());
}

void RetroAnswerFacts::applyTo(QList<domain::RetroAnswer> &answers) const
{
    for (int i = 0; i < answers.size() && i < m_rows.size(); ++i) {
        answers[i].votes = m_rows.at(i).votes->value();
        answers[i].tags = parseTags(m_rows.at(i).tags->text());
    }
}

void RetroAnswerFacts::setLocked(bool locked)
{
    m_locked = locked;
    for (const Row &row : std::as_const(m_rows)) {
        row.votes->setEnabled(!locked);
        row.plusOne->setEnabled(!locked);
        row.tags->setEnabled(!locked);
    }
}

QList<QWidget *> RetroAnswerFacts::inputs() const
{
    QList<QWidget *> list;
    for (const Row &row : m_rows)
        list << row.votes << row.tags;
    return list;
}

QSpinBox *RetroAnswerFacts::votes(int answer) const
{
    return answer >= 0 && answer < m_rows.size() ? m_rows.at(answer).votes : nullptr;
}

QLineEdit *RetroAnswerFacts::tags(int answer) const
{
    return answer >= 0 && answer < m_rows.size() ? m_rows.at(answer).tags : nullptr;
}

void RetroAnswerFacts::addVote(int answer)
{
    if (QSpinBox *box = votes(answer); box && !m_locked)
        box->stepUp();
}

} // namespace trellis::gui
