#include "gui/campaigns/crossovereditor.h"

#include "domain/listeningquorum.h"
#include "gui/app/workbench.h"
#include "gui/campaigns/linkchoices.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/partners/partnerpicker.h"
#include "i18n/language.h"
#include "store/crossoverstore.h"
#include "store/partnerstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QJsonArray>
#include <QLocale>

namespace trellis::gui {

using domain::CrossoverKind;
using domain::NarrativeCrossover;

namespace {

const QList<QPair<QString, bool>> kCrossoverFields = {
    {QStringLiteral("origin"), true}, {QStringLiteral("reborn"), true}, {QStringLiteral("seen_at"), false}};

domain::RecordTexts textsOf(const NarrativeCrossover &n)
{
    return {{{QStringLiteral("origin"), n.origin}, {QStringLiteral("reborn"), n.reborn}, {QStringLiteral("seen_at"), n.seenAt}},
            n.rebornOn, std::nullopt};
}

RecordExistence existence(Workbench &wb, const NarrativeCrossover &crossover)
{
    return storeExistence<store::CrossoverStore>(wb, Section::Crossovers, crossover);
}

} // namespace

CrossoverEditor::CrossoverEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Crossovers, parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of crossover"));
    for (CrossoverKind k : {CrossoverKind::Phrase, CrossoverKind::Metaphor, CrossoverKind::Slogan, CrossoverKind::Joke,
                            CrossoverKind::Strategy, CrossoverKind::Other})
        m_kind->addItem(crossoverKindLabel(k), int(k));
    m_origin = new PartnerPicker(wb, this);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setAccessibleName(tr("Born with"));
    m_adopting = new PartnerPicker(wb, this);
    m_adopting->setObjectName(QStringLiteral("adopting"));
    m_adopting->setAccessibleName(tr("Reborn with"));
    m_bornOn = new DateField(this);
    m_bornOn->setObjectName(QStringLiteral("bornOn"));
    m_bornOn->setAccessibleName(tr("Born on"));
    m_bornOn->setOptional(tr("not known"));
    m_rebornOn = new DateField(this);
    m_rebornOn->setObjectName(QStringLiteral("rebornOn"));
    m_rebornOn->setAccessibleName(tr("Reborn on"));
    m_campaigns = new RecordChecklist(this);
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_campaigns->setAccessibleName(tr("Campaigns"));
    m_campaigns->setMaximumHeight(70);
    m_born = new QLabel(this);
    m_born->setObjectName(QStringLiteral("bornText"));
    m_reborn = new QLabel(this);
    m_reborn->setObjectName(QStringLiteral("rebornText"));
    for (QLabel *label : {m_born, m_reborn})
        label->setWordWrap(true);
    auto *originals = new QHBoxLayout;
    originals->addWidget(m_born, 1);
    // From born to reborn in the reading order of the UI.
    originals->addWidget(new QLabel(layoutDirection() == Qt::RightToLeft ? QStringLiteral("←") : QStringLiteral("→"), this));
    originals->addWidget(m_reborn, 1);
    facts()->addRow(tr("&Kind:"), m_kind);
    facts()->addRow(tr("Born &with:"), m_origin);
    facts()->addRow(tr("&Reborn with:"), m_adopting);
    facts()->addRow(tr("&Born on:"), m_bornOn);
    facts()->addRow(tr("Reborn &on:"), m_rebornOn);
    facts()->addRow(tr("Ca&mpaigns:"), m_campaigns);
    facts()->addRow(tr("As written:"), originals);
    connect(view(), &SideBySideView::edited, this, &CrossoverEditor::showOriginals);
    setFactOrder({m_kind, m_origin, m_adopting, m_bornOn, m_rebornOn, m_campaigns});
    for (QComboBox *picker : std::initializer_list<QComboBox *>{m_kind, m_origin, m_adopting})
        connect(picker, &QComboBox::currentIndexChanged, this, &CrossoverEditor::markDirty);
    connect(m_bornOn, &DateField::dateChanged, this, &CrossoverEditor::markDirty);
    followDate(m_rebornOn);
    connect(m_campaigns, &QListWidget::itemChanged, this, &CrossoverEditor::markDirty);
    setFields(kCrossoverFields, {});
}

QWidget *CrossoverEditor::firstFact() const
{
    return m_kind;
}

void CrossoverEditor::showPartners(qint64 origin, qint64 adopting)
{
    for (auto [picker, id] : {std::pair{m_origin, origin}, std::pair{m_adopting, adopting}}) {
        const QSignalBlocker block(picker);
        picker->showPartner(id);
    }
}

void CrossoverEditor::showOriginals()
{
    QString born, reborn;
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key != QLatin1String("origin") && f.key != QLatin1String("reborn"))
            continue;
        QLabel *label = f.key == QLatin1String("origin") ? m_born : m_reborn;
        const QString language = f.text.originalLanguage();
        const bool written = !f.text.original().trimmed().isEmpty();
        label->setText(written ? QStringLiteral("%1 — %2").arg(f.text.original().section(u'\n', 0, 0), languageLabel(language))
                               : tr("not written yet"));
        const bool rtl = written && i18n::textDirection(language) == i18n::TextDirection::RightToLeft;
        label->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        label->setAlignment((rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter);
    }
}

