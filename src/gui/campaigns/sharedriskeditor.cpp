#include "gui/campaigns/sharedriskeditor.h"

#include "gui/app/workbench.h"
#include "gui/campaigns/linkchoices.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/partnerchecklist.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "store/sharedriskstore.h"

#include <QFormLayout>
#include <QHash>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

namespace trellis::gui {

using domain::SharedRisk;

namespace {

const QString kPart = QStringLiteral("part:");

QString partKey(qint64 partnerId) { return kPart + QString::number(partnerId); }

domain::RecordTexts textsOf(const SharedRisk &r)
{
    domain::RecordTexts texts{{{QStringLiteral("what"), r.what}, {QStringLiteral("outcome"), r.outcome}}, r.takenOn, std::nullopt};
    for (const domain::SharedRiskPart &p : r.parts)
        texts.fields.append({partKey(p.partnerId), p.part});
    return texts;
}

RecordExistence existence(Workbench &wb, const SharedRisk &risk)
{
    return storeExistence<store::SharedRiskStore>(wb, Section::SharedRisks, risk);
}

QString entryList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids)
        numbers << numberLabel(id);
    return listLabel(numbers);
}

} // namespace

SharedRiskEditor::SharedRiskEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::SharedRisks, parent)
{
    m_takenOn = new DateField(this);
    m_takenOn->setObjectName(QStringLiteral("takenOn"));
    m_takenOn->setAccessibleName(tr("Taken on"));
    m_bearers = new PartnerChecklist(wb.workspace(), this);
    m_bearers->setObjectName(QStringLiteral("bearers"));
    m_bearers->setAccessibleName(tr("Borne by"));
    m_bearers->setToolTip(tr("Each partner checked bore a part of the risk and gets a field for it below"));
    m_campaigns = new RecordChecklist(this);
    m_campaigns->setObjectName(QStringLiteral("campaigns"));
    m_campaigns->setAccessibleName(tr("Campaigns"));
    m_campaigns->setMaximumHeight(70);
    m_incidents = new RecordChecklist(this);
    m_incidents->setObjectName(QStringLiteral("incidents"));
    m_incidents->setAccessibleName(tr("Incidents"));
    m_incidents->setMaximumHeight(70);
    m_entries = new QLineEdit(this);
    m_entries->setObjectName(QStringLiteral("entries"));
    m_entries->setAccessibleName(tr("Ledger entries"));
    m_entries->setPlaceholderText(tr("entry numbers, e.g. %1").arg(entryList({12, 40})));
    facts()->addRow(tr("&Taken on:"), m_takenOn);
    facts()->addRow(tr("&Borne by:"), m_bearers);
    facts()->addRow(tr("Ca&mpaigns:"), m_campaigns);
    facts()->addRow(tr("&Incidents:"), m_incidents);
    facts()->addRow(tr("Ledger &entries:"), m_entries);
    setFactOrder({m_takenOn, m_bearers, m_campaigns, m_incidents, m_entries});
    followDate(m_takenOn);
    connect(m_bearers, &QListWidget::itemChanged, this, [this] {
        showParts(view()->record());
        markDirty();
    });
    connect(m_campaigns, &QListWidget::itemChanged, this, &SharedRiskEditor::markDirty);
    connect(m_incidents, &QListWidget::itemChanged, this, &SharedRiskEditor::markDirty);
    connect(m_entries, &QLineEdit::textEdited, this, &SharedRiskEditor::markDirty);
    showParts({});
}

QWidget *SharedRiskEditor::firstFact() const
{
    return m_takenOn;
}

void SharedRiskEditor::showParts(domain::RecordTexts texts)
{
    QHash<QString, domain::BilingualText> typed;
    for (const domain::RecordField &f : std::as_const(texts.fields))
        typed.insert(f.key, f.text);
    QList<QPair<QString, bool>> fields = {{QStringLiteral("what"), true}, {QStringLiteral("outcome"), true}};
    texts.fields = {{QStringLiteral("what"), typed.value(QStringLiteral("what"))},
                    {QStringLiteral("outcome"), typed.value(QStringLiteral("outcome"))}};
    QHash<QString, QString> bearerNames;
    for (int i = 0; i < m_bearers->count(); ++i) {
        const QListWidgetItem *item = m_bearers->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString key = partKey(item->data(Qt::UserRole).toLongLong());
        fields.append({key, true});
        texts.fields.append({key, typed.value(key)});
        bearerNames.insert(key, item->text());
    }
    setFields(fields, texts);
    for (auto it = bearerNames.cbegin(); it != bearerNames.cend(); ++it)
        view()->setFieldTitle(it.key(), tr("Part borne by \u2068%1\u2069").arg(it.value()));
}

