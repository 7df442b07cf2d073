#include "gui/protocols/incidenteditor.h"

#include "gui/editing/labels.h"
#include "gui/widgets/elidingcombobox.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "gui/sharedfile/sharedfile.h"
#include "store/protocolstore.h"

#include <QComboBox>
#include "gui/editing/datefield.h"
#include <QFormLayout>

namespace trellis::gui {

using domain::Incident;

namespace {

/// Undo's way to record the incident again and to remove it.
RecordExistence existence(Workbench &wb, Incident incident)
{
    return {Section::Incidents,
            [&wb, incident]() mutable { incident.stamp = {}; return store::ProtocolStore(wb.workspace()).addIncident(incident); },
            [&wb](qint64 id) { return store::ProtocolStore(wb.workspace()).removeIncident(id); }};
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
    auto incident = store::ProtocolStore(workbench().workspace()).incident(id);
    if (!incident)
        return incident.error();
    showIncident(*incident);
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
    store::ProtocolStore store(wb.workspace());
    if (i.stamp.id == 0) {
        auto id = store.addIncident(i);
        if (!id)
            return id.error();
        Q_EMIT wb.recordAdded(Section::Incidents, *id);
        pushExistence(wb, tr("Add incident"), existence(wb, i), *id, true);
        wb.report(tr("Incident recorded."));
        return *id;
    }
    const Incident before = m_incident;
    TRELLIS_TRY(store.updateIncident(i));
    Q_EMIT wb.recordChanged(Section::Incidents, i.stamp.id);
    pushEdit<Incident>(wb, tr("Edit incident"), Section::Incidents, before, i,
                      [&wb](Incident &value) { return store::ProtocolStore(wb.workspace()).updateIncident(value); });
    return i.stamp.id;
}

void IncidentEditor::deleteRecord()
{
    Workbench &wb = workbench();
    const domain::Incident removed = m_incident;
    if (Status s = store::ProtocolStore(wb.workspace()).removeIncident(removed.stamp.id); !s) {
        showMessage(s.error().message);
        return;
    }
    Q_EMIT wb.recordRemoved(Section::Incidents, removed.stamp.id);
    pushExistence(wb, tr("Delete incident"), existence(wb, removed), removed.stamp.id, false);
    wb.report(tr("Incident deleted; Undo brings it back."));
    startNew();
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
