#include "gui/ledgerfilterbar.h"

#include "gui/labels.h"
#include "gui/partnerpicker.h"
#include "i18n/phrases.h"

#include <QComboBox>
#include "gui/datefield.h"
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace trellis::gui {
namespace {

QDateEdit *periodEdit(QWidget *parent, const QString &anyText, const QString &name)
{
    auto *edit = new DateField(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(anyText); // the minimum date stands for "open"
    edit->setDate(edit->minimumDate());
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

LedgerFilterBar::LedgerFilterBar(store::Workspace &workspace, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ledgerFilters"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_partner = new PartnerPicker(workspace, this);
    m_partner->insertItem(0, tr("Any partner"), qint64(0));
    m_partner->setCurrentIndex(0);
    m_partner->setAccessibleName(tr("Filter by partner"));
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Filter by kind"));
    m_kind->addItem(tr("Any kind"), -1);
    for (int k = 0; k < int(domain::ContributionKind::Count); ++k)
        m_kind->addItem(kindLabel(domain::ContributionKind(k)), k);
    m_unit = new QComboBox(this);
    m_unit->setAccessibleName(tr("Filter by unit"));
    m_unit->addItem(tr("Any unit"));
    for (const QString &key : {QString(), QStringLiteral("hours"), QStringLiteral("words"), QStringLiteral("pages"),
                               QStringLiteral("nights"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("BRL")})
        m_unit->addItem(unitLabel(key), key);
    m_from = periodEdit(this, tr("from any date"), tr("Period start"));
    m_to = periodEdit(this, tr("to any date"), tr("Period end"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Drafts and posted"), -1);
    m_status->addItem(tr("Drafts"), int(domain::EntryStatus::Draft));
    m_status->addItem(tr("Posted"), int(domain::EntryStatus::Posted));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    grid->addWidget(m_partner, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_unit, 0, 2);
    grid->addWidget(m_from, 1, 0);
    grid->addWidget(m_to, 1, 1);
    grid->addWidget(m_status, 1, 2);
    grid->addWidget(m_count, 2, 0, 1, 3);
    auto changed = [this] { Q_EMIT filterChanged(filter()); };
    for (QComboBox *box : {static_cast<QComboBox *>(m_partner), m_kind, m_unit, m_status})
        connect(box, &QComboBox::activated, this, changed);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, changed);
}

store::LedgerFilter LedgerFilterBar::filter() const
{
    store::LedgerFilter f;
    if (const qint64 partner = m_partner->currentData().toLongLong())
        f.partnerId = partner;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = domain::ContributionKind(kind);
    if (m_unit->currentIndex() > 0)
        f.unit = m_unit->currentData().toString();
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.status = domain::EntryStatus(status);
    return f;
}

void LedgerFilterBar::setMatchingCount(qint64 count)
{
    auto text = i18n::formatCount(i18n::CountedThing::Entries, {count, 0}, QLocale().name().section(u'_', 0, 0));
    m_count->setText(text ? *text : QString::number(count));
}

void LedgerFilterBar::reloadPartners()
{
    const qint64 current = m_partner->partnerId();
    m_partner->reload();
    m_partner->insertItem(0, tr("Any partner"), qint64(0));
    m_partner->setCurrentIndex(std::max(0, m_partner->findData(current)));
}

} // namespace trellis::gui
