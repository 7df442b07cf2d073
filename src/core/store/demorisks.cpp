#include "store/demorisks.h"

#include "domain/retro.h"
#include "store/campaignstore.h"
#include "store/demopartners.h"
#include "store/incidentstore.h"
#include "store/protocolstore.h"
#include "store/retrostore.h"
#include "store/sharedriskstore.h"
#include "store/workspace.h"

#include <QHash>

namespace trellis::store::demo {
namespace {

/// One partner's part, in its own words (none: it bore its part without telling it).
struct PartSeed {
    int partner;
    const char16_t *language, *text;
};

/// One shared risk: what was risked, how it ended, who bore which part, and what it is linked to.
struct RiskSeed {
    QDate takenOn;
    const char16_t *language, *what, *whatEs;
    const char16_t *outcomeLanguage, *outcome;
    QList<PartSeed> parts;
    int campaign;     ///< its place in the campaign list
    bool incident;    ///< linked to the demo incident (the strike fund dispute)
    bool cited;       ///< the answer to the third question of its quarter's retro names it
};

const QList<RiskSeed> &riskSeeds()
{
    static const QList<RiskSeed> all = {
        {QDate(2026, 3, 14), u"ar", u"وقفة متزامنة أمام السفارات في القاهرة وطهران ومكسيكو",
         u"Vigilia simultánea frente a las embajadas en El Cairo, Teherán y Ciudad de México",
         u"es", u"Nadie fue detenido; dos organizadores fueron interrogados durante horas",
         {{Ittihad, u"ar", u"وقفنا أمام السفارة رغم المنع، واستُجوب اثنان من المنظمين"},
          {Kanun, u"fa", u"نام‌های اعضای هیئت مدیره را زیر بیانیه گذاشتیم"},
          {Colectiva, u"es", u"Sostuvimos la vigilia en Ciudad de México y juntamos el dinero de las fianzas"},
          {Colombo, nullptr, nullptr}},
         0, false, true},
        {QDate(2026, 4, 20), u"fa", u"صندوق اعتصاب مشترک برای کارگران ریسندگی محله",
         u"Fondo de huelga común para las hilanderas de Mahalla", nullptr, nullptr,
         {{Kanun, u"fa", u"بخشی از صندوق معلمان را پیش از تأیید همه قرض دادیم"},
          {Ittihad, u"ar", u"خاطرنا بكشف أسماء المستفيدات من الصندوق"}},
         0, true, false},
        {QDate(2026, 6, 10), u"he", u"הצהרה משותפת בזמן הפינויים בחיפה ובריסיפה", nullptr,
         u"pt-BR", u"Perdemos um financiador e ganhamos duas cozinhas novas",
         {{Haifa, u"he", u"חתמנו בשמנו המלא ואיבדנו תורם אחד"},
          {Recife, u"pt-BR", u"Publicamos a declaração em português e hebraico e recebemos ameaças nas redes"}},
         1, false, true},
        {QDate(2026, 9, 5), u"zh-Hans", u"在三地领事馆前同时抗议，保护被拘留的快递员",
         u"Protesta simultánea frente a tres consulados por los repartidores detenidos", nullptr, nullptr,
         {{Shenzhen, u"zh-Hans", u"我们的两名志愿者被警方约谈"},
          {Couriers, u"ru", u"Мы вышли к консульству, несмотря на запрет"},
          {ChiangMai, u"th", u"เราประท้วงหน้าสถานกงสุลพร้อมกันและถูกถ่ายรูปไว้"}},
         2, false, true},
    };
    return all;
}

/// The first answer to the third question in each retro, by the retro's quarter.
Result<QHash<QString, qint64>> riskAnswersByQuarter(Workspace &workspace)
{
    RetroStore retros(workspace);
    TRELLIS_TRY_ASSIGN(const QList<RetroSummary> summaries, retros.list());
    QHash<QString, qint64> answers;
    for (const RetroSummary &summary : summaries) {
        TRELLIS_TRY_ASSIGN(const domain::Retro retro, retros.get(summary.id));
        for (const domain::RetroAnswer &a : retro.answers) {
            if (a.question == domain::RetroQuestion::SharedRisk && !answers.contains(retro.quarter))
                answers.insert(retro.quarter, a.stamp.id);
        }
    }
    return answers;
}

} // namespace

Result<int> writeSharedRisks(Workspace &workspace, const QList<qint64> &ids)
{
    TRELLIS_TRY_ASSIGN(const QList<CampaignSummary> campaigns, CampaignStore(workspace).list());
    TRELLIS_TRY_ASSIGN(const QList<qint64> incidents, IncidentStore(workspace).ids());
    TRELLIS_TRY_ASSIGN(const auto answers, riskAnswersByQuarter(workspace));
    SharedRiskStore store(workspace);
    for (const RiskSeed &seed : riskSeeds()) {
        domain::SharedRisk r;
        r.takenOn = seed.takenOn;
        r.what = said(seed.language, seed.what);
        if (seed.whatEs)
            r.what.setTranslation(QStringLiteral("es"), {QString::fromUtf16(seed.whatEs), domain::TranslationStatus::Human,
                                                         QStringLiteral("Lucía"), QDateTime(r.takenOn.addDays(3), QTime(18, 0), Qt::UTC)});
        if (seed.outcome)
            r.outcome = said(seed.outcomeLanguage, seed.outcome);
        for (const PartSeed &part : seed.parts)
            r.parts << domain::SharedRiskPart{ids.at(part.partner), part.text ? said(part.language, part.text)
                                                                              : domain::BilingualText()};
        r.campaignIds = {campaigns.at(seed.campaign).id};
        if (seed.incident && !incidents.isEmpty())
            r.incidentIds = {incidents.first()};
        TRELLIS_TRY_ASSIGN(const qint64 id, store.add(r));
        const auto answer = answers.constFind(domain::quarterOf(seed.takenOn));
        if (seed.cited && answer != answers.cend())
            TRELLIS_TRY(store.citeInAnswer(*answer, id));
    }
    return int(riskSeeds().size());
}

} // namespace trellis::store::demo
