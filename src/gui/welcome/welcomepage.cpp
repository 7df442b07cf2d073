#include "gui/welcome/welcomepage.h"

#include "gui/widgets/themedicon.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace trellis::gui {

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    auto *column = new QWidget(this);
    // A fixed width: wrapped labels and command links then get the height their text needs
    // (an aligned, merely bounded column is laid out at its size hint and clips them).
    column->setFixedWidth(fontMetrics().averageCharWidth() * 80);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(10);
    auto *icon = new QLabel(column);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    layout->addWidget(icon);
    m_heading = new QLabel(tr("Welcome to Trellis"), column);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAccessibleName(m_heading->text());
    layout->addWidget(m_heading);
    auto *intro = new QLabel(tr("This workspace is empty. It will keep your alliance's partners, its reciprocity "
                                "ledger, its retros and its conflict protocols, each in two languages side by side. "
                                "Begin in one of four ways:"), column);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_name = addStep(1, tr("1  Name the alliance and its working languages"),
                     tr("The languages its partners read and write, in order; any two of them sit side by side."));
    m_partner = addStep(2, tr("2  Add the first partner"),
                        tr("A movement, union, collective or envoy, named in its own script."));
    m_demo = addStep(3, tr("3  Open the demo alliance"),
                     tr("Eleven partners, each writing in its own script, with a ledger and retros, to look around first."));
    m_import = addStep(4, tr("4  Import a spreadsheet"),
                       tr("The ledger you kept until now, from a CSV file; its partners are created as you confirm them."));
    for (QCommandLinkButton *step : {m_name, m_partner, m_demo, m_import})
        layout->addWidget(step);
    layout->addStretch(1);
    connect(m_name, &QAbstractButton::clicked, this, &WelcomePage::nameAllianceRequested);
    connect(m_partner, &QAbstractButton::clicked, this, &WelcomePage::firstPartnerRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QAbstractButton::clicked, this, &WelcomePage::importRequested);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
}

QCommandLinkButton *WelcomePage::addStep(int key, const QString &title, const QString &description)
{
    auto *button = new QCommandLinkButton(title, description, this);
    button->setObjectName(QStringLiteral("welcomeStep%1").arg(key));
    // The bare digit, while the page shows: one key away, as the page promises (Alt with a digit
    // stays the window's way to a section, which leaves this page).
    auto *shortcut = new QShortcut(QKeySequence(Qt::Key(Qt::Key_0 + key)), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, button, &QAbstractButton::click);
    return button;
}

void WelcomePage::setAlliance(const QString &name, const QStringList &languageNames)
{
    m_heading->setText(name.isEmpty() ? tr("Welcome to Trellis") : tr("Welcome to %1").arg(name));
    m_name->setDescription(
        languageNames.isEmpty()
            ? tr("The languages its partners read and write, in order; any two of them sit side by side.")
            : tr("Working languages now: %1. Change them, and give the alliance its name.")
                  .arg(QLocale().createSeparatedList(languageNames)));
}

} // namespace trellis::gui
