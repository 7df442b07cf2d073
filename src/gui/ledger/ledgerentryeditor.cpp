#include "gui/ledger/ledgerentryeditor.h"

#include "domain/sidebyside.h"
#include "gui/ledger/consentpanel.h"
#include "gui/editing/labels.h"
#include "gui/partners/partnerpicker.h"
#include "gui/editing/recordcommand.h"
#include "gui/editing/sidebysideview.h"
#include "gui/app/workbench.h"
#include "i18n/amount.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/pausestore.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include "gui/editing/datefield.h"
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace trellis::gui {

using domain::EntryStatus;
using domain::LedgerEntry;

namespace {

const QList<QPair<QString, bool>> kEntryFields = {{QStringLiteral("narrative"), true}};

QString plainQuantity(const domain::Quantity &q)
{
    // As the user would type it in the UI's locale: its decimal mark and digits (parseAmount reads both).
    QString text = q.toPlainString();
    if (const QString mark = QLocale().decimalPoint(); mark == QStringLiteral(",") || mark == QStringLiteral("\u066B"))
        text.replace(u'.', mark);
    return localDigits(text);
}

} // namespace

LedgerEntryEditor::LedgerEntryEditor(Workbench &wb, QWidget *parent) : RecordEditor(wb, Section::Ledger, parent)
{
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAccessibleName(tr("Date"));
    m_from = new PartnerPicker(wb, this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("From partner"));
    m_to = new PartnerPicker(wb, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("To partner"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of contribution"));
    for (int k = 0; k < int(domain::ContributionKind::Count); ++k)
        m_kind->addItem(kindLabel(domain::ContributionKind(k)), k);
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setPlaceholderText(tr("exact, e.g. %1").arg(QLocale().toString(12.5)));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setAccessibleName(tr("Unit"));
    fillUnits();
    m_post = new QCheckBox(tr("&Post when saved (final: corrected only by a reversing entry)"), this);
    m_post->setObjectName(QStringLiteral("post"));
    auto *amount = new QHBoxLayout;
    amount->addWidget(m_quantity, 1);
    amount->addWidget(m_unit);
    facts()->addRow(tr("&Date:"), m_date);
    facts()->addRow(tr("&From:"), m_from);
    facts()->addRow(tr("&To:"), m_to);
    facts()->addRow(tr("&Kind:"), m_kind);
    auto *quantityLabel = new QLabel(tr("&Quantity:"), this);
    quantityLabel->setBuddy(m_quantity);
    facts()->addRow(quantityLabel, amount);
    facts()->addRow(QString(), m_post);
    m_consent = new ConsentPanel(wb, this);
    facts()->addRow(m_consent);
    connect(m_consent, &ConsentPanel::consentRecorded, this,
            [&wb](qint64 id) { Q_EMIT wb.recordChanged(Section::Ledger, id); });
    setFactOrder({m_date, m_from, m_to, m_kind, m_quantity, m_unit, m_post});
    for (QComboBox *box : {static_cast<QComboBox *>(m_from), static_cast<QComboBox *>(m_to), m_kind, m_unit})
        connect(box, &QComboBox::currentIndexChanged, this, &LedgerEntryEditor::markDirty);
    connect(m_date, &DateField::dateChanged, this, &LedgerEntryEditor::markDirty);
    connect(m_quantity, &QLineEdit::textEdited, this, &LedgerEntryEditor::markDirty);
    connect(m_date, &DateField::dateChanged, this, &LedgerEntryEditor::previewFacts);
    connect(m_quantity, &QLineEdit::textChanged, this, &LedgerEntryEditor::previewFacts);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &LedgerEntryEditor::previewFacts);
    connect(m_post, &QCheckBox::toggled, this, &LedgerEntryEditor::markDirty);
    setFields(kEntryFields, {});
}

void LedgerEntryEditor::fillUnits()
{
    m_unit->clear();
    for (const QString &key : {QString(), QStringLiteral("hours"), QStringLiteral("words"), QStringLiteral("pages"),
                               QStringLiteral("nights")})
        m_unit->addItem(unitLabel(key), key);
    QStringList currencies;
    if (auto settings = workbench().workspace().settings(); settings && !settings->defaultCurrency.isEmpty())
        currencies << settings->defaultCurrency;
    for (const char *code : {"EUR", "USD", "GBP", "BRL", "IRR", "ILS", "CNY", "LKR", "EGP", "MXN", "COP"}) {
        if (!currencies.contains(QLatin1String(code)))
            currencies << QString::fromLatin1(code);
    }
    for (const QString &code : std::as_const(currencies))
        m_unit->addItem(code, code);
}

QWidget *LedgerEntryEditor::firstFact() const
{
    return m_date;
}

void LedgerEntryEditor::showEntry(const LedgerEntry &e)
{
    m_entry = e;
    m_date->setDate(e.date.isValid() ? e.date : QDate::currentDate());
    m_from->setPartnerId(e.fromPartnerId);
    m_to->setPartnerId(e.toPartnerId);
    m_kind->setCurrentIndex(m_kind->findData(int(e.kind)));
    m_quantity->setText(e.quantity ? plainQuantity(*e.quantity) : QString());
    const QString unit = e.quantity ? e.quantity->unit.key() : QString();
    if (m_unit->findData(unit) < 0)
        m_unit->addItem(unitLabel(unit), unit);
    m_unit->setCurrentIndex(m_unit->findData(unit));
    m_post->setChecked(e.status == EntryStatus::Posted);
    setFields(kEntryFields, domain::recordTexts(e));
    m_consent->showEntry(e);
    showBadge();
    // One line in the UI's direction: each name isolated in its own (never with its Latin form
    // beside it), the arrow pointing the way the line reads.
    const QString amount = amountLabel(e.quantity);
    const bool rtl = QLocale().textDirection() == Qt::RightToLeft;
    setSummary(e.stamp.id == 0 ? QString()
                               : QStringLiteral("%1%2 · \u2068%3\u2069 %4 \u2068%5\u2069 · %6%7")
                                     .arg(rtl ? QChar(0x200F) : QChar(0x200E), mediumDate(e.date), m_from->partnerName(),
                                          rtl ? QStringLiteral("←") : QStringLiteral("→"), m_to->partnerName(),
                                          kindLabel(e.kind), amount.isEmpty() ? QString() : QStringLiteral(" · ") + amount));
}

void LedgerEntryEditor::showBadge()
{
    const LedgerEntry &e = m_entry;
    const QString title = e.stamp.id == 0 ? tr("New ledger entry") : tr("Ledger entry %1").arg(numberLabel(e.stamp.id));
    // A correction names its other half, as a link that shows it.
    if (e.reversesId)
        setHeading(title, tr("reverses entry %1").arg(numberLabel(*e.reversesId)), *e.reversesId);
    else if (m_reversedBy)
        setHeading(title, tr("reversed by entry %1").arg(*m_reversedBy), *m_reversedBy);
    else
        setHeading(title, e.stamp.id == 0 ? tr("new") : e.status == EntryStatus::Posted ? tr("posted ✓") : tr("draft"));
}

bool LedgerEntryEditor::canCorrect() const
{
    return recordId() != 0 && !isEditingNew() && isPosted() && !m_entry.reversesId && !m_reversedBy;
}

Status LedgerEntryEditor::read(qint64 id)
{
    store::LedgerStore store(workbench().workspace());
    auto entry = store.get(id);
    if (!entry)
        return entry.error();
    auto reversal = store.reversalOf(id);
    if (!reversal)
        return reversal.error();
    m_reversedBy = *reversal;
    showEntry(*entry);
    // A posted entry is final, but its narrative still takes translations.
    setTranslationsOnly(entry->status == EntryStatus::Posted);
    return {};
}

void LedgerEntryEditor::clearFacts()
{
    m_reversedBy.reset();
    LedgerEntry e;
    e.date = QDate::currentDate();
    e.kind = domain::ContributionKind::Time;
    e.quantity = domain::Quantity{0, domain::Unit::hours()};
    if (auto settings = workbench().workspace().settings(); settings && settings->homePartnerId)
        e.fromPartnerId = *settings->homePartnerId;
    else
        e.fromPartnerId = m_from->itemData(0).toLongLong();
    e.toPartnerId = m_to->itemData(m_to->itemData(0).toLongLong() == e.fromPartnerId ? 1 : 0).toLongLong();
    showEntry(e);
    m_quantity->clear();
    view()->setOriginalsLocked(false);
}

void LedgerEntryEditor::startNew()
{
    RecordEditor::startNew();
}

Result<LedgerEntry> LedgerEntryEditor::entryFromForm() const
{
    LedgerEntry e = m_entry;
    e.date = m_date->date();
    e.fromPartnerId = m_from->partnerId();
    e.toPartnerId = m_to->partnerId();
    e.kind = domain::ContributionKind(m_kind->currentData().toInt());
    e.status = m_post->isChecked() ? EntryStatus::Posted : EntryStatus::Draft;
    e.narrative = view()->record().fields.value(0).text;
    e.quantity.reset();
    const QString unitKey = m_unit->currentData().toString();
    const QString typed = m_quantity->text().trimmed();
    if (!unitKey.isEmpty() && typed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Type the quantity, or choose “%1” for a narrative-only entry").arg(unitLabel(QString())));
    if (unitKey.isEmpty() && !typed.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Choose the unit of the quantity"));
    if (!unitKey.isEmpty()) {
        auto unit = domain::Unit::parse(unitKey);
        if (!unit)
            return unit.error();
        const auto separator = QLocale().decimalPoint() == QStringLiteral(",") ? i18n::DecimalSeparator::Comma
                                                                               : i18n::DecimalSeparator::Point;
        auto amount = i18n::parseAmount(typed, separator, unit->scale());
        if (!amount)
            return amount.error();
        e.quantity = domain::Quantity{amount->units, *unit};
    }
    return e;
}

void LedgerEntryEditor::previewFacts()
{
    const QDate date = m_date->date();
    auto form = entryFromForm();
    view()->setFacts(date.isValid() ? std::optional<QDate>(date) : std::nullopt,
                     form ? form->quantity : std::nullopt);
}

QWidget *LedgerEntryEditor::fieldOf(const QString &message) const
{
    if (!m_date->problem().isEmpty() || message.contains(QLatin1String("date"), Qt::CaseInsensitive))
        return m_date;
    if (message.contains(QLatin1String("unit"), Qt::CaseInsensitive))
        return m_unit;
    if (message.contains(QLatin1String("quantit"), Qt::CaseInsensitive) || message.contains(QLatin1String("amount"), Qt::CaseInsensitive))
        return m_quantity;
    if (message.contains(QLatin1String("partner"), Qt::CaseInsensitive))
        return m_from;
    return nullptr;
}

Status LedgerEntryEditor::check() const
{
    if (const QString why = m_date->problem(); !why.isEmpty())
        return makeError(ErrorCode::InvalidInput, why);
    auto form = entryFromForm();
    if (!form)
        return form.error();
    return form->normalise();
}

Result<qint64> LedgerEntryEditor::writeTranslations()
{
    Workbench &wb = workbench();
    const qint64 id = m_entry.stamp.id;
    const domain::BilingualText before = m_entry.narrative;
    const domain::BilingualText after = view()->record().fields.value(0).text;
    TRELLIS_TRY(store::LedgerStore(wb.workspace()).saveNarrativeTranslations(id, after));
    Q_EMIT wb.recordChanged(Section::Ledger, id);
    auto apply = [&wb, id](const domain::BilingualText &narrative) -> Status {
        TRELLIS_TRY(store::LedgerStore(wb.workspace()).saveNarrativeTranslations(id, narrative));
        Q_EMIT wb.recordChanged(Section::Ledger, id);
        return Status();
    };
    wb.undoStack()->push(new RecordCommand(wb, tr("Translate ledger entry"), [apply, before] { return apply(before); },
                                           [apply, after] { return apply(after); }));
    return id;
}

bool LedgerEntryEditor::confirmDuringPause(const LedgerEntry &entry)
{
    const bool moved = entry.stamp.id == 0 || entry.date != m_entry.date || entry.fromPartnerId != m_entry.fromPartnerId
        || entry.toPartnerId != m_entry.toPartnerId;
    if (!moved)
        return true;
    store::Workspace &ws = workbench().workspace();
    auto pause = store::PauseStore(ws).agreedOn(entry.fromPartnerId, entry.toPartnerId, entry.date);
    if (!pause || !pause->has_value())
        return true; // a failed lookup never stops a save; the store itself checks the entry
    const rhythm::Pause &p = **pause;
    auto nameOf = [&ws](qint64 id) {
        auto partner = store::PartnerStore(ws).get(id);
        return partner ? partner->name.original() : numberLabel(id);
    };
    const QString language = uiLanguage();
    const auto reason = p.reason.translation(language);
    const QString why = reason && !reason->text.isEmpty() ? reason->text : p.reason.original();
    return QMessageBox::question(this, tr("Inside an agreed pause"),
                                 tr("%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not "
                                    "abandonment. Record this entry dated %6 anyway?")
                                     .arg(isolated(nameOf(p.partnerA)), isolated(nameOf(p.partnerB)), shortDate(p.firstDay),
                                          shortDate(p.lastDay), isolated(why), shortDate(entry.date)),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool LedgerEntryEditor::confirmSave()
{
    if (m_entry.stamp.id != 0 && m_entry.status == EntryStatus::Posted)
        return true; // only its translations change
    auto form = entryFromForm();
    if (!form || confirmDuringPause(*form))
        return true; // a form that does not read is refused by write() with its own message
    showMessage(tr("Not saved: the entry is dated inside the partners' agreed pause. "
                   "Change its day, or save again and confirm."));
    return false;
}

Result<qint64> LedgerEntryEditor::write()
{
    if (m_entry.stamp.id != 0 && m_entry.status == EntryStatus::Posted)
        return writeTranslations();
    auto form = entryFromForm();
    if (!form)
        return form.error();
    LedgerEntry entry = *form;
    store::LedgerStore store(workbench().workspace());
    Workbench &wb = workbench();
    if (entry.stamp.id == 0) {
        auto id = store.add(entry);
        if (!id)
            return id.error();
        Q_EMIT wb.recordAdded(Section::Ledger, *id);
        if (entry.status == EntryStatus::Posted) {
            wb.report(tr("Entry %1 posted. Posted entries are final: use Correct… to reverse one.").arg(numberLabel(*id)));
            return *id;
        }
        auto current = std::make_shared<qint64>(*id);
        wb.undoStack()->push(new RecordCommand(wb, tr("Record ledger entry"),
            [&wb, current]() -> Status {
                TRELLIS_TRY(store::LedgerStore(wb.workspace()).removeDraft(*current));
                Q_EMIT wb.recordRemoved(Section::Ledger, *current);
                return Status();
            },
            [&wb, current, entry]() mutable -> Status {
                entry.stamp = {};
                auto again = store::LedgerStore(wb.workspace()).add(entry);
                if (!again)
                    return Status(again.error());
                *current = *again;
                Q_EMIT wb.recordAdded(Section::Ledger, *again);
                return Status();
            }));
        return *id;
    }
    const LedgerEntry before = m_entry;
    TRELLIS_TRY(store.updateDraft(entry));
    Q_EMIT wb.recordChanged(Section::Ledger, entry.stamp.id);
    if (entry.status == EntryStatus::Posted) {
        wb.report(tr("Entry %1 posted. Posted entries are final: use Correct… to reverse one.").arg(numberLabel(entry.stamp.id)));
        return entry.stamp.id;
    }
    auto apply = [&wb](LedgerEntry value) -> Status {
        TRELLIS_TRY(store::LedgerStore(wb.workspace()).updateDraft(value));
        Q_EMIT wb.recordChanged(Section::Ledger, value.stamp.id);
        return Status();
    };
    wb.undoStack()->push(new RecordCommand(wb, tr("Edit ledger entry"), [apply, before] { return apply(before); },
                                           [apply, entry] { return apply(entry); }));
    return entry.stamp.id;
}

bool LedgerEntryEditor::canDelete() const
{
    return recordId() != 0 && m_entry.status == EntryStatus::Draft;
}

void LedgerEntryEditor::deleteRecord()
{
    if (!canDelete())
        return;
    Workbench &wb = workbench();
    LedgerEntry removed = m_entry;
    if (Status s = store::LedgerStore(wb.workspace()).removeDraft(removed.stamp.id); !s) {
        showMessage(s.error().message);
        return;
    }
    Q_EMIT wb.recordRemoved(Section::Ledger, removed.stamp.id);
    auto current = std::make_shared<qint64>(removed.stamp.id);
    wb.undoStack()->push(new RecordCommand(wb, tr("Delete draft entry"),
        [&wb, current, removed]() mutable -> Status {
            removed.stamp = {};
            auto again = store::LedgerStore(wb.workspace()).add(removed);
            if (!again)
                return Status(again.error());
            *current = *again;
            Q_EMIT wb.recordAdded(Section::Ledger, *again);
            return Status();
        },
        [&wb, current]() -> Status {
            TRELLIS_TRY(store::LedgerStore(wb.workspace()).removeDraft(*current));
            Q_EMIT wb.recordRemoved(Section::Ledger, *current);
            return Status();
        }));
    startNew();
}

qint64 LedgerEntryEditor::correct(bool confirmed)
{
    if (m_reversedBy) {
        showMessage(tr("Entry %1 was already reversed by entry %2: an entry is reversed only once.").arg(numberLabel(recordId()), numberLabel(*m_reversedBy)));
        return 0;
    }
    if (!canCorrect()) {
        showMessage(tr("Only a posted entry that is not itself a reversal can be corrected."));
        return 0;
    }
    if (!confirmed
        && QMessageBox::question(this, tr("Correct this entry"),
                                 tr("Trellis will post a reversing entry that cancels entry %1, then open a new entry "
                                    "with its values for you to correct. Continue?").arg(numberLabel(recordId())))
               != QMessageBox::Yes)
        return 0;
    Workbench &wb = workbench();
    const LedgerEntry original = m_entry;
    auto reversal = store::LedgerStore(wb.workspace()).reverse(original.stamp.id, {}, QDate::currentDate());
    if (!reversal) {
        showMessage(reversal.error().message);
        return 0;
    }
    Q_EMIT wb.recordAdded(Section::Ledger, *reversal);
    RecordEditor::startNew();
    m_reversedBy.reset();
    LedgerEntry prefill = original;
    prefill.stamp = {};
    prefill.status = EntryStatus::Draft;
    prefill.postedAt.clear();
    prefill.reversesId.reset();
    prefill.date = original.date;
    showEntry(prefill);
    markDirty();
    showMessage(tr("Entry %1 was reversed by entry %2. Correct the values below and save the new entry.")
                    .arg(numberLabel(original.stamp.id), numberLabel(*reversal)), false);
    m_quantity->setFocus(Qt::OtherFocusReason);
    return *reversal;
}

QJsonObject LedgerEntryEditor::factsDraft() const
{
    return {{QStringLiteral("date"), m_date->date().toString(Qt::ISODate)},
            {QStringLiteral("from"), QString::number(m_from->partnerId())},
            {QStringLiteral("to"), QString::number(m_to->partnerId())},
            {QStringLiteral("kind"), m_kind->currentData().toInt()},
            {QStringLiteral("quantity"), m_quantity->text()},
            {QStringLiteral("unit"), m_unit->currentData().toString()},
            {QStringLiteral("post"), m_post->isChecked()}};
}

void LedgerEntryEditor::restoreFactsDraft(const QJsonObject &f)
{
    m_date->setDate(QDate::fromString(f.value(QStringLiteral("date")).toString(), Qt::ISODate));
    m_from->setPartnerId(f.value(QStringLiteral("from")).toString().toLongLong());
    m_to->setPartnerId(f.value(QStringLiteral("to")).toString().toLongLong());
    m_kind->setCurrentIndex(m_kind->findData(f.value(QStringLiteral("kind")).toInt()));
    m_quantity->setText(f.value(QStringLiteral("quantity")).toString());
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(f.value(QStringLiteral("unit")).toString())));
    m_post->setChecked(f.value(QStringLiteral("post")).toBool());
}

} // namespace trellis::gui
