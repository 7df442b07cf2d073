#pragma once
// What a Trellis XLIFF 1.2 trans-unit carries besides its text: its id, the fingerprints of the
// source and of the translation as they were at export, and how statuses map to states.

#include "domain/bilingualtext.h"

#include <QString>

#include <optional>

namespace trellis::io::xliff {

inline constexpr auto kNamespace = "urn:oasis:names:tc:xliff:document:1.2";

/// "UUID#field": the record's identity across workspaces and the field in it.
QString unitId(const QString &ownerUuid, const QString &field);
/// Splits a unit id into record uuid and field; nothing when it is not one Trellis writes.
std::optional<std::pair<QString, QString>> splitUnitId(const QString &id);

/// SHA-256 of a text's UTF-8, lower-case hex: what import compares to see the text is unchanged.
QString fingerprint(const QString &text);

/// extradata="source-sha256=HEX target-sha256=HEX": the source, and the translation Trellis held
/// (empty for none), when the unit was exported.
QString extradata(const QString &source, const QString &storedTarget);
struct Fingerprints {
    QString source;
    QString target;
};
std::optional<Fingerprints> parseExtradata(const QString &text);

/// A target's state and approval as exported for a status (never Missing or Original).
struct TargetState {
    QString state;          ///< "needs-review-translation", "translated", "signed-off"
    QString stateQualifier; ///< "leveraged-mt" for machine drafts
    bool approved = false;
};
TargetState targetState(domain::TranslationStatus status);

/// The status an imported target carries: reviewed when signed-off or final; machine when its
/// state-qualifier names machine translation; human otherwise (any other state, or none).
/// approved="yes" alone is not a review: translate-toolkit writes it on every translated unit.
domain::TranslationStatus statusOfTarget(const QString &state, const QString &stateQualifier);

} // namespace trellis::io::xliff
