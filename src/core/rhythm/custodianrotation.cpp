#include "rhythm/custodianrotation.h"

#include "util/text.h"

namespace trellis::rhythm {

Status CustodianRotation::validate() const
{
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (isBlank(order[i]))
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The custodians' rotation has an empty place"));
        if (order.indexOf(order[i]) != i)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A custodian appears twice in the rotation's order"));
    }
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (isBlank(terms[i].custodian) || !terms[i].handedOverOn.isValid())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("Every hand-over of the archive needs a custodian and a date"));
        if (i > 0 && terms[i].handedOverOn <= terms[i - 1].handedOverOn)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("The archive's hand-overs must be in date order, one a day at most (%1)")
                                                          .arg(terms[i].handedOverOn.toString(Qt::ISODate)));
    }
    return {};
}

std::optional<CustodianTerm> CustodianRotation::holderOn(const QDate &date) const
{
    std::optional<CustodianTerm> holder;
    for (const CustodianTerm &term : terms)
        if (term.handedOverOn <= date)
            holder = term;
    return holder;
}

std::optional<QString> CustodianRotation::nextCustodian() const
{
    if (order.isEmpty())
        return std::nullopt;
    for (auto term = terms.crbegin(); term != terms.crend(); ++term)
        if (const qsizetype at = order.indexOf(term->custodian); at >= 0)
            return order[(at + 1) % order.size()];
    return order.first();
}

std::optional<CustodianTerm> CustodianRotation::repeatedTerm(const CustodianTerm &proposed) const
{
    std::optional<CustodianTerm> before;
    std::optional<CustodianTerm> after;
    for (const CustodianTerm &term : terms) {
        if (term.handedOverOn < proposed.handedOverOn)
            before = term;
        else if (term.handedOverOn > proposed.handedOverOn && !after)
            after = term;
    }
    if (before && before->custodian == proposed.custodian)
        return before;
    if (after && after->custodian == proposed.custodian)
        return after;
    return std::nullopt;
}

} // namespace trellis::rhythm
