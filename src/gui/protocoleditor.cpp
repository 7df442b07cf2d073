#include "gui/protocoleditor.h"

#include "gui/sidebysideview.h"
#include "gui/workbench.h"
#include "store/protocolstore.h"

#include "gui/datefield.h"
#include <QFormLayout>
#include <QPushButton>

namespace trellis::gui {

using domain::ConflictProtocol;

ProtocolEditor::ProtocolEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Protocols, parent)
{
    m_reviewDue = new DateField(this);
    m_reviewDue->setCalendarPopup(true);
    m_reviewDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewDue->setAccessibleName(tr("Review due"));
    auto *addStepButton = new QPushButton(tr("Add &step"), this);
    facts()->addRow(tr("&Review due:"), m_reviewDue);
    facts()->addRow(QString(), addStepButton);
    setFactOrder({m_reviewDue, addStepButton});
    connect(addStepButton, &QPushButton::clicked, this, &ProtocolEditor::addStep);
    connect(m_reviewDue, &QDateEdit::dateChanged, this, &ProtocolEditor::markDirty);
}

QWidget *ProtocolEditor::firstFact() const
{
    return view()->tabOrder().value(0, m_reviewDue);
}

void ProtocolEditor::showProtocol(const ConflictProtocol &p)
{
    m_protocol = p;
    m_reviewDue->setDate(p.reviewDue.isValid() ? p.reviewDue : QDate::currentDate().addYears(1));
    const domain::RecordTexts texts = domain::recordTexts(p);
    QList<QPair<QString, bool>> fields;
    for (const domain::RecordField &f : texts.fields)
        fields.append({f.key, f.key != QLatin1String("title")});
    setFields(fields, texts);
    setHeading(p.stamp.id == 0 ? tr("New conflict protocol") : p.title.original(),
               p.stamp.id == 0 ? tr("new") : tr("version %1").arg(p.version));
    setSummary(p.stamp.id == 0 ? QString()
                               : tr("Agreed by %1 partner(s). Saving a change records version %2; earlier versions are kept.")
                                     .arg(p.agreements.size()).arg(p.version + 1));
}

Status ProtocolEditor::read(qint64 id)
{
    auto protocol = store::ProtocolStore(workbench().workspace()).get(id);
    if (!protocol)
        return protocol.error();
    showProtocol(*protocol);
    return {};
}

void ProtocolEditor::clearFacts()
{
    ConflictProtocol p;
    p.steps.append(domain::BilingualText());
    showProtocol(p);
}

void ProtocolEditor::addStep()
{
    ConflictProtocol p = protocolFromForm();
    p.steps.append(domain::BilingualText());
    const ConflictProtocol saved = m_protocol;
    showProtocol(p);
    m_protocol.steps = saved.steps; // what is saved stays as read until Save
    markDirty();
    view()->tabOrder().value(3 + int(p.steps.size()) - 1, this)->setFocus(Qt::OtherFocusReason);
}

ConflictProtocol ProtocolEditor::protocolFromForm() const
{
    ConflictProtocol p = m_protocol;
    p.reviewDue = m_reviewDue->date();
    p.steps.clear();
    for (const domain::RecordField &f : view()->record().fields) {
        if (f.key == QLatin1String("title")) p.title = f.text;
        else if (f.key == QLatin1String("triggers")) p.triggers = f.text;
        else if (f.key == QLatin1String("roles")) p.roles = f.text;
        else if (f.key.startsWith(QLatin1String("step:")) && !f.text.isEmpty()) p.steps.append(f.text);
    }
    return p;
}

Result<qint64> ProtocolEditor::write()
{
    ConflictProtocol p = protocolFromForm();
    Workbench &wb = workbench();
    store::ProtocolStore store(wb.workspace());
    const bool isNew = p.stamp.id == 0;
    auto id = isNew ? store.add(p) : store.addVersion(p);
    if (!id)
        return id.error();
    // Protocol versions are a kept history: a saved version is not undone, it is superseded.
    Q_EMIT wb.recordAdded(Section::Protocols, *id);
    if (!isNew)
        Q_EMIT wb.recordRemoved(Section::Protocols, m_protocol.stamp.id);
    wb.report(isNew ? tr("Protocol saved as version 1.") : tr("Protocol saved as version %1; earlier versions are kept.").arg(p.version));
    return *id;
}

QJsonObject ProtocolEditor::factsDraft() const
{
    return {{QStringLiteral("reviewDue"), m_reviewDue->date().toString(Qt::ISODate)}};
}

void ProtocolEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_reviewDue->setDate(QDate::fromString(f.value(QStringLiteral("reviewDue")).toString(), Qt::ISODate));
}

} // namespace trellis::gui
