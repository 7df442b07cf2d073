#include "gui/protocols/protocoleditor.h"

#include "gui/editing/labels.h"
#include "gui/editing/datefield.h"
#include "gui/partners/partnerpicker.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "store/partnerstore.h"
#include "store/protocolstore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

namespace trellis::gui {

using domain::ConflictProtocol;
using domain::ProtocolAgreement;

ProtocolEditor::ProtocolEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Protocols, parent)
{
    m_reviewDue = new DateField(this);
    m_reviewDue->setAccessibleName(tr("Review due"));
    auto *addStepButton = new QPushButton(tr("Add &step"), this);
    facts()->addRow(tr("&Review due:"), m_reviewDue);
    facts()->addRow(QString(), addStepButton);

    // Recording an agreement is an action on the saved version, not an edit of the form: it is
    // saved at once, undoable, and never makes a new version.
    m_agreeing = new PartnerPicker(wb, this);
    m_agreeing->setObjectName(QStringLiteral("agreeingPartner"));
    m_agreeing->setAccessibleName(tr("Partner that agrees"));
    m_agreedBy = new QLineEdit(this);
    m_agreedBy->setObjectName(QStringLiteral("agreedBy"));
    m_agreedBy->setAccessibleName(tr("Agreed by (person)"));
    m_agreedBy->setPlaceholderText(tr("who agreed for it"));
    m_agreedOn = new DateField(this);
    m_agreedOn->setObjectName(QStringLiteral("agreedOn"));
    m_agreedOn->setAccessibleName(tr("Agreed on"));
    m_agreedOn->setDate(QDate::currentDate());
    m_agree = new QPushButton(tr("Record a&greement"), this);
    m_agree->setObjectName(QStringLiteral("recordAgreement"));
    auto *agreement = new QHBoxLayout;
    agreement->addWidget(m_agreedBy, 1);
    agreement->addWidget(m_agreedOn);
    agreement->addWidget(m_agree);
    auto *agreeingLabel = new QLabel(tr("&Agreement of:"), this);
    agreeingLabel->setBuddy(m_agreeing);
    facts()->addRow(agreeingLabel, m_agreeing);
    facts()->addRow(QString(), agreement);
    setFactOrder({m_reviewDue, addStepButton, m_agreeing, m_agreedBy, m_agreedOn, m_agree});

    connect(addStepButton, &QPushButton::clicked, this, &ProtocolEditor::addStep);
    connect(m_agree, &QPushButton::clicked, this, &ProtocolEditor::recordAgreement);
    connect(m_agreedBy, &QLineEdit::returnPressed, this, &ProtocolEditor::recordAgreement);
    connect(m_reviewDue, &DateField::dateChanged, this, &ProtocolEditor::markDirty);
    connect(&wb, &Workbench::recordChanged, this, [this](Section s, qint64 id) {
        if (s == Section::Protocols && id == recordId() && id != 0)
            refreshAgreements();
    });
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
               p.stamp.id == 0 ? tr("new") : tr("version %1").arg(numberLabel(p.version)));
    for (QWidget *w : {static_cast<QWidget *>(m_agreeing), static_cast<QWidget *>(m_agreedBy),
                       static_cast<QWidget *>(m_agreedOn), static_cast<QWidget *>(m_agree)})
        w->setEnabled(p.stamp.id != 0);
    m_agree->setToolTip(p.stamp.id == 0 ? tr("Save the protocol first: partners agree to a saved version")
                                        : tr("Records the agreement to version %1 at once (Undo takes it back)").arg(p.version));
    showAgreements();
}

void ProtocolEditor::showAgreements()
{
    const ConflictProtocol &p = m_protocol;
    setSummary(p.stamp.id == 0 ? QString()
                               : tr("Agreed by %n partner(s). Saving a change records version %1, which needs its own "
                                    "agreements; earlier versions are kept with theirs.", nullptr, int(p.agreements.size()))
                                     .arg(numberLabel(p.version + 1)));
    QHash<qint64, domain::BilingualText> names;
    for (const ProtocolAgreement &a : p.agreements) {
        if (auto partner = store::PartnerStore(workbench().workspace()).get(a.partnerId))
            names.insert(a.partnerId, partner->name);
    }
    const QList<ProtocolAgreement> agreements = p.agreements;
    view()->setListing(tr("Agreements"), [agreements, names](const QString &language) {
        QStringList lines;
        for (const ProtocolAgreement &a : agreements)
            lines << domain::agreementLine(a, names.value(a.partnerId), language);
        return lines;
    });
}

void ProtocolEditor::refreshAgreements()
{
    auto saved = store::ProtocolStore(workbench().workspace()).get(recordId());
    if (!saved)
        return;
    m_protocol.agreements = saved->agreements;
    showAgreements();
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

bool ProtocolEditor::recordAgreement()
{
    const qint64 id = recordId();
    if (id == 0 || isEditingNew()) {
        showMessage(tr("Save the protocol first: partners agree to a saved version."));
        return false;
    }
    const ProtocolAgreement agreement{m_agreeing->partnerId(), m_agreedOn->date(), m_agreedBy->text()};
    std::optional<ProtocolAgreement> previous;
    for (const ProtocolAgreement &a : std::as_const(m_protocol.agreements)) {
        if (a.partnerId == agreement.partnerId)
            previous = a;
    }
    Workbench &wb = workbench();
    if (Status s = store::ProtocolStore(wb.workspace()).agree(id, agreement); !s) {
        showMessage(s.error().message);
        return false;
    }
    auto agree = [&wb, id](const ProtocolAgreement &a) -> Status {
        return store::ProtocolStore(wb.workspace()).agree(id, a);
    };
    // Undo gives back what was there: the partner's earlier agreement, or none.
    auto undo = [&wb, id, previous, agree, partner = agreement.partnerId]() -> Status {
        return previous ? agree(*previous) : store::ProtocolStore(wb.workspace()).removeAgreement(id, partner);
    };
    pushEdit(wb, tr("Record agreement"), Section::Protocols, id, [undo](qint64) { return undo(); },
             [agree, agreement](qint64) { return agree(agreement); });
    Q_EMIT wb.recordChanged(Section::Protocols, id);
    m_agreedBy->clear();
    showMessage(tr("Agreement recorded."), false);
    return true;
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
    p.agreements.clear(); // partners agreed to the version they read; a new version asks them again
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
