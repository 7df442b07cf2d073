#include "gui/campaigns/quorumpanel.h"

#include "gui/editing/labels.h"
#include "i18n/language.h"
#include "store/campaignstore.h"
#include "store/partnerquery.h"
#include "store/partnerstore.h"
#include "util/log.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trellis::gui {

using domain::ParaphraseState;

namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(4);
    label->setAlignment(Qt::AlignTop | Qt::AlignAbsolute | Qt::AlignLeft);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps in the room it gets
    label->setMinimumHeight(label->fontMetrics().lineSpacing() * 2 + 10);
    return label;
}

/// Shows text in its own direction, whatever the UI's.
void showIn(QLabel *label, const QString &text, const QString &language)
{
    const bool rtl = i18n::textDirection(language) == i18n::TextDirection::RightToLeft;
    label->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    label->setAlignment(Qt::AlignTop | Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft));
    label->setText(text);
}

} // namespace

QuorumPanel::QuorumPanel(store::Workspace &workspace, QWidget *parent) : QWidget(parent), m_ws(workspace)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("quorumSummary"));
    m_summary->setWordWrap(true);
    m_pairs = new QTreeWidget(this);
    m_pairs->setObjectName(QStringLiteral("quorumPairs"));
    m_pairs->setAccessibleName(tr("Who paraphrases whom"));
    m_pairs->setRootIsDecorated(false);
    m_pairs->setHeaderLabels({tr("Paraphrases"), tr("the goals of"), tr("State")});
    m_pairs->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_pairs->setMinimumHeight(90);
    m_pairs->setMaximumHeight(150);
    m_goalsTitle = new QLabel(this);
    m_goalsTitle->setWordWrap(true);
    m_goals = textLabel(this);
    m_goals->setObjectName(QStringLiteral("quorumGoals"));
    m_paraphraseTitle = new QLabel(this);
    m_paraphraseTitle->setWordWrap(true);
    m_paraphrase = textLabel(this);
    m_paraphrase->setObjectName(QStringLiteral("quorumParaphrase"));
    auto *side = new QGridLayout;
    side->addWidget(m_goalsTitle, 0, 0);
    side->addWidget(m_paraphraseTitle, 0, 1);
    side->addWidget(m_goals, 1, 0);
    side->addWidget(m_paraphrase, 1, 1);
    side->setColumnStretch(0, 1);
    side->setColumnStretch(1, 1);
    m_write = new QPushButton(tr("&Write paraphrase…"), this);
    m_write->setObjectName(QStringLiteral("writeParaphrase"));
    m_acknowledge = new QPushButton(tr("Ac&knowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    m_acknowledge->setToolTip(tr("The paraphrased partner says: yes, that is what we mean"));
    m_sendBack = new QPushButton(tr("Send &back…"), this);
    m_sendBack->setObjectName(QStringLiteral("sendBack"));
    m_sendBack->setToolTip(tr("The paraphrased partner returns the paraphrase with a note"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_write);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_sendBack);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_pairs);
    layout->addLayout(side);
    layout->addLayout(buttons);
    connect(m_pairs, &QTreeWidget::currentItemChanged, this, &QuorumPanel::showSelected);
    connect(m_write, &QPushButton::clicked, this, &QuorumPanel::askWrite);
    connect(m_acknowledge, &QPushButton::clicked, this, &QuorumPanel::askAcknowledge);
    connect(m_sendBack, &QPushButton::clicked, this, &QuorumPanel::askSendBack);
    showCampaign(0);
}

