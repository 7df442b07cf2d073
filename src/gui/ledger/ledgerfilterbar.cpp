#include "gui/ledger/ledgerfilterbar.h"

#include "gui/editing/labels.h"
#include "gui/partners/partnerpicker.h"
#include "i18n/phrases.h"

#include <QComboBox>
#include "gui/editing/datefield.h"
#include <QGridLayout>
#include <QLabel>

namespace trellis::gui {
namespace {

DateField *periodEdit(QWidget *parent, const QString &anyText, const QString &name, const QString &objectName)
{
    auto *edit = new DateField(parent);
    edit->setObjectName(objectName);
    edit->setOptional(anyText); // empty stands for "open"
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

LedgerFilterBar::LedgerFilterBar(Workbench &workbench, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ledgerFilters"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_partner = new PartnerPicker(workbench, this);
    m_partner->setAnyPartnerItem(tr("Any partner"));
    m_partner->setAccessibleName(tr("Filter by partner"));
    m_with = new PartnerPicker(workbench, this);
    m_with->setObjectName(QStringLiteral("withPartner"));
    m_with->setAnyPartnerItem(tr("With any partner"));
    m_with->setAccessibleName(tr("Filter by the other partner"));
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
    m_from = periodEdit(this, tr("from any date"), tr("Period start"), QStringLiteral("periodFrom"));
    m_to = periodEdit(this, tr("to any date"), tr("Period end"), QStringLiteral("periodTo"));
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
    grid->addWidget(m_with, 2, 0);
    grid->addWidget(m_count, 2, 1, 1, 2);
    auto changed = [this] { Q_EMIT filterChanged(filter()); };
    for (QComboBox *box : {static_cast<QComboBox *>(m_partner), static_cast<QComboBox *>(m_with), m_kind, m_unit, m_status})
        connect(box, &QComboBox::activated, this, changed);
    for (DateField *edit : {m_from, m_to})
        connect(edit, &DateField::editingFinished, this, changed);
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
    if (m_from->date().isValid())
        f.from = m_from->date();
    if (m_to->date().isValid())
        f.to = m_to->date();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.status = domain::EntryStatus(status);
    if (const qint64 with = m_with->currentData().toLongLong())
        f.withPartnerId = with;
    return f;
}

void LedgerFilterBar::setFilter(const store::LedgerFilter &f)
{
    auto pick = [](QComboBox *box, const QVariant &value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    pick(m_partner, f.partnerId.value_or(0));
    pick(m_with, f.withPartnerId.value_or(0));
    pick(m_kind, f.kind ? int(*f.kind) : -1);
    m_unit->setCurrentIndex(f.unit ? std::max(0, m_unit->findData(*f.unit)) : 0);
    m_from->setDate(f.from);
    m_to->setDate(f.to);
    pick(m_status, f.status ? int(*f.status) : -1);
    Q_EMIT filterChanged(filter());
}

void LedgerFilterBar::setMatchingCount(qint64 count)
{
    auto text = i18n::formatCount(i18n::CountedThing::Entries, {count, 0}, uiLanguage());
    m_count->setText(text ? *text : QString::number(count));
}

} // namespace trellis::gui
