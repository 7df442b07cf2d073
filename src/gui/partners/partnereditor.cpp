#include "gui/partners/partnereditor.h"

#include "gui/editing/labels.h"
#include "gui/editing/pausenotes.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "i18n/namecheck.h"
#include "store/crossoverstore.h"
#include "store/partnerquery.h"
#include "store/partnerstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QUndoStack>

namespace trellis::gui {

using domain::Partner;

namespace {

const QList<QPair<QString, bool>> kPartnerFields = {
    {QStringLiteral("name"), false}, {QStringLiteral("goals"), true}, {QStringLiteral("contact_notes"), true}};

QString textOf(const domain::RecordTexts &texts, const QString &key, domain::BilingualText *out)
{
    for (const domain::RecordField &f : texts.fields) {
        if (f.key == key)
            *out = f.text;
    }
    return key;
}

/// The side-by-side key of a paraphrase of the partner's goals.
QString paraphraseKey(qint64 id)
{
    return QStringLiteral("paraphrase:%1").arg(id);
}

/// Undo's way to add the partner again and to remove it.
RecordExistence existence(Workbench &wb, const Partner &partner)
{
    return storeExistence<store::PartnerStore>(wb, Section::Partners, partner);
}

} // namespace

PartnerEditor::PartnerEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Partners, parent)
{
    // A pause added, changed or deleted (or undone) anywhere shows in the summary at once.
    for (auto signal : {&Workbench::recordAdded, &Workbench::recordChanged, &Workbench::recordRemoved})
        connect(&wb, signal, this, [this](Section section) {
            if (section == Section::Pauses)
                showSummary();
        });
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of partner"));
    for (auto k : {domain::PartnerKind::Movement, domain::PartnerKind::Union, domain::PartnerKind::Collective,
                   domain::PartnerKind::Envoy, domain::PartnerKind::Other})
        m_kind->addItem(partnerKindLabel(k), int(k));
    m_country = new QLineEdit(this);
    m_country->setAccessibleName(tr("Country"));
    m_country->setPlaceholderText(tr("two letters, e.g. LK"));
    m_country->setMaxLength(2);
    m_languages = new QLineEdit(this);
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setPlaceholderText(tr("language tags, e.g. fa, en"));
    m_locale = new QLineEdit(this);
    m_locale->setAccessibleName(tr("Locale"));
    m_locale->setPlaceholderText(tr("e.g. fa-IR-u-ca-persian"));
    m_timeZone = new QLineEdit(this);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setPlaceholderText(tr("e.g. Asia/Tehran"));
    m_latin = new QLineEdit(this);
    m_latin->setAccessibleName(tr("Name in Latin letters"));
    m_latin->setPlaceholderText(tr("derived from the name when left empty"));
    facts()->addRow(tr("&Kind:"), m_kind);
    facts()->addRow(tr("Co&untry:"), m_country);
    facts()->addRow(tr("&Languages:"), m_languages);
    facts()->addRow(tr("L&ocale:"), m_locale);
    facts()->addRow(tr("&Time zone:"), m_timeZone);
    facts()->addRow(tr("Latin &name:"), m_latin);
    setFactOrder({m_kind, m_country, m_languages, m_locale, m_timeZone, m_latin});
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PartnerEditor::markDirty);
    for (QLineEdit *e : {m_country, m_languages, m_locale, m_timeZone, m_latin})
        connect(e, &QLineEdit::textEdited, this, &PartnerEditor::markDirty);
    setFields(kPartnerFields, {});
}

QWidget *PartnerEditor::firstFact() const
{
    // A new partner starts with its name, in the first column's language.
    return view()->tabOrder().value(0, m_kind);
}

QString PartnerEditor::crossoverCounts(qint64 partnerId)
{
    if (partnerId == 0)
        return {};
    auto counts = store::CrossoverStore(workbench().workspace()).countsPerPair();
    if (!counts)
        return {};
    auto names = store::PartnerQuery::names(workbench().workspace(), uiLanguage());
    int total = 0;
    QStringList withWhom;
    for (const store::CrossoverPairCount &c : std::as_const(*counts)) {
        if (c.partnerA != partnerId && c.partnerB != partnerId)
            continue;
        const qint64 other = c.partnerA == partnerId ? c.partnerB : c.partnerA;
        total += c.total();
        withWhom << QStringLiteral("\u2068%1\u2069: %2").arg(names ? names->value(other) : QString(), QLocale().toString(c.total()));
    }
    if (total == 0)
        return {};
    return tr("Narrative crossovers with other partners, both ways: %1 (%2)").arg(QLocale().toString(total), withWhom.join(QStringLiteral(", ")));
}

