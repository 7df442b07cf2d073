#include "reportfixture.h"

#include "store/incidentstore.h"
#include "store/ledgerstore.h"
#include "store/partnerstore.h"
#include "store/protocolstore.h"
#include "store/retrostore.h"

namespace trellis::test {

using namespace domain;

namespace {

qint64 addEntry(store::LedgerStore &ledger, const char *date, qint64 from, qint64 to, ContributionKind kind,
                const char *amount, const char *unit, const BilingualText &narrative)
{
    LedgerEntry e;
    e.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    e.fromPartnerId = from;
    e.toPartnerId = to;
    e.kind = kind;
    e.status = EntryStatus::Posted;
    const auto u = Unit::parse(QLatin1String(unit));
    REQUIRE(u.ok());
    if (!u->isNone())
        e.quantity = *Quantity::fromPlainString(QLatin1String(amount), *u);
    e.narrative = narrative;
    auto id = ledger.add(e);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

BilingualText text(const char *language, const QString &original)
{
    return BilingualText(QLatin1String(language), original);
}

} // namespace

ReportFixture::ReportFixture()
{
    fa = addPartner(QStringLiteral("انجمن کارگران تهران"), QStringLiteral("fa"));
    es = addPartner(QStringLiteral("Red de Traductoras"), QStringLiteral("es"));
    auto settings = ws.settings();
    REQUIRE(settings.ok());
    settings->name = QStringLiteral("Alianza <Lenta>");
    REQUIRE(ws.saveSettings(*settings).ok());

    store::LedgerStore ledger(ws);
    addEntry(ledger, "2026-06-30", fa, es, ContributionKind::Time, "100", "hours", text("en", QStringLiteral("Before the quarter")));
    addEntry(ledger, "2026-07-10", fa, es, ContributionKind::Time, "10.5", "hours", text("fa", QStringLiteral("ترجمه جلسه")));
    addEntry(ledger, "2026-08-01", es, fa, ContributionKind::Time, "2", "hours", text("es", QStringLiteral("Subtítulos")));
    const qint64 funds = addEntry(ledger, "2026-08-05", fa, es, ContributionKind::Funds, "300", "EUR",
                                  text("es", QStringLiteral("Fondo de huelga")));
    REQUIRE(ledger.recordConsent(funds, fa, true, QStringLiteral("Leila")).ok());
    REQUIRE(ledger.recordConsent(funds, es, true, QStringLiteral("Marta")).ok());
    BilingualText hosting = text("es", QStringLiteral("=Alojamos a la delegación"));
    hosting.setTranslation(QStringLiteral("fa"), {QStringLiteral("میزبانی از هیئت"), TranslationStatus::Human, {}, {}});
    hostingEntry = addEntry(ledger, "2026-09-01", es, fa, ContributionKind::Hosting, "", "", hosting);
    addEntry(ledger, "2026-09-02", fa, es, ContributionKind::EmotionalLabour, "", "",
             text("fa", QStringLiteral("همراهی در سوگ")));

    Retro retro;
    retro.heldOn = QDate(2026, 9, 30);
    retro.quarter = QStringLiteral("2026-Q3");
    retro.facilitator = QStringLiteral("Marta");
    retro.participantIds = {fa, es};
    retro.languageA = QStringLiteral("fa");
    retro.languageB = QStringLiteral("es");
    RetroAnswer answer;
    answer.question = RetroQuestion::Extractive;
    answer.authorPartnerId = fa;
    answer.text = text("fa", QStringLiteral("ترجمه‌های شبانه"));
    answer.text.setTranslation(QStringLiteral("es"), {QStringLiteral("Las traducciones nocturnas"), TranslationStatus::Machine, {}, {}});
    answer.votes = 3;
    answer.tags = {QStringLiteral("translation")};
    retro.answers.append(answer);
    RetroAnswer risk;
    risk.question = RetroQuestion::SharedRisk;
    risk.authorPartnerId = es;
    risk.text = text("es", QStringLiteral("La huelga de agosto"));
    retro.answers.append(risk);
    RetroAction action;
    action.partnerId = es;
    action.text = text("es", QStringLiteral("Rotar la traducción"));
    action.dueOn = QDate(2026, 11, 1);
    retro.actions.append(action);
    auto retroId = store::RetroStore(ws).add(retro);
    INFO((retroId.ok() ? QString() : retroId.error().message).toStdString());
    REQUIRE(retroId.ok());

    ConflictProtocol protocol;
    protocol.title = text("es", QStringLiteral("Pausa de cuidado"));
    protocol.title.setTranslation(QStringLiteral("fa"), {QStringLiteral("مکث مراقبت"), TranslationStatus::Reviewed, {}, {}});
    protocol.triggers = text("es", QStringLiteral("Una parte se siente usada"));
    protocol.roles = text("es", QStringLiteral("Dos mediadoras"));
    protocol.steps = {text("es", QStringLiteral("Parar")), text("es", QStringLiteral("Escuchar"))};
    protocol.reviewDue = QDate(2027, 3, 1);
    store::ProtocolStore protocols(ws);
    auto protocolId = protocols.add(protocol);
    REQUIRE(protocolId.ok());
    REQUIRE(protocols.agree(*protocolId, {fa, QDate(2026, 7, 1), QStringLiteral("Leila")}).ok());
    Incident incident;
    incident.protocolId = *protocolId;
    incident.occurredOn = QDate(2026, 8, 20);
    incident.summary = text("es", QStringLiteral("Retraso en el pago"));
    REQUIRE(store::IncidentStore(ws).add(incident).ok());

    GoalParaphrase paraphrase;
    paraphrase.partnerId = fa;
    paraphrase.byPartnerId = es;
    paraphrase.text = text("es", QStringLiteral("Quieren salarios dignos"));
    REQUIRE(store::PartnerStore(ws).addParaphrase(paraphrase).ok());
}

reports::Document ReportFixture::build(reports::ReportKind kind, const QString &first, const QString &second,
                                       const QString &period)
{
    reports::ReportRequest request;
    request.kind = kind;
    request.first = first;
    request.second = second;
    auto parsed = store::Period::parse(period);
    REQUIRE(parsed.ok());
    request.period = *parsed;
    request.madeOn = QDate(2026, 10, 2);
    auto doc = reports::buildReport(ws, request);
    INFO((doc.ok() ? QString() : doc.error().message).toStdString());
    REQUIRE(doc.ok());
    return std::move(*doc);
}

namespace {

void walk(const QList<reports::Block> &blocks, QList<std::pair<QString, QList<QStringList>>> *tables, QStringList *rows)
{
    for (const auto &block : blocks) {
        if (const auto *t = std::get_if<reports::Table>(&block); t && tables) {
            QList<QStringList> texts;
            reports::TableRow row;
            while (t->rows->next(row)) {
                QStringList cells;
                for (const auto &c : std::as_const(row))
                    cells << (c.isMissing() ? QStringLiteral("<missing>") : c.text);
                texts << cells;
            }
            REQUIRE(t->rows->status().ok());
            tables->append({t->caption, texts});
        } else if (const auto *r = std::get_if<reports::Row>(&block); r && rows) {
            const auto side = [](const reports::Cell &c) { return c.isMissing() ? QStringLiteral("<missing>") : c.text; };
            rows->append(r->label + QStringLiteral(" | ") + side(r->first) + QStringLiteral(" | ") + side(r->second));
        } else if (const auto *s = std::get_if<std::shared_ptr<reports::Section>>(&block)) {
            walk((*s)->blocks, tables, rows);
        }
    }
}

} // namespace

QList<std::pair<QString, QList<QStringList>>> tableTexts(const reports::Document &doc)
{
    QList<std::pair<QString, QList<QStringList>>> tables;
    for (const auto &section : doc.sections)
        walk(section.blocks, &tables, nullptr);
    return tables;
}

QStringList rowTexts(const reports::Document &doc)
{
    QStringList rows;
    for (const auto &fact : doc.facts)
        rows.append(fact.label + QStringLiteral(" | ") + fact.first.text + QStringLiteral(" | ") + fact.second.text);
    for (const auto &section : doc.sections)
        walk(section.blocks, nullptr, &rows);
    return rows;
}

} // namespace trellis::test