void CrossoverEditor::showCrossover(const NarrativeCrossover &n)
{
    m_crossover = n;
    m_kind->setCurrentIndex(m_kind->findData(int(n.kind)));
    showPartners(n.originPartnerId, n.adoptingPartnerId);
    m_bornOn->setDate(n.bornOn);
    m_rebornOn->setDate(n.rebornOn.isValid() ? n.rebornOn : QDate::currentDate());
    m_campaigns->setItems(campaignChoices(workbench().workspace()), n.campaignIds);
    setFields(kCrossoverFields, textsOf(n));
    showOriginals();
    setHeading(n.stamp.id == 0 ? tr("New narrative crossover") : n.reborn.original().section(u'\n', 0, 0),
               n.stamp.id == 0 ? QString() : crossoverKindLabel(n.kind));
    setSummary(n.stamp.id == 0 ? tr("A phrase, metaphor, slogan or strategy born in one partner's language and reborn "
                                    "in another's. Write it as born in the language of the partner it was born with, and "
                                    "as reborn in the language of the partner who adopted it.")
                               : QString());
}

Status CrossoverEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const NarrativeCrossover n, store::CrossoverStore(workbench().workspace()).get(id));
    showCrossover(n);
    return {};
}

void CrossoverEditor::clearFacts()
{
    showCrossover(NarrativeCrossover{});
}

NarrativeCrossover CrossoverEditor::crossoverFromForm() const
{
    NarrativeCrossover n = m_crossover;
    n.kind = CrossoverKind(m_kind->currentData().toInt());
    n.originPartnerId = m_origin->currentData().toLongLong();
    n.adoptingPartnerId = m_adopting->currentData().toLongLong();
    n.bornOn = m_bornOn->date();
    n.rebornOn = m_rebornOn->date();
    n.campaignIds = m_campaigns->checked();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("origin")) n.origin = f.text;
        else if (f.key == QLatin1String("reborn")) n.reborn = f.text;
        else if (f.key == QLatin1String("seen_at")) n.seenAt = f.text;
    }
    return n;
}

Status CrossoverEditor::checkLanguage(qint64 partnerId, const domain::BilingualText &text, bool asBorn) const
{
    if (partnerId == 0 || text.original().trimmed().isEmpty())
        return {};
    auto partner = store::PartnerStore(workbench().workspace()).get(partnerId);
    if (!partner)
        return partner.error();
    const QStringList own = domain::ownLanguages(*partner);
    if (own.isEmpty() || domain::speaksLanguage(own, text.originalLanguage()))
        return {};
    QStringList names;
    for (const QString &tag : own)
        names << languageLabel(tag);
    const QString who = QStringLiteral("\u2068%1\u2069").arg(partner->name.original());
    return makeError(ErrorCode::InvalidInput,
                     (asBorn ? tr("Write it as born in the language of %1 (%2), not in %3")
                             : tr("Write it as reborn in the language of %1 (%2), not in %3"))
                         .arg(who, listLabel(names), languageLabel(text.originalLanguage())));
}

Status CrossoverEditor::check() const
{
    for (DateField *date : {m_bornOn, m_rebornOn})
        if (const QString why = date->problem(); !why.isEmpty())
            return makeError(ErrorCode::InvalidInput, why);
    if (m_origin->currentIndex() < 0 || m_adopting->currentIndex() < 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the partner it was born with and the partner who adopted it"));
    if (m_origin->currentData() == m_adopting->currentData())
        return makeError(ErrorCode::InvalidInput, tr("A crossover goes from one partner to another: choose two partners"));
    NarrativeCrossover n = crossoverFromForm();
    TRELLIS_TRY(n.normalise());
    TRELLIS_TRY(checkLanguage(n.originPartnerId, n.origin, true));
    return checkLanguage(n.adoptingPartnerId, n.reborn, false);
}

QWidget *CrossoverEditor::fieldOf(const QString &message) const
{
    if (message == tr("Choose the partner it was born with and the partner who adopted it"))
        return m_origin->currentIndex() < 0 ? m_origin : m_adopting;
    if (message == tr("A crossover goes from one partner to another: choose two partners"))
        return m_adopting;
    if (message.startsWith(QLatin1String("Campaign")))
        return m_campaigns;
    if (message == m_bornOn->problem())
        return m_bornOn;
    if (message == m_rebornOn->problem() || message.contains(QLatin1String("reborn on"), Qt::CaseInsensitive))
        return m_rebornOn;
    return nullptr;
}

Result<qint64> CrossoverEditor::write()
{
    TRELLIS_TRY(check());
    NarrativeCrossover n = crossoverFromForm();
    return saveWithUndo<store::CrossoverStore>(workbench(), Section::Crossovers, n, m_crossover,
                                               tr("Add narrative crossover"), tr("Edit narrative crossover"));
}

void CrossoverEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete narrative crossover"), existence(workbench(), m_crossover),
                                m_crossover.stamp.id),
                 tr("Narrative crossover deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject CrossoverEditor::factsDraft() const
{
    return {{QStringLiteral("kind"), m_kind->currentData().toInt()},
            {QStringLiteral("origin"), m_origin->currentData().toLongLong()},
            {QStringLiteral("adopting"), m_adopting->currentData().toLongLong()},
            {QStringLiteral("bornOn"), m_bornOn->text()}, {QStringLiteral("rebornOn"), m_rebornOn->text()},
            {QStringLiteral("campaigns"), idsToJson(m_campaigns->checked())}};
}

void CrossoverEditor::restoreFactsDraft(const QJsonObject &facts)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(facts.value(QStringLiteral("kind")).toInt())));
    showPartners(facts.value(QStringLiteral("origin")).toInteger(), facts.value(QStringLiteral("adopting")).toInteger());
    for (const auto &[field, key] : {std::pair{m_bornOn, "bornOn"}, std::pair{m_rebornOn, "rebornOn"}}) {
        auto day = DateField::parse(facts.value(QLatin1String(key)).toString(), QLocale());
        field->setDate(day ? *day : QDate());
    }
    m_campaigns->setItems(campaignChoices(workbench().workspace()), idsFromJson(facts.value(QStringLiteral("campaigns"))));
}

} // namespace trellis::gui
