#pragma once
// Asks who gives (or withdraws) a funds entry's approval: which side, by whom, an optional note.

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace trellis::gui {

/// One side's word on a funds entry; the two partners of the entry are the only sides offered.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    /// approve false: a withdrawal. sides: (partner id, name) of the entry's two partners.
    ConsentDialog(bool approve, const QList<QPair<qint64, QString>> &sides, QWidget *parent = nullptr);

    qint64 partnerId() const;
    QString byName() const;
    QString note() const;
    void setSide(qint64 partnerId);
    void setByName(const QString &name);
    void setNote(const QString &note);

private:
    QComboBox *m_side = nullptr;
    QLineEdit *m_by = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace trellis::gui
