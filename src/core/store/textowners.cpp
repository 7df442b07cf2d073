#include "store/textowners.h"

namespace trellis::store {

const QList<TextOwnerKind> &textOwnerKinds()
{
    static const QList<TextOwnerKind> kinds = [] {
        const QString made = QStringLiteral("created_at");
        const QString updated = QStringLiteral("updated_at");
        const QString retro = QStringLiteral("retro");
        const QString retroId = QStringLiteral("retro_id");
        auto own = [&made](const char *kind) {
            return TextOwnerKind{QString::fromLatin1(kind), QString::fromLatin1(kind), made, {}, {}};
        };
        auto ofRetro = [&](const char *kind, const QString &madeAt) {
            return TextOwnerKind{QString::fromLatin1(kind), QString::fromLatin1(kind), madeAt, retro, retroId};
        };
        return QList<TextOwnerKind>{
            ofRetro("retro_answer", made), ofRetro("retro_action", made),
            own("protocol"), own("incident"), own("rehearsal"), own("ledger_entry"), own("partner"),
            {QStringLiteral("paraphrase"), QStringLiteral("goal_paraphrase"), made, QStringLiteral("partner"),
             QStringLiteral("partner_id")},
            // A note answering a paraphrase opens the paraphrase, and so the partner it paraphrases.
            {QStringLiteral("paraphrase_event"), QStringLiteral("goal_paraphrase_event"), QStringLiteral("at"),
             QStringLiteral("paraphrase"), QStringLiteral("paraphrase_id")},
            own("campaign"), own("cultural_exchange"), own("shared_risk"),
            {QStringLiteral("shared_risk_part"), QStringLiteral("shared_risk_part"), {}, QStringLiteral("shared_risk"),
             QStringLiteral("risk_id")},
            own("narrative_crossover"), own("ritual"), own("pause"), own("custodian_term"), own("fire_drill"),
            own("envoy_journey"),
            // What a live retro writes: themes, the facilitator's notes, local updates, action reviews.
            ofRetro("retro_theme", made), ofRetro("retro_note", updated), ofRetro("retro_local_update", updated),
            ofRetro("retro_action_review", QStringLiteral("reviewed_at")),
        };
    }();
    return kinds;
}

const TextOwnerKind *textOwnerKind(const QString &kind)
{
    for (const TextOwnerKind &owner : textOwnerKinds()) {
        if (owner.kind == kind)
            return &owner;
    }
    return nullptr;
}

QString openedKind(const QString &kind)
{
    QString opened = kind;
    for (const TextOwnerKind *owner = textOwnerKind(kind); owner && !owner->opensKind.isEmpty();
         owner = textOwnerKind(owner->opensKind))
        opened = owner->opensKind;
    return opened;
}

} // namespace trellis::store
