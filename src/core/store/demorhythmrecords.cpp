#include "store/demorituals.h"

#include "store/custodiantermstore.h"
#include "store/database.h"
#include "store/demoalliance.h"
#include "store/demopartners.h"
#include "store/envoyjourneystore.h"
#include "store/firedrillstore.h"
#include "store/incidentstore.h"
#include "store/ritualfulfilments.h"
#include "store/ritualstore.h"
#include "store/statement.h"
#include "store/workspace.h"

namespace trellis::store::demo {
namespace {

using rhythm::RitualKind;

/// A demo text in its original language with one human translation.
domain::BilingualText told(const char16_t *language, const char16_t *body, const char16_t *otherLanguage, const char16_t *other)
{
    domain::BilingualText t = said(language, body);
    t.setTranslation(QString::fromUtf16(otherLanguage), {QString::fromUtf16(other), domain::TranslationStatus::Human,
                                                         QStringLiteral("Lucía"), QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)});
    return t;
}

/// The demo's first ritual of kind (the demo holds one of each).
Result<qint64> ritualOf(Workspace &ws, RitualKind kind)
{
    TRELLIS_TRY_ASSIGN(Statement select, ws.database().query(QStringLiteral(
        "SELECT id FROM ritual WHERE kind = ? ORDER BY first_date, id LIMIT 1"), rhythm::ritualKindKey(kind)));
    TRELLIS_TRY(select.requireRow(makeError(ErrorCode::NotFound, QStringLiteral("The demo has no %1 ritual")
                                                                     .arg(rhythm::ritualKindKey(kind)))));
    return select.int64(0);
}

/// The archive's hand-overs before the yearly ritual's first occurrence, each December 21: the
/// custodians take turns in the ritual's order, so the couriers are due next.
Result<int> writeCustodians(Workspace &ws, const QList<qint64> &p, qint64 rotation)
{
    struct Seed { int partner; QDate on; const char16_t *lang, *notes, *other, *translated; };
    const Seed seeds[] = {
        {ChiangMai, QDate(2022, 12, 21), u"th", u"รับคลังเอกสารชุดแรก: บันทึกการประชุมและภาพถ่ายจากการชุมนุม",
         u"zh-Hans", u"接收第一批档案：会议记录和集会照片"},
        {Couriers, QDate(2023, 12, 21), u"en", u"Took the archive over with the backup drives and the passphrase envelope",
         u"th", u"รับคลังเอกสารพร้อมไดรฟ์สำรองและซองรหัสผ่าน"},
        {Shenzhen, QDate(2024, 12, 21), u"zh-Hans", u"接手档案，并把旧照片全部扫描成数字版本",
         u"en", u"Took the archive over and scanned every old photograph"},
        {ChiangMai, QDate(2025, 12, 21), u"th", u"รับคลังเอกสารตามรอบ และตรวจสำเนาสำรองทุกชุด",
         u"en", u"Took the archive over in turn and checked every backup copy"},
    };
    CustodianTermStore terms(ws);
    for (const Seed &seed : seeds) {
        rhythm::CustodianHandOver t;
        t.custodianId = p.at(seed.partner);
        t.handedOverOn = seed.on;
        t.ritualId = rotation;
        t.notes = told(seed.lang, seed.notes, seed.other, seed.translated);
        TRELLIS_TRY(terms.add(t));
    }
    return int(std::size(seeds));
}

/// The week without messages between Recife and Haifa, testing the statements protocol.
Result<qint64> writeFireDrill(Workspace &ws, const QList<qint64> &p, qint64 protocolId)
{
    rhythm::FireDrill d;
    d.kind = rhythm::FireDrillKind::CommunicationBlackout;
    d.firstDay = QDate(2026, 10, 7);
    d.lastDay = QDate(2026, 10, 13);
    d.partnerIds = {p.at(Recife), p.at(Haifa)};
    d.whatHeld = told(u"pt-BR", u"As cozinhas mantiveram contato pela rádio comunitária e por bilhetes entregues de bicicleta",
                      u"he", u"המטבחים שמרו על קשר דרך הרדיו הקהילתי ופתקים שנמסרו באופניים");
    d.whatBroke = told(u"he", u"אף אחד לא ידע מי רשאי לפרסם הודעה בשם הברית", u"pt-BR",
                       u"Ninguém sabia quem podia publicar em nome da aliança");
    d.followUps = said(u"pt-BR", u"Nomear duas pessoas por organização para falar em nome da aliança durante um apagão");
    d.protocolIds = {protocolId};
    return FireDrillStore(ws).add(d);
}

/// The Kanun's envoy to Colectiva for the housing assembly, hosted by Colectiva.
Result<qint64> writeEnvoyJourney(Workspace &ws, const QList<qint64> &p)
{
    rhythm::EnvoyJourney j;
    j.envoy = QStringLiteral("مینا رحیمی");
    j.fromPartnerId = p.at(Kanun);
    j.toPartnerId = p.at(Colectiva);
    j.firstDay = QDate(2026, 6, 1);
    j.lastDay = QDate(2026, 6, 14);
    j.questions = told(u"fa", u"مجمع مسکن چگونه بدون رهبر تصمیم می‌گیرد؟ چه کسی صورت‌جلسه را نگه می‌دارد؟", u"es",
                       u"¿Cómo decide la asamblea de vivienda sin dirigentes? ¿Quién guarda las actas?");
    j.voices = told(u"fa", u"صدای معلمان بازنشسته‌ای که خانه‌شان را از دست داده‌اند", u"es",
                    u"Las voces de las maestras jubiladas que perdieron su casa");
    j.returned = told(u"es", u"Volvió con el método de turnos de palabra y un acta modelo traducida", u"fa",
                      u"با روش نوبت سخن و یک صورت‌جلسهٔ نمونهٔ ترجمه‌شده بازگشت");
    j.carbon = said(u"es", u"Un vuelo de ida; la vuelta, en autobús y tren");
    j.visas = said(u"fa", u"ویزا سه هفته طول کشید؛ دعوت‌نامهٔ رسمی کلکتیوا کمک کرد");
    j.surveillance = said(u"es", u"Teléfono limpio en la frontera; las actas viajaron cifradas");
    // The hosting entry between the two, when the demo's ledger holds one (larger demos do).
    TRELLIS_TRY_ASSIGN(Statement hosting, ws.database().query(QStringLiteral(
        "SELECT id FROM ledger_entry WHERE kind = 'hosting' AND ((from_partner_id = ?1 AND to_partner_id = ?2) "
        "OR (from_partner_id = ?2 AND to_partner_id = ?1)) ORDER BY occurred_on, id LIMIT 1"), j.fromPartnerId, j.toPartnerId));
    TRELLIS_TRY_ASSIGN(j.ledgerEntryIds, hosting.int64Column());
    TRELLIS_TRY_ASSIGN(Statement crossover, ws.database().query(QStringLiteral(
        "SELECT id FROM narrative_crossover WHERE origin_partner_id IN (?1, ?2) AND adopting_partner_id IN (?1, ?2) "
        "ORDER BY reborn_on, id LIMIT 1"), j.fromPartnerId, j.toPartnerId));
    TRELLIS_TRY_ASSIGN(j.crossoverIds, crossover.int64Column());
    return EnvoyJourneyStore(ws).add(j);
}

} // namespace

