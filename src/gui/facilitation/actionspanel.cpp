// Actions and Close: actions with owner, due date and text in both languages ("Adjust
// commitments" offered when the pair's ledger shows a persisting asymmetry); then the summary
// and Publish, which asks about missing translations first.
#include "gui/balances/balanceformat.h"
#include "gui/facilitation/phasepanel.h"
#include "gui/editing/labels.h"
#include "gui/facilitation/retrosession.h"

#include "i18n/language.h"
#include "store/pairflows.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace trellis::gui {

/// Actions: Ctrl+Enter adds the action typed; the list shows those agreed and carried over.
class ActionsPanel : public PhasePanel {
    Q_OBJECT
public:
    ActionsPanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_owner = new QComboBox(this);
        m_owner->setObjectName(QStringLiteral("actionOwner"));
        m_due = new QDateEdit(QDate::currentDate().addMonths(3), this);
        m_due->setObjectName(QStringLiteral("actionDue"));
        m_due->setCalendarPopup(true);
        m_textA = new QLineEdit(this);
        m_textA->setObjectName(QStringLiteral("actionTextA"));
        m_textB = new QLineEdit(this);
        m_textB->setObjectName(QStringLiteral("actionTextB"));
        m_adjust = new QPushButton(this);
        m_adjust->setObjectName(QStringLiteral("adjustCommitments"));
        m_actions = new QListWidget(this);
        m_actions->setObjectName(QStringLiteral("actions"));
        m_labelA = new QLabel(this);
        m_labelB = new QLabel(this);
        m_labelA->setBuddy(m_textA);
        m_labelB->setBuddy(m_textB);
        auto *form = new QFormLayout(this);
        form->addRow(tr("&Owner:"), m_owner);
        form->addRow(tr("&Due on:"), m_due);
        form->addRow(m_labelA, m_textA);
        form->addRow(m_labelB, m_textB);
        form->addRow(m_adjust);
        form->addRow(m_actions);
        auto *add = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
        add->setContext(Qt::WidgetWithChildrenShortcut);
        connect(add, &QShortcut::activated, this, &ActionsPanel::addAction);
        connect(m_adjust, &QPushButton::clicked, this, [this] {
            // The partner giving less carries the adjustment; the text is the room's to write.
            if (int at = m_owner->findData(m_adjustOwner); at >= 0)
                m_owner->setCurrentIndex(at);
            m_textA->setFocus();
        });
        for (QLineEdit *edit : {m_textA, m_textB})
            connect(edit, &QLineEdit::textEdited, this, &PhasePanel::draftChanged);
    }
    void refresh() override
    {
        const domain::RetroRun &r = run();
        const QVariant owner = m_owner->currentData();
        m_owner->clear();
        for (qint64 id : r.retro.participantIds)
            m_owner->addItem(session().partnerName(id), id);
        if (int at = m_owner->findData(owner); at >= 0)
            m_owner->setCurrentIndex(at);
        m_labelA->setText(tr("&Action in %1:").arg(i18n::languageAutonym(r.retro.languageA)));
        m_labelB->setText(tr("Action in %1 (&B):").arg(i18n::languageAutonym(r.retro.languageB)));
        m_textA->setLayoutDirection(i18n::isRightToLeft(r.retro.languageA) ? Qt::RightToLeft : Qt::LeftToRight);
        m_textB->setLayoutDirection(i18n::isRightToLeft(r.retro.languageB) ? Qt::RightToLeft : Qt::LeftToRight);
        m_actions->clear();
        for (const domain::RetroAction &a : r.retro.actions) {
            QString line = QStringLiteral("%1 · %2 · %3").arg(a.text.original(),
                a.partnerId ? session().partnerName(*a.partnerId) : tr("no owner"),
                a.dueOn.isValid() ? shortDate(a.dueOn) : tr("no due date"));
            if (r.carriedFrom.contains(a.stamp.id))
                line += QStringLiteral(" · ") + tr("carried over");
            m_actions->addItem(line);
        }
        offerAdjustment();
    }
    QString roomHtml() const override
    {
        const domain::RetroRun &r = run();
        QString html;
        for (const domain::RetroAction &a : r.retro.actions)
            html += roomPair(a.text, r.retro.languageA, r.retro.languageB);
        return html;
    }
    QJsonObject draft() const override
    {
        return {{QStringLiteral("a"), m_textA->text()}, {QStringLiteral("b"), m_textB->text()}};
    }
    void restoreDraft(const QJsonObject &d) override
    {
        m_textA->setText(d.value(QStringLiteral("a")).toString());
        m_textB->setText(d.value(QStringLiteral("b")).toString());
    }
    QWidget *firstInput() const override { return m_textA; }

