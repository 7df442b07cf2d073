// The demo alliance's narrative crossovers: slogans, metaphors, a joke and a strategy, each born
// in one partner's language and reborn in another's script.
#include "store/crossoverstore.h"
#include "store/demopartners.h"
#include "store/demorisks.h"
#include "store/workspace.h"

namespace trellis::store::demo {
namespace {

/// One crossover: who it went from and to, both texts, its days, where it was seen.
struct CrossoverSeed {
    domain::CrossoverKind kind;
    int from, to;
    const char16_t *originLanguage, *origin, *rebornLanguage, *reborn;
    QDate bornOn, rebornOn;
    const char16_t *seenLanguage, *seenAt;
};

} // namespace

Result<int> writeCrossovers(Workspace &workspace, const QList<qint64> &ids)
{
    using K = domain::CrossoverKind;
    const QList<CrossoverSeed> seeds = {
        {K::Slogan, Colectiva, Ittihad, u"es", u"Sin nosotras no se mueve el mundo", u"ar", u"بدوننا لا يتحرك العالم",
         QDate(2026, 3, 8), QDate(2026, 5, 1), u"ar", u"لافتة في مسيرة عيد العمال في المحلة"},
        {K::Slogan, Kanun, Ittihad, u"fa", u"کلاس درس خالی نمی‌ماند", u"ar", u"لن يبقى الفصل فارغاً", QDate(),
         QDate(2026, 4, 10), nullptr, nullptr},
        {K::Phrase, Recife, Haifa, u"pt-BR", u"Moradia não é mercadoria", u"he", u"דיור אינו סחורה", QDate(2026, 2, 1),
         QDate(2026, 6, 12), u"he", u"שלט בהפגנה נגד הפינויים בחיפה"},
        {K::Metaphor, Ittihad, Colectiva, u"ar", u"الخيط الرفيع يصنع الحبل المتين", u"es",
         u"El hilo fino hace la cuerda fuerte", QDate(2026, 3, 14), QDate(2026, 6, 15), u"es",
         u"Asamblea de la Colectiva en Oaxaca"},
        {K::Metaphor, Pwani, Gramin, u"sw", u"Mbegu ni uhai", u"hi", u"बीज ही जीवन है", QDate(2026, 5, 1),
         QDate(2026, 7, 9), nullptr, nullptr},
        {K::Joke, Couriers, Shenzhen, u"ru", u"Курьер не опаздывает — это город спешит", u"zh-Hans",
         u"快递员从不迟到——是城市太着急了", QDate(), QDate(2026, 8, 3), u"zh-Hans", u"工友互助中心的周末茶话会"},
        {K::Strategy, Shenzhen, ChiangMai, u"zh-Hans", u"工友互助热线", u"th", u"สายด่วนช่วยเหลือกันเองของแรงงาน",
         QDate(2026, 6, 1), QDate(2026, 9, 20), nullptr, nullptr},
        {K::Slogan, Colectiva, Ittihad, u"es", u"El agua no se vende, se defiende", u"ar", u"الماء لا يُباع، بل يُدافع عنه",
         QDate(2026, 7, 22), QDate(2026, 10, 2), nullptr, nullptr},
    };
    CrossoverStore store(workspace);
    for (const CrossoverSeed &seed : seeds) {
        domain::NarrativeCrossover n;
        n.kind = seed.kind;
        n.originPartnerId = ids.at(seed.from);
        n.adoptingPartnerId = ids.at(seed.to);
        n.origin = said(seed.originLanguage, seed.origin);
        n.reborn = said(seed.rebornLanguage, seed.reborn);
        n.bornOn = seed.bornOn;
        n.rebornOn = seed.rebornOn;
        if (seed.seenAt)
            n.seenAt = said(seed.seenLanguage, seed.seenAt);
        TRELLIS_TRY(store.add(n));
    }
    return int(seeds.size());
}

} // namespace trellis::store::demo
