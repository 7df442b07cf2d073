#pragma once
// The first run: an empty workspace shows this page instead of empty lists and a greyed form.
// Four ways to begin, each one key away; the window's sections take over at the first record.

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace trellis::gui {

/// Offers: name the alliance and its working languages, add the first partner, open the demo
/// alliance, import a spreadsheet (keys 1 to 4).
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Shows the alliance's name and working languages (as set so far) in the first step.
    void setAlliance(const QString &name, const QStringList &languageNames);

    QCommandLinkButton *nameStep() const { return m_name; }
    QCommandLinkButton *partnerStep() const { return m_partner; }
    QCommandLinkButton *demoStep() const { return m_demo; }
    QCommandLinkButton *importStep() const { return m_import; }

Q_SIGNALS:
    void nameAllianceRequested();
    void firstPartnerRequested();
    void demoRequested();
    void importRequested();

private:
    QCommandLinkButton *addStep(int key, const QString &title, const QString &description);

    QLabel *m_heading = nullptr;
    QCommandLinkButton *m_name = nullptr;
    QCommandLinkButton *m_partner = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_import = nullptr;
};

} // namespace trellis::gui