private:
    void addAction()
    {
        const domain::Retro &r = run().retro;
        const QString a = m_textA->text().trimmed();
        const QString b = m_textB->text().trimmed();
        if (a.isEmpty() && b.isEmpty())
            return;
        domain::RetroAction action;
        action.partnerId = m_owner->currentData().toLongLong();
        action.dueOn = m_due->date();
        action.text = a.isEmpty() ? domain::BilingualText(r.languageB, b) : domain::BilingualText(r.languageA, a);
        if (!a.isEmpty() && !b.isEmpty())
            action.text.setTranslation(r.languageB, {b, domain::TranslationStatus::Human, {}, {}});
        if (session().addAction(action)) {
            m_textA->clear();
            m_textB->clear();
            m_textA->setFocus();
            Q_EMIT draftChanged();
        }
    }
    /// Shows "Adjust commitments" when two participants' flows stayed lopsided for quarters.
    void offerAdjustment()
    {
        const domain::RetroRun &r = run();
        m_adjust->hide();
        auto persisting = store::PairFlows(session().workspace()).persisting(r.retro.heldOn);
        if (!persisting)
            return;
        for (const store::PersistingAsymmetry &p : std::as_const(*persisting)) {
            if (!r.retro.participantIds.contains(p.givingMore) || !r.retro.participantIds.contains(p.givingLess))
                continue;
            m_adjustOwner = p.givingLess;
            // The figures of the quarters in question, from the ledger, formatted by the locale.
            const QDate last = store::PairFlows::stepStart(r.retro.heldOn, store::FlowStep::Quarter).addMonths(3).addDays(-1);
            const store::Period span{last.addDays(1).addMonths(-3 * store::kPersistQuarters), last};
            qint64 gave = 0, received = 0;
            if (auto flows = store::PairFlows(session().workspace()).between(p.givingMore, p.givingLess, p.unit, span,
                                                                              store::FlowStep::Quarter)) {
                for (const store::PairFlowPoint &point : std::as_const(*flows)) {
                    gave += point.given;
                    received += point.received;
                }
            }
            const auto isolate = [](const QString &s) { return QChar(0x2068) + s + QChar(0x2069); };
            m_adjust->setText(tr("Adjust commitments: in the last %n quarter(s), %1 gave %2 to %3 and received %4",
                                 nullptr, store::kPersistQuarters)
                                  .arg(isolate(session().partnerName(p.givingMore)), isolate(formatAmount(gave, p.unit)),
                                       isolate(session().partnerName(p.givingLess)), isolate(formatAmount(received, p.unit))));
            m_adjust->show();
            return;
        }
    }
    QComboBox *m_owner;
    QDateEdit *m_due;
    QLineEdit *m_textA;
    QLineEdit *m_textB;
    QLabel *m_labelA;
    QLabel *m_labelB;
    QPushButton *m_adjust;
    QListWidget *m_actions;
    qint64 m_adjustOwner = 0;
};

/// Close: what the retro holds, and Publish (Ctrl+Shift+P).
class ClosePanel : public PhasePanel {
    Q_OBJECT
public:
    ClosePanel(RetroSession &s, QWidget *parent) : PhasePanel(s, parent)
    {
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("closeSummary"));
        m_summary->setWordWrap(true);
        m_publish = new QPushButton(tr("P&ublish…"), this);
        m_publish->setObjectName(QStringLiteral("publish"));
        auto *publishKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
        publishKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(publishKey, &QShortcut::activated, m_publish, &QPushButton::click);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addWidget(m_publish);
        layout->addStretch();
        connect(m_publish, &QPushButton::clicked, this, &ClosePanel::publish);
    }
    void refresh() override
    {
        const domain::RetroRun &r = run();
        int votes = 0;
        for (const domain::RetroVote &v : r.votes)
            votes += v.count;
        m_summary->setText(tr("Answers: %1 · themes: %2 · votes: %3 · actions: %4 (carried over: %5) · local updates: %6")
                               .arg(QLocale().toString(r.retro.answers.size()), QLocale().toString(r.themes.size()), QLocale().toString(votes),
                                    QLocale().toString(r.retro.actions.size()), QLocale().toString(r.carriedFrom.size()),
                                    QLocale().toString(r.localUpdates.size()))
                           + (r.retro.publishedAt.isEmpty() ? QString() : QStringLiteral("\n") + tr("Published.")));
        m_publish->setEnabled(r.retro.publishedAt.isEmpty());
    }
    QString roomHtml() const override
    {
        return QStringLiteral("<p align=\"center\">%1</p>").arg(m_summary->text().toHtmlEscaped());
    }
    QWidget *firstInput() const override { return m_publish; }

private:
    /// Texts of the retro not yet readable in both languages of the pair.
    int missingTranslations() const
    {
        const domain::Retro &r = run().retro;
        int missing = 0;
        auto count = [&](const domain::BilingualText &t) {
            for (const QString &lang : {r.languageA, r.languageB})
                missing += t.textIn(lang) ? 0 : 1;
        };
        for (const domain::RetroAnswer &a : r.answers)
            count(a.text);
        for (const domain::RetroAction &a : r.actions)
            count(a.text);
        return missing;
    }
    void publish()
    {
        QString question = tr("Publish this retro's bilingual record? Its answers, votes and actions become final; "
                              "translations can still be added.");
        if (const int missing = missingTranslations())
            question += QStringLiteral("\n\n") + tr("%n text(s) are not yet in both languages of the pair.", nullptr, missing);
        if (QMessageBox::question(this, tr("Publish retro"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return;
        static_cast<void>(session().publish());
    }
    QLabel *m_summary;
    QPushButton *m_publish;
};

PhasePanel *makeActionsPanel(RetroSession &s, QWidget *parent) { return new ActionsPanel(s, parent); }
PhasePanel *makeClosePanel(RetroSession &s, QWidget *parent) { return new ClosePanel(s, parent); }

PhasePanel *makePhasePanel(domain::RetroPhase phase, RetroSession &s, QWidget *parent)
{
    switch (phase) {
    case domain::RetroPhase::CheckIn: return makeCheckInPanel(s, parent);
    case domain::RetroPhase::Write: return makeWritePanel(s, parent);
    case domain::RetroPhase::Reveal: return makeRevealPanel(s, parent);
    case domain::RetroPhase::Group: return makeGroupPanel(s, parent);
    case domain::RetroPhase::Vote: return makeVotePanel(s, parent);
    case domain::RetroPhase::Discuss: return makeDiscussPanel(s, parent);
    case domain::RetroPhase::Actions: return makeActionsPanel(s, parent);
    case domain::RetroPhase::Close: return makeClosePanel(s, parent);
    }
    return nullptr;
}

} // namespace trellis::gui

#include "actionspanel.moc"
