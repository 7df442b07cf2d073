#include "store/demoretros.h"

namespace trellis::store::demo {

using domain::BilingualText;
using domain::RetroQuestion;
using domain::Translation;
using domain::TranslationStatus;

namespace {

BilingualText text(const char16_t *language, const char16_t *original, const char16_t *es = nullptr,
                   TranslationStatus status = TranslationStatus::Human)
{
    BilingualText t(QString::fromUtf16(language), QString::fromUtf16(original));
    if (es)
        t.setTranslation(QStringLiteral("es"), Translation{QString::fromUtf16(es), status, QStringLiteral("Lucía"),
                                                           QDateTime(QDate(2026, 7, 1), QTime(18, 0), Qt::UTC)});
    return t;
}

domain::RetroAnswer answer(RetroQuestion q, qint64 author, BilingualText t, int votes, QStringList tags)
{
    domain::RetroAnswer a;
    a.question = q;
    a.authorPartnerId = author;
    a.text = std::move(t);
    a.votes = votes;
    a.tags = std::move(tags);
    return a;
}

/// A retro: its date, facilitator, pair of languages and participants, its answers and its actions.
domain::Retro retro(QDate heldOn, const char16_t *facilitator, const char16_t *languageA, const char16_t *languageB,
                    QList<qint64> participants, QList<domain::RetroAnswer> answers, QList<domain::RetroAction> actions = {})
{
    domain::Retro r;
    r.heldOn = heldOn;
    r.facilitator = QString::fromUtf16(facilitator);
    r.languageA = QString::fromUtf16(languageA);
    r.languageB = QString::fromUtf16(languageB);
    r.participantIds = std::move(participants);
    r.answers = std::move(answers);
    r.actions = std::move(actions);
    return r;
}

domain::RetroAction action(qint64 partner, BilingualText t, QDate dueOn, bool done)
{
    domain::RetroAction a;
    a.partnerId = partner;
    a.text = std::move(t);
    a.dueOn = dueOn;
    a.done = done;
    return a;
}

} // namespace

QList<domain::Retro> retros(const QList<qint64> &p)
{
    // p: 0 Tehran teachers (fa), 1 Tierra y Agua (es), 2 Mahalla (ar), 3 Recife (pt-BR), 4 Haifa (he),
    // 5 couriers (ru), 6 Shenzhen (zh), 7 rural workers (hi), 8 coast farmers (sw), 9 Chiang Mai (th), 10 Colombo (en)
    return {
        retro(QDate(2026, 3, 28), u"Mina Rahimi", u"fa", u"es", {p[0], p[1], p[2], p[10]}, {
            answer(RetroQuestion::Extractive, p[0],
                   text(u"fa", u"همیشه ما ترجمه می‌کردیم و کسی این کار را نمی‌دید.",
                        u"Siempre traducíamos nosotras y nadie veía ese trabajo."), 6, {QStringLiteral("translation")}),
            answer(RetroQuestion::Transformative, p[1],
                   text(u"es", u"Escribir el comunicado a cuatro manos cambió cómo nos hablamos."), 4, {QStringLiteral("authorship")}),
            answer(RetroQuestion::SharedRisk, p[2],
                   text(u"ar", u"الوقفة المتزامنة أمام السفارات أثبتت أننا معاً.",
                        u"La vigilia simultánea frente a las embajadas probó que estamos juntas.", TranslationStatus::Reviewed),
                   7, {QStringLiteral("risk")}),
        }, {action(p[1], text(u"es", u"Turnar la traducción de los comunicados cada mes"), QDate(2026, 6, 30), true)}),
        retro(QDate(2026, 6, 27), u"Joana Lima", u"pt-BR", u"en", {p[3], p[4], p[8], p[10]}, {
            answer(RetroQuestion::Extractive, p[10],
                   text(u"en", u"Funding decisions were still made in one inbox.",
                        u"Las decisiones de financiación se seguían tomando en una sola bandeja de entrada."), 5, {QStringLiteral("funds")}),
            answer(RetroQuestion::Transformative, p[8],
                   text(u"sw", u"Usiku wa kubadilishana nyimbo ulituunganisha kuliko mkutano wowote.",
                        u"La noche de intercambio de canciones nos unió más que cualquier reunión.", TranslationStatus::Machine),
                   3, {QStringLiteral("culture")}),
            answer(RetroQuestion::SharedRisk, p[4],
                   text(u"he", u"ההצהרה המשותפת בזמן הפינויים עלתה לנו במוניטין, ועמדנו בזה יחד."), 2, {}),
        }),
        retro(QDate(2026, 9, 26), u"Li Wei", u"zh-Hans", u"es", {p[5], p[6], p[7], p[9]}, {
            answer(RetroQuestion::Extractive, p[6],
                   text(u"zh-Hans", u"我们提供了法律咨询，却很少被邀请参与决策。",
                        u"Dimos asesoría legal, pero casi nunca nos invitaron a decidir."), 5, {QStringLiteral("expertise")}),
            answer(RetroQuestion::Transformative, p[7],
                   text(u"hi", u"दूसरे देशों के मज़दूरों की कहानियाँ सुनकर हमारी सभा बदल गई।"), 4, {}),
            answer(RetroQuestion::SharedRisk, p[9],
                   text(u"th", u"การประท้วงพร้อมกันที่สถานทูตพิสูจน์ว่าเราไม่ได้อยู่เพียงลำพัง",
                        u"La protesta simultánea en las embajadas probó que no estamos solas.", TranslationStatus::Human),
                   6, {QStringLiteral("risk")}),
            answer(RetroQuestion::Extractive, p[5],
                   text(u"ru", u"Нас просили срочно переводить, но никто не спросил о нашей нагрузке."), 1, {}),
        }, {action(p[6], text(u"zh-Hans", u"邀请深圳工友互助中心参加预算讨论",
                                   u"Invitar al centro de Shenzhen a la discusión del presupuesto"),
                       QDate(2026, 12, 15), false)}),
    };
}

QList<domain::ConflictProtocol> protocols(const QList<qint64> &p)
{
    domain::ConflictProtocol resources;
    resources.title = text(u"ar", u"بروتوكول الخلاف على الموارد", u"Protocolo para desacuerdos sobre recursos",
                           TranslationStatus::Reviewed);
    resources.triggers = text(u"en", u"A partner asks to pause or redirect shared funds",
                              u"Una aliada pide pausar o redirigir fondos compartidos");
    resources.roles = text(u"en", u"Two facilitators, one from each side; a note-taker from a third partner");
    resources.steps = {
        text(u"en", u"Pause the disbursement; nothing moves without both approvals",
             u"Pausar el desembolso: nada se mueve sin ambas aprobaciones"),
        text(u"en", u"Each side paraphrases the other's position in its own language",
             u"Cada parte parafrasea la posición de la otra en su propio idioma"),
        text(u"en", u"Meet within seven days with the ledger open", u"Reunirse en siete días con el libro abierto"),
    };
    resources.agreements = {{p[0], QDate(2026, 2, 1), QStringLiteral("Mina Rahimi")},
                            {p[2], QDate(2026, 2, 3), QStringLiteral("Amal Hassan")},
                            {p[10], QDate(2026, 2, 4), QStringLiteral("Nadeesha Perera")}};
    resources.reviewDue = QDate(2027, 2, 1);

    domain::ConflictProtocol statements;
    statements.title = text(u"es", u"Protocolo para declaraciones públicas en desacuerdo");
    statements.triggers = text(u"es", u"Una aliada no puede firmar una declaración conjunta");
    statements.steps = {
        text(u"es", u"Nadie publica en nombre de la alianza sin la lectura de todas"),
        text(u"es", u"La aliada en desacuerdo redacta su propia nota, que se publica al lado"),
    };
    statements.agreements = {{p[1], QDate(2026, 4, 10), QStringLiteral("Carmen Ruiz")},
                             {p[3], QDate(2026, 4, 12), QStringLiteral("Joana Lima")}};
    statements.reviewDue = QDate(2026, 12, 1);
    return {resources, statements};
}

domain::Incident incident(qint64 protocolId)
{
    domain::Incident i;
    i.protocolId = protocolId;
    i.occurredOn = QDate(2026, 8, 14);
    i.summary = text(u"fa", u"اختلاف بر سر هزینهٔ صندوق اعتصاب پیش از تأیید هر دو طرف",
                     u"Desacuerdo sobre el uso del fondo de huelga antes de la aprobación de ambas partes");
    i.outcome = text(u"en", u"Disbursement paused for five days, then approved by both sides");
    i.lessons = text(u"en", u"Write the approval rule into the funding call, not only the protocol");
    return i;
}

domain::Rehearsal rehearsal(const QList<qint64> &p)
{
    domain::Rehearsal r;
    r.heldOn = QDate(2026, 5, 16);
    r.participantIds = {p[1], p[3], p[8], p[10]};
    r.scenario = text(u"en", u"A grant arrives for one partner only: who decides how it is shared?",
                      u"Llega una subvención para una sola aliada: ¿quién decide cómo se comparte?");
    r.observations = text(u"es", u"El grupo con el dinero habló el 70% del tiempo");
    r.followUps = text(u"en", u"Rotate the chair; set speaking time before the next rehearsal");
    return r;
}

} // namespace trellis::store::demo
