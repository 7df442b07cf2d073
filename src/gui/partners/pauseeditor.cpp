#include "gui/partners/pauseeditor.h"

#include "gui/app/workbench.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/partners/partnerpicker.h"
#include "store/pausestore.h"

#include <QFormLayout>
#include <QLocale>

namespace trellis::gui {

using rhythm::Pause;

namespace {

const QList<QPair<QString, bool>> kPauseFields = {{QStringLiteral("reason"), true}};

domain::RecordTexts textsOf(const Pause &p)
{
    return {{{QStringLiteral("reason"), p.reason}}, p.firstDay, std::nullopt};
}

RecordExistence existence(Workbench &wb, const Pause &pause)
{
    return storeExistence<store::PauseStore>(wb, Section::Pauses, pause);
}

} // namespace

PauseEditor::PauseEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Pauses, parent)
{
    m_partnerA = new PartnerPicker(wb, this);
    m_partnerA->setObjectName(QStringLiteral("partnerA"));
    m_partnerA->setAccessibleName(tr("One partner"));
    m_partnerB = new PartnerPicker(wb, this);
    m_partnerB->setObjectName(QStringLiteral("partnerB"));
    m_partnerB->setAccessibleName(tr("The other partner"));
    m_firstDay = new DateField(this);
    m_firstDay->setObjectName(QStringLiteral("firstDay"));
    m_firstDay->setAccessibleName(tr("First day of the pause"));
    m_lastDay = new DateField(this);
    m_lastDay->setObjectName(QStringLiteral("lastDay"));
    m_lastDay->setAccessibleName(tr("Last day of the pause"));
    m_consentA = new DateField(this);
    m_consentA->setObjectName(QStringLiteral("consentA"));
    m_consentA->setAccessibleName(tr("Day the first partner agreed"));
    m_consentA->setOptional(tr("not yet"));
    m_consentB = new DateField(this);
    m_consentB->setObjectName(QStringLiteral("consentB"));
    m_consentB->setAccessibleName(tr("Day the other partner agreed"));
    m_consentB->setOptional(tr("not yet"));
    facts()->addRow(tr("&Between:"), m_partnerA);
    facts()->addRow(tr("&And:"), m_partnerB);
    facts()->addRow(tr("&From:"), m_firstDay);
    facts()->addRow(tr("&Until:"), m_lastDay);
    facts()->addRow(tr("First agreed &on:"), m_consentA);
    facts()->addRow(tr("Other agreed o&n:"), m_consentB);
    setFactOrder({m_partnerA, m_partnerB, m_firstDay, m_lastDay, m_consentA, m_consentB});
    for (PartnerPicker *picker : {m_partnerA, m_partnerB})
        connect(picker, &QComboBox::currentIndexChanged, this, &PauseEditor::markDirty);
    for (DateField *day : {m_lastDay, m_consentA, m_consentB})
        connect(day, &DateField::dateChanged, this, &PauseEditor::markDirty);
    followDate(m_firstDay);
    setFields(kPauseFields, {});
}

QWidget *PauseEditor::firstFact() const
{
    return m_partnerA;
}

void PauseEditor::showPartners(qint64 a, qint64 b)
{
    for (auto [picker, id] : {std::pair{m_partnerA, a}, std::pair{m_partnerB, b}}) {
        const QSignalBlocker block(picker);
        picker->showPartner(id);
    }
}

void PauseEditor::showPause(const Pause &p)
{
    m_pause = p;
    showPartners(p.partnerA, p.partnerB);
    const QDate today = QDate::currentDate();
    m_firstDay->setDate(p.firstDay.isValid() ? p.firstDay : today);
    m_lastDay->setDate(p.lastDay.isValid() ? p.lastDay : today.addDays(13));
    m_consentA->setDate(p.consentedByA);
    m_consentB->setDate(p.consentedByB);
    setFields(kPauseFields, textsOf(p));
    const bool isNew = p.stamp.id == 0;
    setHeading(isNew ? tr("New pause")
                     : tr("Pause from %1 to %2").arg(shortDate(p.firstDay), shortDate(p.lastDay)),
               isNew ? QString() : p.isAgreed() ? tr("agreed") : tr("proposed"));
    setSummary(isNew ? tr("\u201cSilence can be strategic if it is mutual and framed as rest rather than abandonment.\u201d "
                          "Say why the two partners pause; it is agreed once each side's consent has a day, and a "
                          "ledger entry between them dated inside it then asks first.")
                     : p.isAgreed() ? QString()
                                    : tr("Proposed: it holds once both sides have agreed."));
}