void PartnerEditor::showPartner(const Partner &p)
{
    m_partner = p;
    m_paraphrases.clear();
    if (p.stamp.id != 0) {
        auto paraphrases = store::PartnerStore(workbench().workspace()).paraphrasesOf(p.stamp.id);
        if (paraphrases)
            m_paraphrases = *paraphrases;
        else
            showMessage(paraphrases.error().message);
    }
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_country->setText(p.country);
    m_languages->setText(p.languages.join(QStringLiteral(", ")));
    m_locale->setText(p.locale);
    m_timeZone->setText(p.timeZone);
    m_latin->setText(p.nameLatin);
    // Below the partner's own texts, its goals as other partners paraphrased them (the listening
    // quorum): each open to translation, its original as its author wrote it.
    QList<QPair<QString, bool>> fields = kPartnerFields;
    domain::RecordTexts texts = domain::recordTexts(p, true);
    for (const domain::GoalParaphrase &g : std::as_const(m_paraphrases)) {
        fields.append({paraphraseKey(g.stamp.id), true});
        texts.fields.append({paraphraseKey(g.stamp.id), g.text});
    }
    setFields(fields, texts);
    if (!m_paraphrases.isEmpty()) {
        auto names = store::PartnerQuery::names(workbench().workspace(), view()->languages().first, view()->languages().second);
        for (const domain::GoalParaphrase &g : std::as_const(m_paraphrases)) {
            const QString by = names ? names->value(g.byPartnerId) : QString();
            view()->setFieldTitle(paraphraseKey(g.stamp.id), tr("Our goals, as \u2068%1\u2069 paraphrased them").arg(by));
            view()->setFieldOriginalLocked(paraphraseKey(g.stamp.id), true);
        }
    }
    setHeading(p.stamp.id == 0 ? tr("New partner") : p.name.original(), partnerKindLabel(p.kind));
    showSummary();
}

void PartnerEditor::showSummary()
{
    const Partner &p = m_partner;
    const auto warnings = i18n::checkName(p.name.original());
    QStringList summary;
    if (warnings.any())
        summary << tr("This name contains characters that can deceive (hidden direction marks, mixed "
                      "scripts or look-alike letters). Check it before sharing.");
    if (const QString crossovers = crossoverCounts(p.stamp.id); !crossovers.isEmpty())
        summary << crossovers;
    if (p.stamp.id != 0) {
        // The pauses it is in or will be in; those already over are history.
        auto names = store::PartnerQuery::names(workbench().workspace(), uiLanguage());
        summary << pauseNotes(workbench().workspace(), p.stamp.id, 0, QDate::currentDate(), QDate(),
                              [&names](qint64 id) { return names ? names->value(id) : numberLabel(id); });
    }
    setSummary(summary.join(u'\n'));
}

Status PartnerEditor::read(qint64 id)
{
    auto partner = store::PartnerStore(workbench().workspace()).get(id);
    if (!partner)
        return partner.error();
    showPartner(*partner);
    return {};
}

void PartnerEditor::clearFacts()
{
    showPartner(Partner{});
}

Partner PartnerEditor::partnerFromForm() const
{
    Partner p = m_partner;
    p.kind = domain::PartnerKind(m_kind->currentData().toInt());
    p.country = m_country->text().trimmed().toUpper();
    p.languages = m_languages->text().split(u',', Qt::SkipEmptyParts);
    for (QString &l : p.languages)
        l = l.trimmed();
    p.locale = m_locale->text().trimmed();
    p.timeZone = m_timeZone->text().trimmed();
    p.nameLatin = m_latin->text().trimmed();
    const domain::RecordTexts texts = view()->record();
    textOf(texts, QStringLiteral("name"), &p.name);
    textOf(texts, QStringLiteral("goals"), &p.goals);
    textOf(texts, QStringLiteral("contact_notes"), &p.contactNotes);
    return p;
}

