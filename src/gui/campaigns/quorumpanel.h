#pragma once
// The listening quorum of one campaign, as its partners work through it: who paraphrased whom,
// each paraphrase beside the goals it restates, and the answers that open or close the gate.

#include "domain/listeningquorum.h"
#include "util/result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace trellis::store {
class Workspace;
}

namespace trellis::gui {

/// Every ordered pair of a campaign's partners with the state of its paraphrase; the selected
/// pair's paraphrase and goals side by side, each in its own language; Write, Acknowledge, Send back.
class QuorumPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuorumPanel(store::Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the campaign's quorum again (0: a campaign not saved yet, nothing to show).
    void showCampaign(qint64 campaignId);
    QTreeWidget *pairs() const { return m_pairs; }
    /// What stops the campaign, one line each, or that the quorum is complete.
    QString summary() const;

    /// The answers, for the buttons and for tests: each saves at once (append-only history).
    Status writeParaphrase(const QString &text, const QString &language);
    Status acknowledge(const QString &byName);
    Status sendBack(const QString &byName, const QString &note);

Q_SIGNALS:
    /// A paraphrase or an answer was saved: the campaign's list and status follow.
    void changed();
    /// A refusal or a confirmation, for the editor's message line.
    void message(const QString &text, bool error);

private:
    struct Pair {
        qint64 by = 0;
        qint64 of = 0;
        std::optional<domain::QuorumParaphrase> paraphrase; ///< the latest, when one was written
    };
    void showSelected();
    const Pair *selected() const;
    QString nameOf(qint64 partnerId) const;
    QStringList languagesOf(qint64 partnerId) const;
    void askWrite();
    void askAcknowledge();
    void askSendBack();
    /// After a write: the refusal, or the list read again and done said; the write's status.
    Status saved(const Result<qint64> &id, const QString &done);

    store::Workspace &m_ws;
    qint64 m_campaign = 0;
    domain::QuorumInput m_input;
    QList<Pair> m_pairsShown;
    QHash<qint64, QString> m_names;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_pairs = nullptr;
    QLabel *m_goalsTitle = nullptr;
    QLabel *m_goals = nullptr;
    QLabel *m_paraphraseTitle = nullptr;
    QLabel *m_paraphrase = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_sendBack = nullptr;
};

} // namespace trellis::gui
