// Check-in and Write: the previous retro's open actions and local updates; answers typed one by
// one with their author (or none) and language, other answers hidden until Reveal.
#include "gui/facilitation/phasepanel.h"
#include "gui/facilitation/retrosession.h"

#include "i18n/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QShortcut>
#include <QVBoxLayout>

namespace trellis::gui {

namespace {

void fillLanguages(QComboBox *box, const domain::Retro &retro)
{
    const QString current = box->currentData().toString();
    box->clear();
    for (const QString &tag : {retro.languageA, retro.languageB})
        box->addItem(i18n::languageAutonym(tag), tag);
    if (int at = box->findData(current); at >= 0)
        box->setCurrentIndex(at);
}

} // namespace

/// Check-in: review the previous retro's open actions, then one local update per participant.
class CheckInPanel : public PhasePanel {
    Q_OBJECT
public:
    CheckInPanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_reviews = new QListWidget(this);
        m_reviews->setObjectName(QStringLiteral("reviews"));
        m_note = new QLineEdit(this);
        m_note->setObjectName(QStringLiteral("reviewNote"));
        m_note->setPlaceholderText(tr("A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped"));
        m_partner = new QComboBox(this);
        m_partner->setObjectName(QStringLiteral("updatePartner"));
        m_language = new QComboBox(this);
        m_language->setObjectName(QStringLiteral("updateLanguage"));
        m_update = new QLineEdit(this);
        m_update->setObjectName(QStringLiteral("localUpdate"));
        m_update->setPlaceholderText(tr("One line from this partner, in its language; Enter saves"));
        auto *form = new QFormLayout;
        auto *reviewsLabel = new QLabel(tr("&Open actions of the previous retro:"), this);
        reviewsLabel->setBuddy(m_reviews);
        form->addRow(reviewsLabel);
        form->addRow(m_reviews);
        form->addRow(tr("&Note:"), m_note);
        form->addRow(tr("Local update from &partner:"), m_partner);
        form->addRow(tr("&Language:"), m_language);
        form->addRow(tr("&Update:"), m_update);
        setLayout(form);
        const domain::ActionOutcome outcomes[] = {domain::ActionOutcome::Done, domain::ActionOutcome::CarriedOver,
                                                  domain::ActionOutcome::Dropped};
        for (int i = 0; i < 3; ++i) {
            auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
            key->setContext(Qt::WidgetWithChildrenShortcut);
            connect(key, &QShortcut::activated, this, [this, o = outcomes[i]] { review(o); });
        }
        connect(m_update, &QLineEdit::returnPressed, this, [this] {
            const QString text = m_update->text().trimmed();
            if (text.isEmpty() || m_partner->currentIndex() < 0)
                return;
            if (session().setLocalUpdate(m_partner->currentData().toLongLong(),
                                         domain::BilingualText(m_language->currentData().toString(), text))) {
                m_update->clear();
                m_partner->setCurrentIndex((m_partner->currentIndex() + 1) % m_partner->count());
            }
        });
        connect(m_update, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
        connect(m_note, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
    }
    void refresh() override
    {
        const domain::RetroRun &r = run();
        const int row = m_reviews->currentRow();
        m_reviews->clear();
        for (const domain::ActionReview &review : r.reviews) {
            const QString owner = review.partnerId ? session().partnerName(*review.partnerId) : tr("no owner");
            QString outcome = tr("not reviewed yet");
            if (review.outcome == domain::ActionOutcome::Done)
                outcome = tr("done");
            else if (review.outcome == domain::ActionOutcome::CarriedOver)
                outcome = tr("carried over");
            else if (review.outcome == domain::ActionOutcome::Dropped)
                outcome = tr("dropped");
            auto *item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3").arg(review.actionText.original(), owner, outcome),
                                             m_reviews);
            item->setData(Qt::UserRole, review.actionId);
        }
        if (m_reviews->count() == 0)
            m_reviews->addItem(tr("The previous retro left no open actions."));
        m_reviews->setCurrentRow(qBound(0, row, m_reviews->count() - 1));
        const qint64 partner = m_partner->currentData().toLongLong();
        m_partner->clear();
        for (qint64 id : r.retro.participantIds)
            m_partner->addItem(session().partnerName(id), id);
        if (int at = m_partner->findData(partner); at >= 0)
            m_partner->setCurrentIndex(at);
        fillLanguages(m_language, r.retro);
    }
    QString roomHtml() const override
    {
        const domain::RetroRun &r = run();
        QString html;
        for (const domain::LocalUpdate &u : r.localUpdates)
            html += QStringLiteral("<p><b>%1</b></p>").arg(session().partnerName(u.partnerId).toHtmlEscaped())
                    + roomParagraph(u.text.original(), u.text.originalLanguage());
        for (const domain::ActionReview &review : r.reviews)
            html += roomPair(review.actionText, r.retro.languageA, r.retro.languageB);
        return html;
    }
    QJsonObject draft() const override
    {
        return {{QStringLiteral("update"), m_update->text()}, {QStringLiteral("note"), m_note->text()}};
    }
    void restoreDraft(const QJsonObject &d) override
    {
        m_update->setText(d.value(QStringLiteral("update")).toString());
        m_note->setText(d.value(QStringLiteral("note")).toString());
    }
    QWidget *firstInput() const override { return m_reviews; }

private:
    void review(domain::ActionOutcome outcome)
    {
        QListWidgetItem *item = m_reviews->currentItem();
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        domain::BilingualText note;
        if (!m_note->text().trimmed().isEmpty())
            note = domain::BilingualText(m_language->currentData().toString(), m_note->text().trimmed());
        const int row = m_reviews->currentRow();
        if (session().reviewAction(item->data(Qt::UserRole).toLongLong(), outcome, note)) {
            m_note->clear();
            m_reviews->setCurrentRow(qMin(row + 1, m_reviews->count() - 1));
        }
    }
    QListWidget *m_reviews;
    QLineEdit *m_note;
    QComboBox *m_partner;
    QComboBox *m_language;
    QLineEdit *m_update;
};

/// Write: one answer at a time; the room sees only how many answers there are.
class WritePanel : public PhasePanel {
    Q_OBJECT
public:
    WritePanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_question = new QComboBox(this);
        m_question->setObjectName(QStringLiteral("question"));
        m_question->addItem(tr("What felt extractive?"), int(domain::RetroQuestion::Extractive));
        m_question->addItem(tr("What felt transformative?"), int(domain::RetroQuestion::Transformative));
        m_question->addItem(tr("Which shared risk proved our alliance?"), int(domain::RetroQuestion::SharedRisk));
        m_author = new QComboBox(this);
        m_author->setObjectName(QStringLiteral("author"));
        m_language = new QComboBox(this);
        m_language->setObjectName(QStringLiteral("answerLanguage"));
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("answerText"));
        m_text->setPlaceholderText(tr("The answer as it is said; Enter saves it"));
        m_count = new QLabel(this);
        m_count->setObjectName(QStringLiteral("writtenCount"));
        m_anonymous = new QCheckBox(tr("Anonymous answers &welcome (no author is kept for them)"), this);
        m_anonymous->setObjectName(QStringLiteral("anonymousAnswers"));
        auto *form = new QFormLayout;
        form->addRow(m_anonymous);
        form->addRow(tr("&Question:"), m_question);
        form->addRow(tr("&Author:"), m_author);
        form->addRow(tr("&Language:"), m_language);
        form->addRow(tr("A&nswer:"), m_text);
        form->addRow(m_count);
        setLayout(form);
        for (int i = 0; i < 3; ++i) {
            auto *key = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
            key->setContext(Qt::WidgetWithChildrenShortcut);
            connect(key, &QShortcut::activated, this, [this, i] { m_question->setCurrentIndex(i); });
        }
        connect(m_anonymous, &QCheckBox::toggled, this, [this](bool on) {
            // Refused (named only while anonymous answers exist): the box shows what is saved.
            if (!session().setAnonymousAnswers(on)) {
                const QSignalBlocker block(m_anonymous);
                m_anonymous->setChecked(run().settings.anonymousAnswers);
            }
        });
        connect(m_text, &QLineEdit::returnPressed, this, &WritePanel::save);
        connect(m_text, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
        connect(m_author, &QComboBox::activated, this, &PhasePanel::draftChanged);
    }
    void refresh() override
    {
        const domain::RetroRun &r = run();
        {
            const QSignalBlocker block(m_anonymous);
            m_anonymous->setChecked(r.settings.anonymousAnswers);
        }
        const QVariant author = m_author->currentData();
        m_author->clear();
        for (qint64 id : r.retro.participantIds)
            m_author->addItem(session().partnerName(id), id);
        if (r.settings.anonymousAnswers)
            m_author->addItem(tr("Anonymous (no author is kept)"), -1);
        if (int at = m_author->findData(author); at >= 0)
            m_author->setCurrentIndex(at);
        fillLanguages(m_language, r.retro);
        m_count->setText(tr("%n answer(s) written, hidden until Reveal", nullptr, int(r.retro.answers.size())));
    }
    QString roomHtml() const override
    {
        const domain::Retro &r = run().retro;
        const auto q = domain::RetroQuestion(m_question->currentData().toInt());
        const QString anonymity = run().settings.anonymousAnswers ? tr("Anonymous answers are welcome: no author is kept for them.")
                                                                  : tr("Answers are named in this retro.");
        return roomQuestion(q, r.languageA, r.languageB)
               + QStringLiteral("<p align=\"center\">%1</p><p align=\"center\">%2</p>")
                     .arg(m_count->text().toHtmlEscaped(), anonymity.toHtmlEscaped());
    }
    QJsonObject draft() const override
    {
        QJsonObject d{{QStringLiteral("text"), m_text->text()},
                      {QStringLiteral("question"), m_question->currentIndex()},
                      {QStringLiteral("language"), m_language->currentData().toString()}};
        // An anonymous answer's draft says nothing of who is typing it.
        if (m_author->currentData().toLongLong() > 0)
            d.insert(QStringLiteral("author"), m_author->currentData().toLongLong());
        else
            d.insert(QStringLiteral("anonymous"), true);
        return d;
    }
    void restoreDraft(const QJsonObject &d) override
    {
        m_text->setText(d.value(QStringLiteral("text")).toString());
        m_question->setCurrentIndex(d.value(QStringLiteral("question")).toInt());
        if (int at = m_language->findData(d.value(QStringLiteral("language")).toString()); at >= 0)
            m_language->setCurrentIndex(at);
        const qint64 author = d.value(QStringLiteral("anonymous")).toBool() ? -1 : d.value(QStringLiteral("author")).toInteger();
        if (int at = m_author->findData(author); at >= 0)
            m_author->setCurrentIndex(at);
    }
    QWidget *firstInput() const override { return m_text; }

private:
    void save()
    {
        const QString text = m_text->text().trimmed();
        if (text.isEmpty())
            return;
        domain::RetroAnswer a;
        a.question = domain::RetroQuestion(m_question->currentData().toInt());
        const qint64 author = m_author->currentData().toLongLong();
        if (author > 0)
            a.authorPartnerId = author;
        a.text = domain::BilingualText(m_language->currentData().toString(), text);
        if (session().addAnswer(a)) {
            m_text->clear();
            Q_EMIT draftChanged();
        }
    }
    QComboBox *m_question;
    QComboBox *m_author;
    QComboBox *m_language;
    QLineEdit *m_text;
    QLabel *m_count;
    QCheckBox *m_anonymous;
};

PhasePanel *makeCheckInPanel(RetroSession &s, QWidget *parent) { return new CheckInPanel(s, parent); }
PhasePanel *makeWritePanel(RetroSession &s, QWidget *parent) { return new WritePanel(s, parent); }

} // namespace trellis::gui

#include "writepanel.moc"
