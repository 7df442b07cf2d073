#pragma once
// "Fulfils:": the ritual occurrence a record (a retro, a rehearsal, a drill, a hand-over) fulfils,
// chosen among the fitting rituals' occurrences near the record's day that nothing fulfils yet.

#include "gui/sections/section.h"
#include "store/ritualfulfilments.h"

#include <QComboBox>

#include <functional>
#include <optional>

namespace trellis::gui {

class Workbench;

/// Picks the occurrence one record fulfils, or none; saveLinked() writes the choice with the record's save.
class FulfilmentPicker : public QComboBox {
    Q_OBJECT
public:
    /// How far from the record's day an occurrence is offered, either way.
    static constexpr int kDaysAround = 30;

    /// recordKind as ritual_fulfilment keeps it ("retro", "rehearsal", "fire-drill", "custodian-term").
    FulfilmentPicker(store::Workspace &workspace, QString recordKind, QWidget *parent = nullptr);

    /// Shows what record recordId (0: a new one) fulfils, offering the occurrences around day.
    void showRecord(qint64 recordId, const QDate &day);
    /// Offers the occurrences around another day, keeping the choice when it is still offered.
    void setDay(const QDate &day);
    /// The occurrence chosen, or none.
    std::optional<store::FulfilledOccurrence> chosen() const;
    /// Chooses an occurrence (offered or not, as a draft brings it back), or none.
    void choose(const std::optional<store::FulfilledOccurrence> &occurrence);
    /// The choice as a draft keeps it ("" for none).
    QString draft() const;
    void restoreDraft(const QString &draft);
    /// An editor's save (save, which pushes its own undo step) followed by apply() for the record
    /// it saved in section: one Undo takes back both. The record stays saved when the link is
    /// refused; the status bar says why it is not linked.
    Result<qint64> saveLinked(Workbench &workbench, Section section, const std::function<Result<qint64>()> &save);

private:
    /// Links recordId to the occurrence chosen and unlinks the one it fulfilled, if they differ.
    Status apply(qint64 recordId);
    void list(const QDate &day, const std::optional<store::FulfilledOccurrence> &keep);

    store::Workspace &m_ws;
    QString m_kind;
    qint64 m_recordId = 0;
    QDate m_day;
    std::optional<store::FulfilledOccurrence> m_saved; ///< what the record fulfils in the file
};

} // namespace trellis::gui
