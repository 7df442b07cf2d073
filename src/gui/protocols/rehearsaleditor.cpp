#include "gui/protocols/rehearsaleditor.h"
#include "gui/rhythm/fulfilmentundo.h"

#include "gui/editing/partnerchecklist.h"

#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/rhythm/fulfilmentpicker.h"
#include "store/partnerquery.h"
#include "store/incidentstore.h"
#include "store/protocolstore.h"

#include "gui/editing/datefield.h"
#include <QFormLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QLocale>

namespace trellis::gui {

using domain::Rehearsal;

namespace {

/// Undo's way to record the rehearsal again and to remove it.
RecordExistence existence(Workbench &wb, const Rehearsal &rehearsal)
{
    return fulfillingExistence(wb, storeExistence<store::RehearsalStore>(wb, Section::Rehearsals, rehearsal), QStringLiteral("rehearsal"));
}

} // namespace

RehearsalEditor::RehearsalEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Rehearsals, parent)
{
    m_date = new DateField(this);
    m_date->setAccessibleName(tr("Held on"));
    m_participants = new PartnerChecklist(wb.workspace(), this);
    m_participants->setAccessibleName(tr("Participants"));
    facts()->addRow(tr("&Held on:"), m_date);
    facts()->addRow(tr("&Participants:"), m_participants);
    m_fulfils = new FulfilmentPicker(wb.workspace(), QStringLiteral("rehearsal"), this);
    facts()->addRow(tr("Fulfi&ls:"), m_fulfils);
    setFactOrder({m_date, m_participants, m_fulfils});
    connect(m_fulfils, &QComboBox::currentIndexChanged, this, &RehearsalEditor::markDirty);
    connect(m_date, &DateField::dateChanged, m_fulfils, &FulfilmentPicker::setDay);
    connect(m_date, &DateField::dateChanged, this, &RehearsalEditor::markDirty);
    connect(m_participants, &QListWidget::itemChanged, this, &RehearsalEditor::markDirty);
}

void RehearsalEditor::showRehearsal(const Rehearsal &r)
{
    m_rehearsal = r;
    m_date->setDate(r.heldOn.isValid() ? r.heldOn : QDate::currentDate());
    m_participants->setChecked(r.participantIds);
    m_fulfils->showRecord(r.stamp.id, m_date->date());
    setFields({{QStringLiteral("scenario"), true}, {QStringLiteral("observations"), true},
               {QStringLiteral("follow_ups"), true}},
              domain::recordTexts(r));
    setHeading(r.stamp.id == 0 ? tr("New rupture rehearsal") : tr("Rupture rehearsal %1").arg(QLocale().toString(r.heldOn, QStringLiteral("yyyy"))), QString());
    setSummary(QString());
}

Status RehearsalEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const Rehearsal r, store::RehearsalStore(workbench().workspace()).get(id));
    showRehearsal(r);
    return {};
}

void RehearsalEditor::clearFacts()
{
    showRehearsal(Rehearsal{});
}

Result<qint64> RehearsalEditor::write()
{
    Rehearsal r = m_rehearsal;
    r.heldOn = m_date->date();
    r.participantIds = m_participants->checked();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("scenario")) r.scenario = f.text;
        else if (f.key == QLatin1String("observations")) r.observations = f.text;
        else if (f.key == QLatin1String("follow_ups")) r.followUps = f.text;
    }
    Workbench &wb = workbench();
    const bool isNew = r.stamp.id == 0;
    TRELLIS_TRY_ASSIGN(const qint64 id, m_fulfils->saveLinked(wb, Section::Rehearsals, [&] {
                           return saveWithUndo<store::RehearsalStore>(wb, Section::Rehearsals, r, m_rehearsal,
                                                                      tr("Add rehearsal"), tr("Edit rehearsal"));
                       }));
    if (isNew)
        wb.report(tr("Rehearsal recorded."));
    return id;
}

void RehearsalEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete rehearsal"), existence(workbench(), m_rehearsal), m_rehearsal.stamp.id),
                 tr("Rehearsal deleted; Undo brings it back."));
}

QJsonObject RehearsalEditor::factsDraft() const
{
    QJsonArray ids;
    for (qint64 id : m_participants->checked())
        ids.append(QString::number(id));
    return {{QStringLiteral("date"), m_date->date().toString(Qt::ISODate)}, {QStringLiteral("participants"), ids},
            {QStringLiteral("fulfils"), m_fulfils->draft()}};
}

void RehearsalEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_date->setDate(QDate::fromString(f.value(QStringLiteral("date")).toString(), Qt::ISODate));
    QList<qint64> ids;
    for (const QJsonValue &v : f.value(QStringLiteral("participants")).toArray())
        ids << v.toString().toLongLong();
    m_participants->setChecked(ids);
    m_fulfils->restoreDraft(f.value(QStringLiteral("fulfils")).toString());
}

} // namespace trellis::gui

namespace trellis::gui {

QWidget *RehearsalEditor::firstFact() const
{
    return m_date;
}

} // namespace trellis::gui
