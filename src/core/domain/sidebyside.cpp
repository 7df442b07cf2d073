#include "domain/sidebyside.h"

#include "i18n/dateformat.h"
#include "i18n/numberformat.h"
#include "i18n/phrases.h"

namespace trellis::domain {
namespace {

void add(RecordTexts &texts, const QString &key, const BilingualText &text)
{
    texts.fields.append({key, text});
}

i18n::ExactAmount exact(const Quantity &q)
{
    return {q.minorUnits, q.unit.scale()};
}

} // namespace

RecordTexts recordTexts(const Partner &partner, bool includeSensitive)
{
    RecordTexts texts;
    add(texts, QStringLiteral("name"), partner.name);
    add(texts, QStringLiteral("goals"), partner.goals);
    if (includeSensitive)
        add(texts, QStringLiteral("contact_notes"), partner.contactNotes);
    return texts;
}

RecordTexts recordTexts(const LedgerEntry &entry)
{
    RecordTexts texts;
    add(texts, QStringLiteral("narrative"), entry.narrative);
    if (entry.date.isValid())
        texts.date = entry.date;
    texts.quantity = entry.quantity;
    return texts;
}

RecordTexts recordTexts(const Retro &retro)
{
    RecordTexts texts;
    for (qsizetype i = 0; i < retro.answers.size(); ++i)
        add(texts, QStringLiteral("answer:%1").arg(i + 1), retro.answers.at(i).text);
    for (qsizetype i = 0; i < retro.actions.size(); ++i)
        add(texts, QStringLiteral("action:%1").arg(i + 1), retro.actions.at(i).text);
    if (retro.heldOn.isValid())
        texts.date = retro.heldOn;
    return texts;
}

RecordTexts recordTexts(const ConflictProtocol &protocol)
{
    RecordTexts texts;
    add(texts, QStringLiteral("title"), protocol.title);
    add(texts, QStringLiteral("triggers"), protocol.triggers);
    add(texts, QStringLiteral("roles"), protocol.roles);
    for (qsizetype i = 0; i < protocol.steps.size(); ++i)
        add(texts, QStringLiteral("step:%1").arg(i + 1), protocol.steps.at(i));
    if (protocol.reviewDue.isValid())
        texts.date = protocol.reviewDue;
    return texts;
}

RecordTexts recordTexts(const Incident &incident)
{
    RecordTexts texts;
    add(texts, QStringLiteral("summary"), incident.summary);
    add(texts, QStringLiteral("outcome"), incident.outcome);
    add(texts, QStringLiteral("lessons"), incident.lessons);
    if (incident.occurredOn.isValid())
        texts.date = incident.occurredOn;
    return texts;
}

RecordTexts recordTexts(const Rehearsal &rehearsal)
{
    RecordTexts texts;
    add(texts, QStringLiteral("scenario"), rehearsal.scenario);
    add(texts, QStringLiteral("observations"), rehearsal.observations);
    add(texts, QStringLiteral("follow_ups"), rehearsal.followUps);
    if (rehearsal.heldOn.isValid())
        texts.date = rehearsal.heldOn;
    return texts;
}

std::optional<int> SideBySideColumn::parityPercent() const
{
    if (written == 0)
        return std::nullopt;
    return (readable * 100 + written / 2) / written;
}

QString formatQuantity(const std::optional<Quantity> &quantity, const QString &language)
{
    if (!quantity || quantity->unit.isNone())
        return QString();
    const i18n::ExactAmount amount = exact(*quantity);
    Result<QString> text = QString();
    switch (quantity->unit.type()) {
    case Unit::Type::Currency: text = i18n::formatCurrency(amount, quantity->unit.key(), language); break;
    case Unit::Type::Hours: text = i18n::formatHours(amount, language); break;
    case Unit::Type::Words: text = i18n::formatCount(i18n::CountedThing::Words, amount, language); break;
    case Unit::Type::Pages: text = i18n::formatCount(i18n::CountedThing::Pages, amount, language); break;
    case Unit::Type::Nights: text = i18n::formatCount(i18n::CountedThing::Nights, amount, language); break;
    case Unit::Type::None: break;
    }
    // An unformattable quantity (an invalid tag) is still shown, exactly, never hidden.
    return text ? *text : quantity->toPlainString() + u' ' + quantity->unit.key();
}

SideBySideColumn sideBySideColumn(const RecordTexts &record, const QString &language)
{
    SideBySideColumn column;
    column.language = language;
    column.direction = i18n::textDirection(language);
    if (record.date) {
        auto date = i18n::formatDate(*record.date, language, i18n::DateStyle::Long);
        column.date = date ? *date : record.date->toString(Qt::ISODate);
    }
    column.quantity = formatQuantity(record.quantity, language);
    for (const RecordField &field : record.fields) {
        ColumnField f;
        f.key = field.key;
        f.written = !field.text.isEmpty();
        f.status = field.text.statusIn(language);
        f.text = field.text.textIn(language).value_or(QString());
        if (f.written) {
            ++column.written;
            if (!f.isMissing())
                ++column.readable;
        }
        column.fields.append(f);
    }
    return column;
}

SideBySide sideBySide(const RecordTexts &record, const QString &first, const QString &second)
{
    return {sideBySideColumn(record, first), sideBySideColumn(record, second)};
}

} // namespace trellis::domain
