#include "store/democampaigns.h"

#include "store/campaignstore.h"
#include "store/demopartners.h"
#include "store/exchangestore.h"
#include "store/partnerstore.h"
#include "store/workspace.h"

namespace trellis::store::demo {

using domain::BilingualText;
using domain::CampaignStatus;

namespace {

/// One paraphrase of a partner's goals, written in the paraphrasing partner's language.
struct ParaphraseSeed {
    int by, of;
    const char16_t *language, *text;
    bool acknowledged;
};

const ParaphraseSeed kParaphrases[] = {
    {Colectiva, Ittihad, u"es", u"Quieren salarios justos y poder organizarse en las hilanderías de Mahalla.", true},
    {Colectiva, Kanun, u"es", u"Quieren un salario digno para el magisterio y escuela gratuita para cada niña y niño.", true},
    {Ittihad, Colectiva, u"ar", u"تدافعن عن الماء والأرض في وجه التعدين الاستخراجي.", true},
    {Ittihad, Kanun, u"ar", u"يريدون أجراً منصفاً للمعلمين وتعليماً مجانياً لكل طفل.", true},
    {Kanun, Colectiva, u"fa", u"آن‌ها از آب و زمین در برابر معدن‌کاری غارتگر دفاع می‌کنند.", true},
    {Kanun, Ittihad, u"fa", u"آن‌ها دستمزد عادلانه و حق تشکل در کارخانه‌های ریسندگی می‌خواهند.", true},
    {Recife, Haifa, u"pt-BR", u"Querem moradia acessível para todas as pessoas da cidade.", true},
    {Haifa, Recife, u"he", u"הם רוצים מטבחים קהילתיים ודיור הוגן בשכונות השוליים.", true},
    {Couriers, Shenzhen, u"ru", u"Они хотят взаимопомощи, юридической поддержки и безопасности на работе.", true},
    {Shenzhen, Couriers, u"zh-Hans", u"他们希望快递员有安全的工作条件和诚实的报酬。", true},
    {Gramin, Pwani, u"hi", u"वे छोटे किसानों के लिए ज़मीन, बीज और न्यायपूर्ण बाज़ार चाहते हैं।", true},
    {Pwani, Gramin, u"sw", u"Wanataka haki ya kupata habari na haki kwa wafanyakazi wa vijijini.", true},
    {Kanun, ChiangMai, u"fa", u"آن‌ها حقوق کارگران مهاجر و دسترسی به خدمات درمانی را می‌خواهند.", true},
    // Chiang Mai has not yet paraphrased Kanun's goals: that campaign stays proposed.
};

/// One campaign, the statuses it goes through, and the exchange paired with it.
struct CampaignSeed {
    const char16_t *language, *title, *aims;
    QList<int> partners;
    QList<CampaignStatus> path;
    std::optional<domain::ExchangeKind> exchange;
    domain::ExchangeStatus exchangeStatus;
    const char16_t *exchangeLanguage, *exchanged;
};

} // namespace

Result<int> writeCampaigns(Workspace &workspace, const QList<qint64> &ids)
{
    using S = CampaignStatus;
    using K = domain::ExchangeKind;
    PartnerStore partners(workspace);
    CampaignStore campaigns(workspace);
    for (const ParaphraseSeed &seed : kParaphrases) {
        domain::GoalParaphrase p;
        p.partnerId = ids.at(seed.of);
        p.byPartnerId = ids.at(seed.by);
        p.text = said(seed.language, seed.text);
        auto id = partners.addParaphrase(p);
        if (!id)
            return id.error();
        if (seed.acknowledged)
            TRELLIS_TRY(campaigns.acknowledge(*id, QStringLiteral("Coordinator")));
    }
    const QList<CampaignSeed> seeds = {
        {u"es", u"Salario vital en toda la cadena textil", u"Un salario vital para quien cose, hila y enseña",
         {Colectiva, Ittihad, Kanun}, {S::QuorumMet, S::Active}, K::StorytellingNight, domain::ExchangeStatus::Held,
         u"ar", u"حكايات الغزّالات والمعلمات، كلٌّ بلغتها"},
        {u"pt-BR", u"Cozinhas que atravessam fronteiras", u"Trocar receitas e estratégias de cozinhas comunitárias",
         {Recife, Haifa}, {S::QuorumMet}, std::nullopt, domain::ExchangeStatus::Planned, nullptr, nullptr},
        {u"ru", u"Безопасная доставка", u"Общие правила безопасности для курьеров двух городов",
         {Couriers, Shenzhen}, {S::Active, S::Paused}, K::StudySession, domain::ExchangeStatus::Planned,
         u"zh-Hans", u"劳动法学习会，双语讲义"},
        {u"hi", u"बीज और सूचना", u"बीज बैंक और सूचना के अधिकार पर साझा अभियान",
         {Gramin, Pwani}, {S::Active, S::Closed}, K::Song, domain::ExchangeStatus::Held, u"sw",
         u"Nyimbo za mavuno zilibadilishwa na nyimbo za maandamano"},
        {u"th", u"สุขภาพไร้พรมแดน", u"การเข้าถึงบริการสุขภาพสำหรับแรงงานข้ามชาติและครูที่ถูกจับกุม",
         {ChiangMai, Kanun}, {S::Active}, K::SharedMeal, domain::ExchangeStatus::Planned, u"th",
         u"อาหารค่ำร่วมกันกับครอบครัวแรงงาน"},
    };
    int written = 0;
    for (const CampaignSeed &seed : seeds) {
        domain::Campaign c;
        c.title = said(seed.language, seed.title);
        c.aims = said(seed.language, seed.aims);
        c.startsOn = QDate(2026, 3 + 2 * written, 1);
        for (int p : seed.partners)
            c.partners << domain::CampaignPartner{ids.at(p), c.startsOn.addDays(-14)};
        auto id = campaigns.add(c);
        if (!id)
            return id.error();
        if (seed.exchange) {
            domain::CulturalExchange x;
            x.kind = *seed.exchange;
            x.heldOn = c.startsOn.addDays(20);
            x.status = seed.exchangeStatus;
            for (int p : seed.partners)
                x.partnerIds << ids.at(p);
            x.campaignIds = {*id};
            x.exchanged = said(seed.exchangeLanguage, seed.exchanged);
            if (auto added = ExchangeStore(workspace).add(x); !added)
                return added.error();
        }
        // The last campaign's move to active is refused by the gate: it stays proposed.
        for (S status : seed.path) {
            if (auto moved = campaigns.setStatus(*id, status); !moved && seed.partners.contains(ChiangMai))
                break;
            else if (!moved)
                return moved.error();
        }
        ++written;
    }
    return written;
}

} // namespace trellis::store::demo