void QuorumPanel::showCampaign(qint64 campaignId)
{
    const int keep = m_pairs->currentIndex().row();
    m_campaign = campaignId;
    m_input = {};
    m_pairsShown.clear();
    m_pairs->clear();
    if (campaignId != 0) {
        auto quorum = store::CampaignStore(m_ws).quorum(campaignId);
        if (!quorum) {
            Q_EMIT message(quorum.error().message, true);
        } else {
            m_input = *quorum;
        }
        auto names = store::PartnerQuery::names(m_ws, uiLanguage());
        m_names = names ? *names : QHash<qint64, QString>{};
    }
    for (const domain::QuorumPartner &by : std::as_const(m_input.partners)) {
        for (const domain::QuorumPartner &of : std::as_const(m_input.partners)) {
            if (by.id == of.id)
                continue;
            Pair pair{by.id, of.id, std::nullopt};
            for (const domain::QuorumParaphrase &p : std::as_const(m_input.paraphrases))
                if (p.byPartnerId == by.id && p.partnerId == of.id && (!pair.paraphrase || p.id > pair.paraphrase->id))
                    pair.paraphrase = p;
            m_pairsShown.append(pair);
            auto *item = new QTreeWidgetItem(m_pairs, {nameOf(by.id), nameOf(of.id),
                                                       pair.paraphrase ? paraphraseStateLabel(pair.paraphrase->state)
                                                                       : tr("not written yet")});
            item->setToolTip(0, item->text(0));
            item->setToolTip(1, item->text(1));
        }
    }
    m_summary->setText(summary());
    m_summary->setVisible(campaignId != 0);
    if (!m_pairsShown.isEmpty())
        m_pairs->setCurrentItem(m_pairs->topLevelItem(std::clamp(keep, 0, int(m_pairsShown.size()) - 1)));
    showSelected();
}

QString QuorumPanel::summary() const
{
    if (m_campaign == 0)
        return {};
    const QList<domain::QuorumBlocker> blockers = domain::activationBlockers(m_input);
    if (blockers.isEmpty())
        return tr("The listening quorum is complete: every partner has paraphrased the goals of every other, "
                  "each paraphrase is acknowledged, and a cultural exchange is planned.");
    return domain::describeRefusal(blockers, [this](qint64 id) { return nameOf(id); });
}

const QuorumPanel::Pair *QuorumPanel::selected() const
{
    const int row = m_pairs->currentIndex().row();
    return row >= 0 && row < m_pairsShown.size() ? &m_pairsShown.at(row) : nullptr;
}

QString QuorumPanel::nameOf(qint64 partnerId) const
{
    return QChar(0x2068) + m_names.value(partnerId, numberLabel(partnerId)) + QChar(0x2069);
}

QStringList QuorumPanel::languagesOf(qint64 partnerId) const
{
    for (const domain::QuorumPartner &p : m_input.partners)
        if (p.id == partnerId)
            return p.languages;
    return {};
}

void QuorumPanel::showSelected()
{
    const Pair *pair = selected();
    m_goals->clear();
    m_paraphrase->clear();
    m_goalsTitle->clear();
    m_paraphraseTitle->clear();
    if (pair) {
        if (auto partner = store::PartnerStore(m_ws).get(pair->of)) {
            const domain::BilingualText &goals = partner->goals;
            m_goalsTitle->setText(tr("The goals of %1, in its words (%2)").arg(nameOf(pair->of), languageLabel(goals.originalLanguage())));
            showIn(m_goals, goals.original(), goals.originalLanguage());
        }
        if (pair->paraphrase) {
            if (auto list = store::PartnerStore(m_ws).paraphrasesOf(pair->of)) {
                for (const domain::GoalParaphrase &g : std::as_const(*list)) {
                    if (g.stamp.id != pair->paraphrase->id)
                        continue;
                    m_paraphraseTitle->setText(tr("As %1 paraphrased them (%2)").arg(nameOf(pair->by), languageLabel(g.text.originalLanguage())));
                    showIn(m_paraphrase, g.text.original(), g.text.originalLanguage());
                }
            }
        } else {
            m_paraphraseTitle->setText(tr("%1 has not paraphrased them yet").arg(nameOf(pair->by)));
        }
    }
    const std::optional<ParaphraseState> state = pair && pair->paraphrase ? std::optional(pair->paraphrase->state) : std::nullopt;
    m_write->setEnabled(pair && (!state || *state == ParaphraseState::SentBack));
    m_acknowledge->setEnabled(state && *state != ParaphraseState::Acknowledged);
    m_sendBack->setEnabled(state && *state != ParaphraseState::Acknowledged && *state != ParaphraseState::SentBack);
}

