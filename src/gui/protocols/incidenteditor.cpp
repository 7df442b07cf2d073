#include "gui/protocols/incidenteditor.h"

#include "gui/editing/labels.h"
#include "gui/widgets/elidingcombobox.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/sharedfile/sharedfile.h"
#include "store/incidentstore.h"
#include "store/protocolstore.h"

#include <QComboBox>
#include "gui/editing/datefield.h"
#include <QFormLayout>

namespace trellis::gui {

using domain::Incident;

namespace {

/// Undo's way to record the incident again and to remove it.
RecordExistence existence(Workbench &wb, const Incident &incident)
{
    return storeExistence<store::IncidentStore>(wb, Section::Incidents, incident);
}

} // namespace

IncidentEditor::IncidentEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Incidents, parent)
{
    m_date = new DateField(this);
    m_date->setAccessibleName(tr("Occurred on"));
    m_protocol = new ElidingComboBox(this, 16); // protocol titles can be long
    m_protocol->setAccessibleName(tr("Protocol used"));
    facts()->addRow(tr("&Occurred on:"), m_date);
    facts()->addRow(tr("&Protocol used:"), m_protocol);
    setFactOrder({m_date, m_protocol});
    connect(m_date, &DateField::dateChanged, this, &IncidentEditor::markDirty);
    connect(m_protocol, &QComboBox::activated, this, &IncidentEditor::markDirty);
    connect(&wb, &Workbench::recordAdded, this, [this](Section s) {
        if (s == Section::Protocols)
            fillProtocols();
    });
    if (SharedFile *shared = SharedFile::of(wb))
        connect(shared, &SharedFile::changedElsewhere, this, &IncidentEditor::fillProtocols);
    fillProtocols();
}

void IncidentEditor::fillProtocols()
{
    const QVariant current = m_protocol->currentData();
    m_protocol->clear();
    m_protocol->addItem(tr("None"), qint64(0));
    if (auto protocols = store::ProtocolStore(workbench().workspace()).list()) {
        for (const store::ProtocolSummary &p : std::as_const(*protocols))
            m_protocol->addItem(tr("%1 (version %2)").arg(p.title, numberLabel(p.version)), p.id);
    }
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(current)));
}

void IncidentEditor::showIncident(const Incident &i)
{
    m_incident = i;
    m_date->setDate(i.occurredOn.isValid() ? i.occurredOn : QDate::currentDate());
    const qint64 protocol = i.protocolId.value_or(0);
    if (m_protocol->findData(protocol) < 0)
        m_protocol->addItem(tr("Protocol %1").arg(protocol), protocol);
    m_protocol->setCurrentIndex(m_protocol->findData(protocol));
    setFields({{QStringLiteral("summary"), true}, {QStringLiteral("outcome"), true}, {QStringLiteral("lessons"), true}},
              domain::recordTexts(i));
    setHeading(i.stamp.id == 0 ? tr("New incident") : tr("Incident %1").arg(numberLabel(i.stamp.id)), QString());
    setSummary(QString());
}

Status IncidentEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const Incident i, store::IncidentStore(workbench().workspace()).get(id));
    showIncident(i);
    return {};
}

void IncidentEditor::clearFacts()
{
    showIncident(Incident{});
}

Result<qint64> IncidentEditor::write()
{
    Incident i = m_incident;
    i.occurredOn = m_date->date();
    const qint64 protocol = m_protocol->currentData().toLongLong();
    i.protocolId = protocol ? std::optional<qint64>(protocol) : std::nullopt;
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("summary")) i.summary = f.text;
        else if (f.key == QLatin1String("outcome")) i.outcome = f.text;
        else if (f.key == QLatin1String("lessons")) i.lessons = f.text;
    }
    Workbench &wb = workbench();
    const bool isNew = i.stamp.id == 0;
    TRELLIS_TRY_ASSIGN(const qint64 id, saveWithUndo<store::IncidentStore>(wb, Section::Incidents, i, m_incident, tr("Add incident"),
                                                                  tr("Edit incident")));
    if (isNew)
        wb.report(tr("Incident recorded."));
    return id;
}

void IncidentEditor::deleteRecord()
{
    finishDelete(removeWithUndo(workbench(), tr("Delete incident"), existence(workbench(), m_incident), m_incident.stamp.id),
                 tr("Incident deleted; Undo brings it back."));
}

QJsonObject IncidentEditor::factsDraft() const
{
    return {{QStringLiteral("date"), m_date->date().toString(Qt::ISODate)},
            {QStringLiteral("protocol"), QString::number(m_protocol->currentData().toLongLong())}};
}

void IncidentEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_date->setDate(QDate::fromString(f.value(QStringLiteral("date")).toString(), Qt::ISODate));
    m_protocol->setCurrentIndex(std::max(0, m_protocol->findData(f.value(QStringLiteral("protocol")).toString().toLongLong())));
}

} // namespace trellis::gui

namespace trellis::gui {

QWidget *IncidentEditor::firstFact() const
{
    return m_date;
}

} // namespace trellis::gui