Status writeRhythmRecords(Workspace &workspace, const QList<qint64> &partnerIds, qint64 protocolId, DemoSummary &summary)
{
    RitualFulfilments links(workspace);
    TRELLIS_TRY_ASSIGN(const qint64 rotation, ritualOf(workspace, RitualKind::CustodianRotation));
    TRELLIS_TRY_ASSIGN(const int handovers, writeCustodians(workspace, partnerIds, rotation));
    summary.add(handovers, QStringLiteral("archive hand-over"), QStringLiteral("archive hand-overs"));

    TRELLIS_TRY_ASSIGN(const qint64 drill, writeFireDrill(workspace, partnerIds, protocolId));
    TRELLIS_TRY_ASSIGN(const qint64 drillRitual, ritualOf(workspace, RitualKind::FireDrill));
    TRELLIS_TRY(links.link(drillRitual, QDate(2026, 10, 7), QStringLiteral("fire-drill"), drill));
    summary.add(1, QStringLiteral("fire drill"), QStringLiteral("fire drills"));

    TRELLIS_TRY(writeEnvoyJourney(workspace, partnerIds));
    summary.add(1, QStringLiteral("envoy journey"), QStringLiteral("envoy journeys"));

    // The retros held two days after each quarterly retro's Thursday, and the May rehearsal.
    TRELLIS_TRY_ASSIGN(const qint64 quarterly, ritualOf(workspace, RitualKind::QuarterlyRetro));
    TRELLIS_TRY_ASSIGN(const QList<qint64> retroIds, workspace.database().ids(QStringLiteral("SELECT id FROM retro ORDER BY held_on, id")));
    const QList<QDate> thursdays = {QDate(2026, 3, 26), QDate(2026, 6, 25), QDate(2026, 9, 24)};
    for (qsizetype i = 0; i < std::min(retroIds.size(), thursdays.size()); ++i)
        TRELLIS_TRY(links.link(quarterly, thursdays.at(i), QStringLiteral("retro"), retroIds.at(i)));
    TRELLIS_TRY_ASSIGN(const qint64 rehearsalRitual, ritualOf(workspace, RitualKind::RuptureRehearsal));
    TRELLIS_TRY_ASSIGN(const QList<qint64> rehearsals, RehearsalStore(workspace).ids());
    if (!rehearsals.isEmpty())
        TRELLIS_TRY(links.link(rehearsalRitual, QDate(2026, 5, 14), QStringLiteral("rehearsal"), rehearsals.last()));
    TRELLIS_TRY_ASSIGN(Statement fulfilled, workspace.database().query(QStringLiteral("SELECT count(*) FROM ritual_fulfilment")));
    TRELLIS_TRY(fulfilled.requireRow(makeError(ErrorCode::Storage, QStringLiteral("The fulfilments could not be counted"))));
    summary.add(fulfilled.int64(0), QStringLiteral("fulfilled ritual"), QStringLiteral("fulfilled rituals"));
    return {};
}

} // namespace trellis::store::demo
