#include "store/demoledger.h"

#include <random>

namespace trellis::store::demo {

using domain::BilingualText;
using domain::ContributionKind;
using domain::LedgerEntry;
using domain::Quantity;
using domain::Translation;
using domain::TranslationStatus;
using domain::Unit;

namespace {

struct Narrative {
    ContributionKind kind;
    const char16_t *en, *es, *fa, *ar;
};

// One line per kind, as organizers write them; some kinds have originals in Persian or Arabic.
const Narrative kNarratives[] = {
    {ContributionKind::Funds, u"Strike fund transfer for the spinning mill walkout", u"Transferencia al fondo de huelga de la hilandería", nullptr, u"تحويل لصندوق الإضراب في مصنع الغزل"},
    {ContributionKind::Time, u"Coordinated the joint vigil across three time zones", u"Coordinación de la vigilia conjunta en tres husos horarios", u"هماهنگی شب‌زنده‌داری مشترک در سه منطقهٔ زمانی", nullptr},
    {ContributionKind::Translation, u"Translated the joint communiqué on the teachers' strike", u"Traducción del comunicado conjunto sobre la huelga docente", u"ترجمهٔ بیانیهٔ مشترک دربارهٔ اعتصاب معلمان", u"ترجمة البيان المشترك عن إضراب المعلمين"},
    {ContributionKind::Hosting, u"Hosted the envoy during the housing assembly", u"Hospedaje de la enviada durante la asamblea de vivienda", u"میزبانی از فرستاده در جریان مجمع مسکن", u"استضافة المبعوثة خلال جمعية السكن"},
    {ContributionKind::EmotionalLabour, u"Held space for members after the eviction", u"Acompañamiento a las compañeras después del desalojo", u"همراهی با اعضا پس از تخلیهٔ اجباری", nullptr},
    {ContributionKind::CulturalLabour, u"Song exchange night with the coastal farmers", u"Noche de intercambio de canciones con los campesinos de la costa", nullptr, u"ليلة تبادل الأغاني مع مزارعي الساحل"},
    {ContributionKind::ContextualisingNews, u"Explained the new labour law for the partners abroad", u"Explicación de la nueva ley laboral para las aliadas en el exterior", u"توضیح قانون کار جدید برای هم‌پیمانان خارج از کشور", nullptr},
    {ContributionKind::Materials, u"Printed banners for the synchronized action", u"Pancartas impresas para la acción sincronizada", nullptr, nullptr},
    {ContributionKind::Expertise, u"Legal advice on the union registration", u"Asesoría legal sobre el registro sindical", nullptr, u"استشارة قانونية حول تسجيل النقابة"},
    {ContributionKind::MoralLeadership, u"Public statement of support during the crackdown", u"Declaración pública de apoyo durante la represión", u"بیانیهٔ عمومی حمایت در دوران سرکوب", nullptr},
    {ContributionKind::Other, u"Shared the archive of the first campaign", u"Compartió el archivo de la primera campaña", nullptr, nullptr},
};

const char *const kCurrencies[] = {"EUR", "USD", "BRL", "MXN", "LKR", "KES", "JPY", "EGP"};

std::optional<Quantity> quantityFor(ContributionKind kind, std::mt19937_64 &rng)
{
    auto between = [&](qint64 low, qint64 high) { return std::uniform_int_distribution<qint64>(low, high)(rng); };
    switch (kind) {
    case ContributionKind::Funds:
    case ContributionKind::Materials: {
        if (kind == ContributionKind::Materials && between(0, 2) == 0)
            return std::nullopt;
        const Unit unit = *Unit::currency(QString::fromLatin1(kCurrencies[between(0, 7)]));
        const qint64 major = between(20, 5000);
        return Quantity{unit.scale() == 0 ? major * 100 : major * 100 + between(0, 99), unit};
    }
    case ContributionKind::Time:
    case ContributionKind::Expertise:
    case ContributionKind::EmotionalLabour:
        if (kind == ContributionKind::EmotionalLabour && between(0, 1) == 0)
            return std::nullopt;
        return Quantity{between(2, 80) * 25, Unit::hours()}; // quarter hours
    case ContributionKind::Translation:
        return between(0, 3) == 0 ? Quantity{between(1, 40), Unit::pages()} : Quantity{between(150, 9000), Unit::words()};
    case ContributionKind::Hosting:
        return Quantity{between(1, 14), Unit::nights()};
    case ContributionKind::CulturalLabour:
        return between(0, 1) == 0 ? std::optional<Quantity>(Quantity{between(1, 12) * 100, Unit::hours()}) : std::nullopt;
    default:
        return std::nullopt;
    }
}

BilingualText narrativeFor(const Narrative &n, const QString &giverLanguage, std::mt19937_64 &rng)
{
    const QDateTime when(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    const int roll = int(std::uniform_int_distribution<int>(0, 9)(rng));
    BilingualText text;
    if (giverLanguage == QLatin1String("fa") && n.fa)
        text = BilingualText(QStringLiteral("fa"), QString::fromUtf16(n.fa));
    else if (giverLanguage == QLatin1String("ar") && n.ar)
        text = BilingualText(QStringLiteral("ar"), QString::fromUtf16(n.ar));
    else if (giverLanguage.startsWith(QLatin1String("es")))
        text = BilingualText(QStringLiteral("es"), QString::fromUtf16(n.es));
    else
        text = BilingualText(QStringLiteral("en"), QString::fromUtf16(n.en));
    // Translations into es and en with every status, and some left missing on purpose.
    const TranslationStatus status = roll < 3 ? TranslationStatus::Reviewed : roll < 6 ? TranslationStatus::Human
                                               : roll < 8 ? TranslationStatus::Machine : TranslationStatus::Missing;
    if (status != TranslationStatus::Missing) {
        if (text.originalLanguage() != QLatin1String("es"))
            text.setTranslation(QStringLiteral("es"), {QString::fromUtf16(n.es), status, QStringLiteral("Lucía"), when});
        if (text.originalLanguage() != QLatin1String("en"))
            text.setTranslation(QStringLiteral("en"), {QString::fromUtf16(n.en), status, QStringLiteral("Sam"), when});
        if (n.fa && text.originalLanguage() != QLatin1String("fa") && roll < 4)
            text.setTranslation(QStringLiteral("fa"), {QString::fromUtf16(n.fa), TranslationStatus::Human, QStringLiteral("Mina"), when});
    }
    return text;
}

} // namespace

QList<LedgerEntry> ledgerEntries(qint64 count, const QList<qint64> &partnerIds, const QStringList &partnerLanguages,
                                 qint64 firstIndex)
{
    QList<LedgerEntry> entries;
    entries.reserve(count);
    const QDate first(2024, 1, 1);
    const qint64 days = first.daysTo(QDate(2026, 11, 20));
    for (qint64 i = firstIndex; i < firstIndex + count; ++i) {
        std::mt19937_64 rng(quint64(i) * 0x9E3779B97F4A7C15ull + 7); // each entry depends only on its index
        const auto pick = [&](qsizetype n) { return qsizetype(std::uniform_int_distribution<qint64>(0, n - 1)(rng)); };
        LedgerEntry e;
        const Narrative &n = kNarratives[i % std::size(kNarratives)];
        e.kind = n.kind;
        const qsizetype from = pick(partnerIds.size());
        qsizetype to = pick(partnerIds.size() - 1);
        if (to >= from)
            ++to;
        e.fromPartnerId = partnerIds.at(from);
        e.toPartnerId = partnerIds.at(to);
        e.date = first.addDays(std::uniform_int_distribution<qint64>(0, days)(rng));
        e.quantity = quantityFor(e.kind, rng);
        e.narrative = narrativeFor(n, partnerLanguages.at(from), rng);
        e.status = i % 10 == 9 ? domain::EntryStatus::Draft : domain::EntryStatus::Posted;
        entries.append(e);
    }
    return entries;
}

} // namespace trellis::store::demo
