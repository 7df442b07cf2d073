#include "store/demopartners.h"

namespace trellis::store::demo {

using domain::BilingualText;
using domain::Partner;
using domain::PartnerKind;
using domain::Translation;
using domain::TranslationStatus;

namespace {

struct Seed {
    const char16_t *language, *name, *latin, *nameEs, *goals, *goalsEs, *goalsEn;
    PartnerKind kind;
    const char *country, *locale, *zone;
    TranslationStatus translated;
};

// Fictional partners; every name and goal is written first in the partner's own language.
const Seed kSeeds[] = {
    {u"fa", u"کانون صنفی معلمان تهران", u"Kanun-e Senfi-ye Moalleman-e Tehran", u"Sindicato de Docentes de Teherán",
     u"دستمزد منصفانه و آموزش رایگان برای همه کودکان", u"Salario justo y educación gratuita para todas las infancias",
     u"Fair pay and free education for every child", PartnerKind::Union, "IR", "fa-IR-u-ca-persian", "Asia/Tehran",
     TranslationStatus::Reviewed},
    {u"es", u"Colectiva Feminista Tierra y Agua", nullptr, nullptr,
     u"Defender el agua y la tierra frente al extractivismo minero", nullptr,
     u"Defend water and land against mining extractivism", PartnerKind::Collective, "MX", "es-MX",
     "America/Mexico_City", TranslationStatus::Human},
    {u"ar", u"اتحاد عمال النسيج في المحلة", u"Ittihad Ummal al-Nasij fi al-Mahalla", u"Unión de Trabajadores Textiles de Mahalla",
     u"أجور عادلة وحق التنظيم في مصانع الغزل", u"Salarios justos y derecho a organizarse en las hilanderías",
     u"Fair wages and the right to organise in the spinning mills", PartnerKind::Union, "EG", "ar-EG", "Africa/Cairo",
     TranslationStatus::Human},
    {u"pt-BR", u"Rede Solidária Recife", nullptr, u"Red Solidaria Recife",
     u"Cozinhas comunitárias e moradia digna nas periferias", u"Cocinas comunitarias y vivienda digna en las periferias",
     u"Community kitchens and decent housing on the outskirts", PartnerKind::Movement, "BR", "pt-BR", "America/Recife",
     TranslationStatus::Machine},
    {u"he", u"קואליציית הדיור בחיפה", u"Koalitziyat ha-Diyur be-Haifa", u"Coalición por la Vivienda de Haifa",
     u"דיור בר השגה לכל תושבי העיר", u"Vivienda asequible para toda la ciudad",
     u"Affordable housing for everyone in the city", PartnerKind::Collective, "IL", "he-IL-u-ca-hebrew",
     "Asia/Jerusalem", TranslationStatus::Human},
    {u"ru", u"Союз курьеров Санкт-Петербурга", u"Soyuz kuryerov Sankt-Peterburga", u"Sindicato de Repartidores de San Petersburgo",
     u"Безопасные условия труда и честная оплата для курьеров", nullptr,
     u"Safe working conditions and honest pay for couriers", PartnerKind::Union, "RU", "ru-RU", "Europe/Moscow",
     TranslationStatus::Machine},
    {u"zh-Hans", u"深圳工友互助中心", u"Shenzhen Gongyou Huzhu Zhongxin", u"Centro de Apoyo Mutuo Obrero de Shenzhen",
     u"工人互助、法律援助与职业安全", u"Apoyo mutuo, asesoría legal y seguridad laboral",
     u"Mutual aid, legal help and safety at work", PartnerKind::Collective, "CN", "zh-Hans-CN", "Asia/Shanghai",
     TranslationStatus::Reviewed},
    {u"hi", u"ग्रामीण मज़दूर एकता मंच", u"Gramin Mazdoor Ekta Manch", u"Foro de Unidad de Trabajadores Rurales",
     u"ग्रामीण मज़दूरों के लिए सूचना का अधिकार और न्याय", nullptr,
     u"The right to information and justice for rural workers", PartnerKind::Movement, "IN", "hi-IN", "Asia/Kolkata",
     TranslationStatus::Human},
    {u"sw", u"Muungano wa Wakulima wa Pwani", nullptr, u"Alianza de Campesinos de la Costa",
     u"Ardhi, mbegu na masoko ya haki kwa wakulima wadogo", u"Tierra, semillas y mercados justos para pequeños campesinos",
     u"Land, seeds and fair markets for smallholders", PartnerKind::Movement, "KE", "sw-KE", "Africa/Nairobi",
     TranslationStatus::Human},
    {u"th", u"เครือข่ายแรงงานข้ามชาติเชียงใหม่", u"Khruea-khai Raeng-ngan Kham-chat Chiang Mai", u"Red de Trabajadores Migrantes de Chiang Mai",
     u"สิทธิแรงงานข้ามชาติและการเข้าถึงบริการสุขภาพ", nullptr,
     u"Migrant workers' rights and access to health care", PartnerKind::Collective, "TH", "th-TH", "Asia/Bangkok",
     TranslationStatus::Machine},
    {u"en", u"Colombo Garment Workers Union", nullptr, u"Sindicato de Trabajadoras de la Confección de Colombo",
     u"Living wages and safe factories in the free trade zones",
     u"Salarios dignos y fábricas seguras en las zonas francas", nullptr, PartnerKind::Union, "LK", "en-LK",
     "Asia/Colombo", TranslationStatus::Reviewed},
};

QString seedText(const char16_t *s) { return s ? QString::fromUtf16(s) : QString(); }

} // namespace

QList<Partner> partners()
{
    const QDateTime when(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC);
    QList<Partner> list;
    for (const Seed &seed : kSeeds) {
        Partner p;
        const QString language = seedText(seed.language);
        p.name = BilingualText(language, seedText(seed.name));
        p.nameLatin = seedText(seed.latin);
        p.goals = BilingualText(language, seedText(seed.goals));
        if (seed.nameEs && language != QLatin1String("es"))
            p.name.setTranslation(QStringLiteral("es"), Translation{seedText(seed.nameEs), seed.translated, QStringLiteral("Lucía"), when});
        if (seed.goalsEs && language != QLatin1String("es"))
            p.goals.setTranslation(QStringLiteral("es"), Translation{seedText(seed.goalsEs), seed.translated, QStringLiteral("Lucía"), when});
        if (seed.goalsEn && language != QLatin1String("en"))
            p.goals.setTranslation(QStringLiteral("en"), Translation{seedText(seed.goalsEn), TranslationStatus::Human, QStringLiteral("Sam"), when});
        p.kind = seed.kind;
        p.country = QString::fromLatin1(seed.country);
        p.locale = QString::fromLatin1(seed.locale);
        p.timeZone = QString::fromLatin1(seed.zone);
        p.languages = {language};
        if (language != QLatin1String("en"))
            p.languages << QStringLiteral("en");
        p.contactNotes = BilingualText(QStringLiteral("en"), QStringLiteral("Reach the coordinator through the alliance's secure channel."));
        list.append(p);
    }
    return list;
}

domain::BilingualText said(const char16_t *language, const char16_t *body)
{
    return domain::BilingualText(QString::fromUtf16(language), QString::fromUtf16(body));
}

} // namespace trellis::store::demo