Status QuorumPanel::saved(const Result<qint64> &id, const QString &done)
{
    if (!id) {
        Q_EMIT message(id.error().message, true);
        return id.error();
    }
    log::get("gui")->info("quorum record {} saved for campaign {}", *id, m_campaign);
    showCampaign(m_campaign);
    Q_EMIT message(done, false);
    Q_EMIT changed();
    return {};
}

Status QuorumPanel::writeParaphrase(const QString &text, const QString &language)
{
    const Pair *pair = selected();
    if (!pair)
        return makeError(ErrorCode::InvalidInput, tr("Choose who paraphrases whom first"));
    domain::GoalParaphrase paraphrase;
    paraphrase.partnerId = pair->of;
    paraphrase.byPartnerId = pair->by;
    paraphrase.text = domain::BilingualText(language, text);
    const QString done = tr("The paraphrase by %1 is saved: %2 can now acknowledge it.").arg(nameOf(pair->by), nameOf(pair->of));
    return saved(store::PartnerStore(m_ws).addParaphrase(paraphrase), done);
}

Status QuorumPanel::acknowledge(const QString &byName)
{
    const Pair *pair = selected();
    if (!pair || !pair->paraphrase)
        return makeError(ErrorCode::InvalidInput, tr("There is no paraphrase to acknowledge here"));
    const QString done = tr("%1 acknowledged the paraphrase of its goals by %2.").arg(nameOf(pair->of), nameOf(pair->by));
    return saved(store::CampaignStore(m_ws).acknowledge(pair->paraphrase->id, byName), done);
}

Status QuorumPanel::sendBack(const QString &byName, const QString &note)
{
    const Pair *pair = selected();
    if (!pair || !pair->paraphrase)
        return makeError(ErrorCode::InvalidInput, tr("There is no paraphrase to send back here"));
    // The note is the paraphrased partner's, in its first language.
    const QStringList languages = languagesOf(pair->of);
    const QString language = languages.isEmpty() ? uiLanguage() : languages.first();
    const QString done = tr("%1 sent the paraphrase by %2 back.").arg(nameOf(pair->of), nameOf(pair->by));
    return saved(store::CampaignStore(m_ws).sendBack(pair->paraphrase->id, byName, domain::BilingualText(language, note)), done);
}

void QuorumPanel::askWrite()
{
    const Pair *pair = selected();
    if (!pair)
        return;
    const QStringList languages = languagesOf(pair->by);
    QString language = languages.value(0, uiLanguage());
    if (languages.size() > 1) {
        QStringList labels;
        for (const QString &l : languages)
            labels << languageLabel(l);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Write paraphrase"),
                                                     tr("%1 paraphrases in its own language. Which one?").arg(nameOf(pair->by)),
                                                     labels, 0, false, &ok);
        if (!ok)
            return;
        language = languages.value(labels.indexOf(chosen), language);
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Write paraphrase"),
        tr("The goals of %1, as %2 understands them, in %3:").arg(nameOf(pair->of), nameOf(pair->by), languageLabel(language)),
        QString(), &ok);
    if (ok)
        (void)writeParaphrase(text, language); // saved() already told the editor
}

void QuorumPanel::askAcknowledge()
{
    const Pair *pair = selected();
    if (!pair)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Acknowledge"),
                                               tr("Who says, for %1: yes, that is what we mean?").arg(nameOf(pair->of)),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        (void)acknowledge(name); // saved() already told the editor
}

void QuorumPanel::askSendBack()
{
    const Pair *pair = selected();
    if (!pair)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Send back"), tr("Who sends it back, for %1?").arg(nameOf(pair->of)),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString note = QInputDialog::getMultiLineText(this, tr("Send back"),
                                                        tr("What the paraphrase by %1 misses:").arg(nameOf(pair->by)), QString(), &ok);
    if (ok)
        (void)sendBack(name, note); // saved() already told the editor
}

} // namespace trellis::gui