Status PauseEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const Pause p, store::PauseStore(workbench().workspace()).get(id));
    showPause(p);
    return {};
}

void PauseEditor::clearFacts()
{
    showPause(Pause{});
}

Pause PauseEditor::pauseFromForm() const
{
    Pause p = m_pause;
    p.partnerA = m_partnerA->partnerId();
    p.partnerB = m_partnerB->partnerId();
    p.firstDay = m_firstDay->date();
    p.lastDay = m_lastDay->date();
    p.consentedByA = m_consentA->date();
    p.consentedByB = m_consentB->date();
    for (const domain::RecordField &f : view()->record().fields)
        if (f.key == QLatin1String("reason"))
            p.reason = f.text;
    return p;
}

QString PauseEditor::endsBeforeItBegins() const
{
    return tr("The pause ends (%1) before it begins (%2)").arg(shortDate(m_lastDay->date()), shortDate(m_firstDay->date()));
}

QString PauseEditor::consentAfterItEnds(const QDate &consent) const
{
    return tr("Consent to a pause is given before it ends (%1), not on %2").arg(shortDate(m_lastDay->date()), shortDate(consent));
}

Status PauseEditor::check() const
{
    for (DateField *day : {m_firstDay, m_lastDay, m_consentA, m_consentB})
        if (const QString why = day->problem(); !why.isEmpty())
            return makeError(ErrorCode::InvalidInput, why);
    if (m_partnerA->currentIndex() < 0 || m_partnerB->currentIndex() < 0)
        return makeError(ErrorCode::InvalidInput, tr("Choose the two partners who pause"));
    Pause p = pauseFromForm();
    // The core says these too, in English and ISO days; the window says them in its language.
    if (p.firstDay.isValid() && p.lastDay.isValid() && p.lastDay < p.firstDay)
        return makeError(ErrorCode::InvalidInput, endsBeforeItBegins());
    for (const QDate &consent : {p.consentedByA, p.consentedByB})
        if (consent.isValid() && p.lastDay.isValid() && consent > p.lastDay)
            return makeError(ErrorCode::InvalidInput, consentAfterItEnds(consent));
    return p.normalise();
}

QWidget *PauseEditor::fieldOf(const QString &message) const
{
    if (message == tr("Choose the two partners who pause"))
        return m_partnerA->currentIndex() < 0 ? m_partnerA : m_partnerB;
    if (message.contains(QLatin1String("two different partners")))
        return m_partnerB;
    if (message == endsBeforeItBegins() || message.startsWith(QLatin1String("A pause lasts")))
        return m_lastDay;
    for (DateField *consent : {m_consentA, m_consentB})
        if (consent->date().isValid() && message == consentAfterItEnds(consent->date()))
            return consent;
    for (DateField *day : {m_firstDay, m_lastDay, m_consentA, m_consentB})
        if (message == day->problem())
            return day;
    return nullptr;
}

Result<qint64> PauseEditor::write()
{
    TRELLIS_TRY(check());
    Pause p = pauseFromForm();
    return saveWithUndo<store::PauseStore>(workbench(), Section::Pauses, p, m_pause, tr("Add pause"), tr("Edit pause"));
}

void PauseEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete pause"), existence(workbench(), m_pause), m_pause.stamp.id),
                 tr("Pause deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject PauseEditor::factsDraft() const
{
    return {{QStringLiteral("partnerA"), m_partnerA->partnerId()},
            {QStringLiteral("partnerB"), m_partnerB->partnerId()},
            {QStringLiteral("firstDay"), m_firstDay->text()}, {QStringLiteral("lastDay"), m_lastDay->text()},
            {QStringLiteral("consentA"), m_consentA->text()}, {QStringLiteral("consentB"), m_consentB->text()}};
}

void PauseEditor::restoreFactsDraft(const QJsonObject &facts)
{
    showPartners(facts.value(QStringLiteral("partnerA")).toInteger(), facts.value(QStringLiteral("partnerB")).toInteger());
    for (const auto &[field, key] : {std::pair{m_firstDay, "firstDay"}, std::pair{m_lastDay, "lastDay"},
                                     std::pair{m_consentA, "consentA"}, std::pair{m_consentB, "consentB"}}) {
        auto day = DateField::parse(facts.value(QLatin1String(key)).toString(), QLocale());
        field->setDate(day ? *day : QDate());
    }
}

} // namespace trellis::gui
