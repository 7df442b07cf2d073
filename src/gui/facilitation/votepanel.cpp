// Vote and Discuss: each participant's votes within the retro's limits, tallies hidden until the

#include "gui/editing/labels.h"// vote closes; then the themes in order of votes, one at a time, each with its note and timer.
#include "gui/facilitation/phasepanel.h"
#include "gui/facilitation/retrosession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis::gui {

/// Vote: pick the voter (Alt+V), move through the answers, + and − give and take votes back.
class VotePanel : public PhasePanel {
    Q_OBJECT
public:
    VotePanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_voter = new QComboBox(this);
        m_voter->setObjectName(QStringLiteral("voter"));
        m_answers = new QListWidget(this);
        m_answers->setObjectName(QStringLiteral("voteAnswers"));
        m_answers->installEventFilter(this);
        m_left = new QLabel(this);
        m_left->setObjectName(QStringLiteral("votesLeft"));
        m_perParticipant = new QSpinBox(this);
        m_perParticipant->setObjectName(QStringLiteral("votesPerParticipant"));
        m_perParticipant->setRange(1, domain::kMaxVotes);
        m_perAnswer = new QSpinBox(this);
        m_perAnswer->setObjectName(QStringLiteral("votesPerAnswer"));
        m_perAnswer->setRange(1, domain::kMaxVotes);
        auto *form = new QFormLayout(this);
        form->addRow(tr("Votes &each participant has:"), m_perParticipant);
        form->addRow(tr("At &most on one answer:"), m_perAnswer);
        form->addRow(tr("&Voter:"), m_voter);
        form->addRow(m_answers);
        form->addRow(m_left);
        auto *close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
        close->setContext(Qt::WidgetWithChildrenShortcut);
        // Refusals are shown by the session's report line.
        connect(close, &QShortcut::activated, this, [this] { static_cast<void>(session().setVoteClosed(!run().settings.voteClosed)); });
        connect(m_voter, &QComboBox::currentIndexChanged, this, [this] { showAnswers(); });
        // Saved when the field is left or Enter pressed; refused rules (below votes already
        // given, more on one answer than in all) are reported and the fields show what is saved.
        for (QSpinBox *box : {m_perParticipant, m_perAnswer})
            connect(box, &QSpinBox::editingFinished, this, [this] {
                if (!session().setVoteRules({m_perParticipant->value(), m_perAnswer->value()}))
                    showRules();
            });
    }
    void refresh() override
    {
        const qint64 voter = m_voter->currentData().toLongLong();
        const QSignalBlocker block(m_voter);
        m_voter->clear();
        for (qint64 id : run().retro.participantIds)
            m_voter->addItem(session().partnerName(id), id);
        if (int at = m_voter->findData(voter); at >= 0)
            m_voter->setCurrentIndex(at);
        showRules();
        showAnswers();
    }
    QString roomHtml() const override
    {
        const domain::RetroRun &r = run();
        QString html;
        for (const domain::RetroAnswer &a : r.retro.answers) {
            html += roomPair(a.text, r.retro.languageA, r.retro.languageB);
            if (r.settings.voteClosed)
                html += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(tr("%n vote(s)", nullptr, r.votesOn(a.stamp.id)));
        }
        if (!r.settings.voteClosed)
            html += QStringLiteral("<p align=\"center\">%1<br>%2</p>")
                        .arg(tr("Each participant has %1 votes, at most %2 on one answer.")
                                 .arg(QLocale().toString(r.settings.votes.perParticipant),
                                      QLocale().toString(r.settings.votes.perAnswer))
                                 .toHtmlEscaped(),
                             tr("Voting: tallies are shown when the vote closes.").toHtmlEscaped());
        return html;
    }
    QWidget *firstInput() const override { return m_answers; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_answers && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            QListWidgetItem *item = m_answers->currentItem();
            if (item && (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus)) {
                const qint64 answer = item->data(Qt::UserRole).toLongLong();
                const qint64 voter = m_voter->currentData().toLongLong();
                // A refused vote (over a limit) is reported by the session, in words.
                static_cast<void>(key == Qt::Key_Minus ? session().withdrawVote(answer, voter) : session().castVote(answer, voter));
                return true;
            }
        }
        return PhasePanel::eventFilter(watched, event);
    }

