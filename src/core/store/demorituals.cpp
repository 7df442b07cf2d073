#include "store/demorituals.h"

#include "store/demopartners.h"
#include "store/pausestore.h"
#include "store/ritualstore.h"

#include <optional>

namespace trellis::store::demo {
namespace {

using rhythm::RitualKind;

/// One ritual: its title in the organizer's language (with a translation), when, and who meets.
struct RitualSeed {
    RitualKind kind;
    const char16_t *language, *title;
    const char16_t *otherLanguage, *otherTitle;
    QDate firstDate;
    std::optional<QTime> startTime;
    const char16_t *zone;
    int minutes;
    const char16_t *rule; ///< nullptr: once
    QList<int> partners;
};

const QList<RitualSeed> &ritualSeeds()
{
    static const QList<RitualSeed> all = {
        {RitualKind::QuarterlyRetro, u"es", u"Retro de solidaridad trimestral", u"fa", u"بازنگری فصلی همبستگی",
         QDate(2026, 3, 26), QTime(17, 30), u"Asia/Tehran", 120, u"FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH",
         {Colectiva, Ittihad, Kanun}},
        {RitualKind::ListeningCircle, u"ar", u"حلقة الإصغاء الشهرية", u"es", u"Círculo de escucha mensual",
         QDate(2026, 1, 3), std::nullopt, u"", 60, u"FREQ=MONTHLY;BYDAY=1SA", {Ittihad, Colectiva}},
        {RitualKind::RuptureRehearsal, u"fa", u"تمرین سالانهٔ گسست", u"ar", u"تمرين القطيعة السنوي",
         QDate(2026, 5, 14), std::nullopt, u"", 60, u"FREQ=YEARLY", {Kanun, Ittihad, Colectiva}},
        {RitualKind::FireDrill, u"pt-BR", u"Simulação de incêndio: uma semana sem mensagens", u"he",
         u"תרגיל אש: שבוע בלי הודעות", QDate(2026, 10, 7), std::nullopt, u"", 60, nullptr, {Recife, Haifa}},
        {RitualKind::CustodianRotation, u"th", u"ส่งมอบหน้าที่ผู้ดูแลคลังเอกสาร", u"zh-Hans", u"档案保管人交接",
         QDate(2026, 12, 21), QTime(10, 0), u"Asia/Bangkok", 90, u"FREQ=YEARLY;COUNT=5", {ChiangMai, Shenzhen, Couriers}},
    };
    return all;
}

} // namespace

Result<int> writeRituals(Workspace &workspace, const QList<qint64> &partnerIds)
{
    RitualStore store(workspace);
    const QDateTime when(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC); // a fixed day: the demo is reproducible
    for (const RitualSeed &seed : ritualSeeds()) {
        rhythm::Ritual r;
        r.kind = seed.kind;
        r.title = domain::BilingualText(QString::fromUtf16(seed.language), QString::fromUtf16(seed.title));
        r.title.setTranslation(QString::fromUtf16(seed.otherLanguage),
                               {QString::fromUtf16(seed.otherTitle), domain::TranslationStatus::Human, QStringLiteral("Lucía"), when});
        r.schedule.firstDate = seed.firstDate;
        r.schedule.startTime = seed.startTime;
        r.schedule.timeZone = QString::fromUtf16(seed.zone);
        r.schedule.durationMinutes = seed.minutes;
        if (seed.rule) {
            TRELLIS_TRY_ASSIGN(r.schedule.rule, rhythm::RecurrenceRule::parse(QString::fromUtf16(seed.rule)));
        }
        for (int p : seed.partners)
            r.partnerIds << partnerIds.at(p);
        TRELLIS_TRY_ASSIGN(const qint64 id, store.add(r));
        Q_UNUSED(id);
    }
    return int(ritualSeeds().size());
}

Result<int> writePauses(Workspace &workspace, const QList<qint64> &partnerIds)
{
    const QDateTime when(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); // a fixed day: the demo is reproducible
    rhythm::Pause rest;
    rest.partnerA = partnerIds.at(Colectiva);
    rest.partnerB = partnerIds.at(Kanun);
    rest.firstDay = QDate(2026, 12, 21);
    rest.lastDay = QDate(2027, 1, 17);
    rest.reason = domain::BilingualText(QStringLiteral("es"),
        QStringLiteral("Descanso acordado tras el congreso: cada colectiva cuida a los suyos y volvemos a hablar en enero"));
    rest.reason.setTranslation(QStringLiteral("fa"), {QStringLiteral("استراحت توافق‌شده پس از کنگره: هر جمع از اعضای خود مراقبت "
                                                                     "می‌کند و در ژانویه دوباره گفت‌وگو می‌کنیم"),
                                                      domain::TranslationStatus::Human, QStringLiteral("Mina"), when});
    rest.consentedByA = QDate(2026, 11, 18);
    rest.consentedByB = QDate(2026, 11, 20);
    TRELLIS_TRY(PauseStore(workspace).add(rest));
    return 1;
}

} // namespace trellis::store::demo