void SharedRiskEditor::showRisk(const SharedRisk &r)
{
    m_risk = r;
    m_takenOn->setDate(r.takenOn.isValid() ? r.takenOn : QDate::currentDate());
    QList<qint64> bearers;
    for (const domain::SharedRiskPart &p : r.parts)
        bearers << p.partnerId;
    m_bearers->setChecked(bearers);
    m_campaigns->setItems(campaignChoices(workbench().workspace()), r.campaignIds);
    m_incidents->setItems(incidentChoices(workbench().workspace()), r.incidentIds);
    m_entries->setText(entryList(r.ledgerEntryIds));
    showParts(textsOf(r));
    setHeading(r.stamp.id == 0 ? tr("New shared risk") : r.what.original().section(u'\n', 0, 0),
               r.stamp.id == 0 ? QString() : shortDate(r.takenOn));
    QString summary;
    if (r.stamp.id == 0) {
        summary = tr("A risk the partners took together, and the part each bore. The retro's third question (which "
                     "shared risk proved our alliance?) can cite it.");
    } else if (auto citing = store::SharedRiskStore(workbench().workspace()).answersCiting(r.stamp.id); citing && !citing->isEmpty()) {
        summary = tr("Cited by %n answer(s) to the retro's third question.", nullptr, int(citing->size()));
    }
    setSummary(summary);
}

Status SharedRiskEditor::read(qint64 id)
{
    TRELLIS_TRY_ASSIGN(const SharedRisk r, store::SharedRiskStore(workbench().workspace()).get(id));
    showRisk(r);
    return {};
}

void SharedRiskEditor::clearFacts()
{
    showRisk(SharedRisk{});
}

Result<QList<qint64>> SharedRiskEditor::typedEntries() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,،;]+"));
    QList<qint64> ids;
    for (const QString &token : m_entries->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        qint64 id = QLocale().toLongLong(token, &ok);
        if (!ok)
            id = QLocale::c().toLongLong(token, &ok);
        if (!ok || id <= 0)
            return makeError(ErrorCode::InvalidInput, tr("“%1” is not a ledger entry number").arg(token));
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

Result<SharedRisk> SharedRiskEditor::riskFromForm() const
{
    SharedRisk r = m_risk;
    r.takenOn = m_takenOn->date();
    r.campaignIds = m_campaigns->checked();
    r.incidentIds = m_incidents->checked();
    TRELLIS_TRY_ASSIGN(r.ledgerEntryIds, typedEntries());
    QHash<QString, domain::BilingualText> texts;
    for (const domain::RecordField &f : view()->record().fields)
        texts.insert(f.key, f.text);
    r.what = texts.value(QStringLiteral("what"));
    r.outcome = texts.value(QStringLiteral("outcome"));
    r.parts.clear();
    for (qint64 partner : m_bearers->checked())
        r.parts.append({partner, texts.value(partKey(partner))});
    return r;
}

Status SharedRiskEditor::check() const
{
    if (const QString why = m_takenOn->problem(); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    TRELLIS_TRY_ASSIGN(SharedRisk r, riskFromForm());
    return r.normalise();
}

QWidget *SharedRiskEditor::fieldOf(const QString &message) const
{
    // The typed numbers' own refusal is written in the UI language: it is recognised by asking again.
    if (const auto typed = typedEntries(); !typed && typed.error().message == message)
        return m_entries;
    if (message.startsWith(QLatin1String("Ledger entry")))
        return m_entries;
    if (message.startsWith(QLatin1String("Incident")))
        return m_incidents;
    if (message.startsWith(QLatin1String("Campaign")))
        return m_campaigns;
    if (message.contains(QLatin1String("partner"), Qt::CaseInsensitive))
        return m_bearers;
    if (message.contains(QLatin1String("day")) || message == m_takenOn->problem())
        return m_takenOn;
    return nullptr;
}

Result<qint64> SharedRiskEditor::write()
{
    TRELLIS_TRY_ASSIGN(SharedRisk r, riskFromForm());
    return saveWithUndo<store::SharedRiskStore>(workbench(), Section::SharedRisks, r, m_risk, tr("Add shared risk"),
                                                tr("Edit shared risk"));
}

void SharedRiskEditor::deleteRecord()
{
    Workbench &wb = workbench();
    const SharedRisk removed = m_risk;
    auto citing = store::SharedRiskStore(wb.workspace()).answersCiting(removed.stamp.id);
    const bool wasCited = citing && !citing->isEmpty();
    finishDelete(removeWithUndo(wb, tr("Delete shared risk"), existence(wb, removed), removed.stamp.id),
                 wasCited ? tr("Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.")
                          : tr("Shared risk deleted. Undo (Ctrl+Z) brings it back."));
}

QJsonObject SharedRiskEditor::factsDraft() const
{
    return {{QStringLiteral("takenOn"), m_takenOn->text()}, {QStringLiteral("bearers"), idsToJson(m_bearers->checked())},
            {QStringLiteral("campaigns"), idsToJson(m_campaigns->checked())},
            {QStringLiteral("incidents"), idsToJson(m_incidents->checked())}, {QStringLiteral("entries"), m_entries->text()}};
}

void SharedRiskEditor::restoreFactsDraft(const QJsonObject &facts)
{
    auto day = DateField::parse(facts.value(QStringLiteral("takenOn")).toString(), QLocale());
    m_takenOn->setDate(day ? *day : QDate());
    m_bearers->setChecked(idsFromJson(facts.value(QStringLiteral("bearers"))));
    m_campaigns->setItems(campaignChoices(workbench().workspace()), idsFromJson(facts.value(QStringLiteral("campaigns"))));
    m_incidents->setItems(incidentChoices(workbench().workspace()), idsFromJson(facts.value(QStringLiteral("incidents"))));
    m_entries->setText(facts.value(QStringLiteral("entries")).toString());
    showParts(view()->record());
}

} // namespace trellis::gui