private:
    void showRules()
    {
        const domain::VoteRules &rules = run().settings.votes;
        const QSignalBlocker a(m_perParticipant);
        const QSignalBlocker b(m_perAnswer);
        m_perParticipant->setValue(rules.perParticipant);
        m_perAnswer->setValue(rules.perAnswer);
        // The rules are set before voting; with the vote closed they stand as they are.
        m_perParticipant->setEnabled(!run().settings.voteClosed);
        m_perAnswer->setEnabled(!run().settings.voteClosed);
    }
    void showAnswers()
    {
        const domain::RetroRun &r = run();
        const int row = qMax(0, m_answers->currentRow());
        const qint64 voter = m_voter->currentData().toLongLong();
        m_answers->clear();
        for (const domain::RetroAnswer &a : r.retro.answers) {
            // Before the vote closes the facilitator sees only the chosen voter's own votes.
            const QString count = r.settings.voteClosed ? tr("%n vote(s) in all", nullptr, r.votesOn(a.stamp.id))
                                                        : tr("%n of this voter's votes", nullptr, r.votesOn(a.stamp.id, voter));
            // Isolated, an answer in Persian or Hebrew leaves the count where the interface puts it.
            auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QChar(0x2068) + a.text.original() + QChar(0x2069), count),
                                             m_answers);
            item->setData(Qt::UserRole, a.stamp.id);
        }
        if (m_answers->count() > 0)
            m_answers->setCurrentRow(qMin(row, m_answers->count() - 1));
        m_left->setText(r.settings.voteClosed
            ? tr("The vote is closed (Ctrl+Enter reopens it).")
            : tr("%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, "
                 "Ctrl+Enter closes the vote.")
                  .arg(QLocale().toString(r.settings.votes.perParticipant - r.votesGiven(voter)),
                       QLocale().toString(r.settings.votes.perParticipant), QLocale().toString(r.settings.votes.perAnswer)));
    }
    QComboBox *m_voter;
    QListWidget *m_answers;
    QLabel *m_left;
    QSpinBox *m_perParticipant;
    QSpinBox *m_perAnswer;
};

/// One item of the discussion: a theme with its answers, or an answer left ungrouped.
struct DiscussItem {
    qint64 themeId = 0;
    qint64 answerId = 0;
    int votes = 0;
    QString label;
};

/// Discuss: the items in order of votes; a note per item, saved on Enter.
class DiscussPanel : public PhasePanel {
    Q_OBJECT
public:
    DiscussPanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_items = new QListWidget(this);
        m_items->setObjectName(QStringLiteral("discussItems"));
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("discussNote"));
        m_note->setPlaceholderText(tr("A note on this item; Enter saves it"));
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_items);
        layout->addWidget(m_note);
        connect(m_items, &QListWidget::currentRowChanged, this, [this](int row) {
            if (row < 0 || row >= m_list.size())
                return;
            const DiscussItem &item = m_list.at(row);
            const auto &notes = item.themeId ? run().themeNotes : run().answerNotes;
            m_note->setText(notes.value(item.themeId ? item.themeId : item.answerId).original());
            if (row != m_shownRow) {
                m_shownRow = row;
                Q_EMIT itemChanged();
            }
        });
        connect(m_note, &QLineEdit::returnPressed, this, [this] {
            const int row = m_items->currentRow();
            if (row < 0 || row >= m_list.size())
                return;
            const DiscussItem item = m_list.at(row);
            const domain::BilingualText note(run().retro.languageA, m_note->text().trimmed());
            static_cast<void>(item.themeId ? session().setThemeNote(item.themeId, note) : session().setAnswerNote(item.answerId, note));
        });
        connect(m_note, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
    }
    void refresh() override
    {
        const domain::RetroRun &r = run();
        m_list.clear();
        for (const domain::RetroTheme &t : r.themes) {
            DiscussItem item{t.id, 0, 0, t.tags.join(QStringLiteral(", "))};
            for (qint64 a : r.answersOf(t.id))
                item.votes += r.votesOn(a);
            m_list.append(item);
        }
        for (const domain::RetroAnswer &a : r.retro.answers) {
            if (!r.themeOfAnswer.contains(a.stamp.id))
                m_list.append({0, a.stamp.id, r.votesOn(a.stamp.id), a.text.original()});
        }
        std::stable_sort(m_list.begin(), m_list.end(), [](const DiscussItem &x, const DiscussItem &y) { return x.votes > y.votes; });
        const int row = qMax(0, m_items->currentRow());
        const QSignalBlocker block(m_items);
        m_items->clear();
        for (const DiscussItem &item : std::as_const(m_list))
            // The label is isolated so "N votes" keeps its place whatever the label's script.
            m_items->addItem(tr("%1 — %n vote(s)", nullptr, item.votes).arg(QChar(0x2068) + item.label + QChar(0x2069)));
        if (m_items->count() > 0)
            m_items->setCurrentRow(qMin(row, m_items->count() - 1));
    }
    QString roomHtml() const override
    {
        const domain::RetroRun &r = run();
        const int row = m_items->currentRow();
        if (row < 0 || row >= m_list.size())
            return {};
        const DiscussItem &item = m_list.at(row);
        QString html = QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(item.label.toHtmlEscaped());
        for (const domain::RetroAnswer &a : r.retro.answers) {
            if (a.stamp.id == item.answerId || (item.themeId && r.themeOfAnswer.value(a.stamp.id) == item.themeId))
                html += roomPair(a.text, r.retro.languageA, r.retro.languageB);
        }
        return html;
    }
    QJsonObject draft() const override { return {{QStringLiteral("note"), m_note->text()}}; }
    void restoreDraft(const QJsonObject &d) override { m_note->setText(d.value(QStringLiteral("note")).toString()); }
    QWidget *firstInput() const override { return m_items; }

private:
    QListWidget *m_items;
    QLineEdit *m_note;
    QList<DiscussItem> m_list;
    int m_shownRow = -1;
};

PhasePanel *makeVotePanel(RetroSession &s, QWidget *parent) { return new VotePanel(s, parent); }
PhasePanel *makeDiscussPanel(RetroSession &s, QWidget *parent) { return new DiscussPanel(s, parent); }

} // namespace trellis::gui

#include "votepanel.moc"
