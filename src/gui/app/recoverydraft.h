#pragma once
// Unsaved edits kept in a recovery file in the app data folder, so nothing typed is lost on a
// crash or an accidental close; offered back on the next start.

#include "domain/sidebyside.h"

#include <QJsonObject>
#include <QString>

namespace trellis::gui {

/// The recovery file of one workspace: written on every edit, removed on save or cancel.
class RecoveryDraft {
public:
    explicit RecoveryDraft(const QString &workspacePath);
    QString path() const { return m_path; }
    /// Writes the draft atomically (mode 0600: it holds record text).
    bool write(const QJsonObject &draft) const;
    /// The draft left by the last session, or an empty object.
    QJsonObject read() const;
    void remove() const;

private:
    QString m_path;
};

/// Every text of a record as JSON (original, translations with status, translator and time).
QJsonObject textsToJson(const domain::RecordTexts &texts);
/// Puts the texts of json back into the fields of texts with the same keys (others are added).
void textsFromJson(const QJsonObject &json, domain::RecordTexts &texts);

} // namespace trellis::gui
