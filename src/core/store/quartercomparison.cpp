#include "store/quartercomparison.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "util/log.h"

#include <QSet>

#include <algorithm>

namespace trellis::store {

namespace {

/// The tags of an answer: its own and its theme's, each once.
QSet<QString> answerTags(const QString &own, const QString &theme)
{
    QSet<QString> tags;
    for (const QString &list : {own, theme}) {
        for (const QString &tag : list.split(u',', Qt::SkipEmptyParts)) {
            const QString t = tag.trimmed();
            if (!t.isEmpty())
                tags.insert(t);
        }
    }
    return tags;
}

} // namespace

int QuarterComparison::quartersWith(const QString &tag) const
{
    return int(std::count_if(quarters.cbegin(), quarters.cend(),
                             [&tag](const QuarterTally &q) { return q.answersPerTag.value(tag) > 0; }));
}

Result<QList<i18n::Quarter>> quarterSpan(const i18n::Quarter &from, const i18n::Quarter &to)
{
    const int first = from.year * 4 + from.quarter - 1;
    const int last = to.year * 4 + to.quarter - 1;
    if (last < first)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("The span ends (%1) before it starts (%2)").arg(to.toString(), from.toString()));
    if (last - first + 1 > kMaxComparedQuarters)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("At most %1 quarters are compared at once; %2 to %3 is %4")
                                                      .arg(kMaxComparedQuarters)
                                                      .arg(from.toString(), to.toString())
                                                      .arg(last - first + 1));
    QList<i18n::Quarter> span;
    for (int q = first; q <= last; ++q)
        span.append(i18n::Quarter{q / 4, q % 4 + 1});
    return span;
}

Result<QuarterComparison> compareQuarters(Workspace &workspace, const i18n::Quarter &from, const i18n::Quarter &to)
{
    auto span = quarterSpan(from, to);
    if (!span)
        return span.error();
    QuarterComparison c;
    QHash<QString, int> indexOf;
    for (const i18n::Quarter &q : std::as_const(*span)) {
        indexOf.insert(q.toString(), int(c.quarters.size()));
        QuarterTally tally;
        tally.quarter = q.toString();
        c.quarters.append(tally);
    }
    const QString first = from.toString();
    const QString last = to.toString();
    Database &db = workspace.database();

    TRELLIS_TRY_ASSIGN(Statement retros, db.query(QStringLiteral(
        "SELECT quarter, lang_a, lang_b FROM retro WHERE quarter BETWEEN ? AND ? ORDER BY quarter, held_on, id"),
        first, last));
    TRELLIS_TRY_ASSIGN(Statement answers, db.query(QStringLiteral(
        "SELECT r.quarter, a.question, a.tags, coalesce(t.tags, ''), a.votes FROM retro_answer a "
        "JOIN retro r ON r.id = a.retro_id LEFT JOIN retro_theme t ON t.id = a.theme_id "
        "WHERE r.quarter BETWEEN ? AND ?"), first, last));
    // An action's fate is the latest review of it; one marked done stays done.
    TRELLIS_TRY_ASSIGN(Statement actions, db.query(QStringLiteral(
        "SELECT r.quarter, a.done, a.carried_from_id IS NOT NULL, "
        "(SELECT v.outcome FROM retro_action_review v WHERE v.action_id = a.id "
        " ORDER BY v.reviewed_at DESC, v.id DESC LIMIT 1) "
        "FROM retro_action a JOIN retro r ON r.id = a.retro_id WHERE r.quarter BETWEEN ? AND ?"), first, last));

    TRELLIS_TRY(retros.forEachRow([&](Statement &row) -> Status {
        const int i = indexOf.value(row.text(0), -1);
        if (i < 0)
            return {};
        ++c.quarters[i].retros;
        c.languageA = row.text(1);
        c.languageB = row.text(2);
        return {};
    }));
    TRELLIS_TRY(answers.forEachRow([&](Statement &row) -> Status {
        const int i = indexOf.value(row.text(0), -1);
        const auto question = domain::retroQuestionFromKey(row.text(1));
        if (i < 0 || !question)
            return {};
        QuarterTally &t = c.quarters[i];
        const int votes = int(row.int64(4));
        ++t.answersPerQuestion[size_t(*question)];
        t.votes += votes;
        for (const QString &tag : answerTags(row.text(2), row.text(3))) {
            ++t.answersPerTag[tag];
            t.votesPerTag[tag] += votes;
        }
        return {};
    }));
    TRELLIS_TRY(actions.forEachRow([&](Statement &row) -> Status {
        const int i = indexOf.value(row.text(0), -1);
        if (i < 0)
            return {};
        QuarterTally &t = c.quarters[i];
        ++t.actions;
        if (row.int64(2) != 0)
            ++t.actionsCarriedIn;
        const QString outcome = row.isNull(3) ? QString() : row.text(3);
        if (row.int64(1) != 0 || outcome == QLatin1String("done"))
            ++t.actionsDone;
        else if (outcome == QLatin1String("carried_over"))
            ++t.actionsCarriedOver;
        else if (outcome == QLatin1String("dropped"))
            ++t.actionsDropped;
        return {};
    }));

    QHash<QString, int> totals;
    for (const QuarterTally &t : std::as_const(c.quarters)) {
        for (auto it = t.answersPerTag.cbegin(); it != t.answersPerTag.cend(); ++it)
            totals[it.key()] += it.value();
    }
    QHash<QString, int> quartersOf;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        c.tags.append(it.key());
        quartersOf.insert(it.key(), c.quartersWith(it.key()));
    }
    std::sort(c.tags.begin(), c.tags.end(), [&](const QString &a, const QString &b) {
        if (quartersOf.value(a) != quartersOf.value(b))
            return quartersOf.value(a) > quartersOf.value(b);
        if (totals.value(a) != totals.value(b))
            return totals.value(a) > totals.value(b);
        return a < b;
    });
    log::get("store")->debug("compared {} quarters: {} tags", c.quarters.size(), c.tags.size());
    return c;
}

Result<std::optional<std::pair<i18n::Quarter, i18n::Quarter>>> retroQuarterRange(Workspace &workspace)
{
    TRELLIS_TRY_ASSIGN(Statement select,
                       workspace.database().query(QStringLiteral("SELECT min(quarter), max(quarter) FROM retro")));
    TRELLIS_TRY_ASSIGN(const bool found, select.step());
    if (!found || select.isNull(0))
        return std::optional<std::pair<i18n::Quarter, i18n::Quarter>>();
    auto first = i18n::parseQuarter(select.text(0));
    auto last = i18n::parseQuarter(select.text(1));
    if (!first || !last)
        return (!first ? first : last).error();
    return std::optional<std::pair<i18n::Quarter, i18n::Quarter>>(std::pair{*first, *last});
}

} // namespace trellis::store