QWidget *PartnerEditor::fieldOf(const QString &message) const
{
    // Core messages name their field first ("Latin name", "Locale: ...", "The name (es) is too long").
    const auto names = [&message](const char *word) { return message.contains(QLatin1String(word), Qt::CaseInsensitive); };
    if (names("Latin name"))
        return m_latin;
    if (names("country"))
        return m_country;
    if (names("time zone"))
        return m_timeZone;
    if (message.startsWith(QLatin1String("Locale")))
        return m_locale;
    if (message.startsWith(QLatin1String("Languages")))
        return m_languages;
    if (names("name")) {
        const QList<QWidget *> texts = view()->tabOrder();
        return texts.isEmpty() ? nullptr : texts.first();
    }
    return nullptr;
}

Status PartnerEditor::check() const
{
    Partner p = partnerFromForm();
    return p.normalise();
}

Result<qint64> PartnerEditor::write()
{
    Partner p = partnerFromForm();
    Workbench &wb = workbench();
    if (p.stamp.id == 0)
        return addWithUndo(wb, tr("Add partner"), existence(wb, p));
    store::PartnerStore store(wb.workspace());
    const Partner before = m_partner;
    // The paraphrases whose translations changed: saved after the partner, undone with it.
    QList<QPair<domain::GoalParaphrase, domain::BilingualText>> translated;
    const domain::RecordTexts texts = view()->record();
    for (const domain::GoalParaphrase &g : std::as_const(m_paraphrases)) {
        domain::BilingualText now;
        textOf(texts, paraphraseKey(g.stamp.id), &now);
        if (!(now == g.text))
            translated.append({g, now});
    }
    TRELLIS_TRY(store.update(p));
    for (const auto &[g, now] : std::as_const(translated))
        TRELLIS_TRY(store.saveParaphraseTranslations(g.stamp.id, now));
    Q_EMIT wb.recordChanged(Section::Partners, p.stamp.id);
    wb.undoStack()->beginMacro(tr("Edit partner"));
    pushStoreEdit<store::PartnerStore>(wb, tr("Edit partner"), Section::Partners, before, p);
    for (const auto &[g, now] : std::as_const(translated)) {
        const qint64 partnerId = p.stamp.id, id = g.stamp.id;
        auto apply = [&wb, partnerId, id](const domain::BilingualText &text) -> Status {
            TRELLIS_TRY(store::PartnerStore(wb.workspace()).saveParaphraseTranslations(id, text));
            Q_EMIT wb.recordChanged(Section::Partners, partnerId);
            return Status();
        };
        wb.undoStack()->push(new RecordCommand(wb, tr("Translate paraphrase"), [apply, before = g.text] { return apply(before); },
                                               [apply, after = now] { return apply(after); }));
    }
    wb.undoStack()->endMacro();
    return p.stamp.id;
}

void PartnerEditor::deleteRecord()
{
    const qint64 id = m_partner.stamp.id;
    finishDelete(removeWithUndo(workbench(), tr("Delete partner"), existence(workbench(), m_partner), id),
                 tr("Partner %1 deleted. Undo (Ctrl+Z) brings it back.").arg(numberLabel(id)));
}

QJsonObject PartnerEditor::factsDraft() const
{
    return {{QStringLiteral("kind"), m_kind->currentData().toInt()}, {QStringLiteral("country"), m_country->text()},
            {QStringLiteral("languages"), m_languages->text()}, {QStringLiteral("locale"), m_locale->text()},
            {QStringLiteral("timeZone"), m_timeZone->text()}, {QStringLiteral("latin"), m_latin->text()}};
}

void PartnerEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_kind->setCurrentIndex(m_kind->findData(f.value(QStringLiteral("kind")).toInt()));
    m_country->setText(f.value(QStringLiteral("country")).toString());
    m_languages->setText(f.value(QStringLiteral("languages")).toString());
    m_locale->setText(f.value(QStringLiteral("locale")).toString());
    m_timeZone->setText(f.value(QStringLiteral("timeZone")).toString());
    m_latin->setText(f.value(QStringLiteral("latin")).toString());
}

} // namespace trellis::gui
