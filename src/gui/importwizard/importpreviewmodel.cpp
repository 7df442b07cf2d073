#include "gui/importwizard/importpreviewmodel.h"

#include "gui/editing/labels.h"
#include "io/decimal.h"

#include <QFont>

#include <algorithm>
#include <QLocale>

namespace trellis::gui {
namespace {
constexpr int kShownChars = 120; // a 10 MB cell stays a short line in the table
}

void ImportPreviewModel::setRows(QList<io::LedgerPreviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ImportPreviewModel::countOf(io::ImportRowOutcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [outcome](const auto &r) { return r.outcome == outcome; }));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::outcomeLabel(io::ImportRowOutcome outcome)
{
    switch (outcome) {
    case io::ImportRowOutcome::Accepted: return tr("ok");
    case io::ImportRowOutcome::Rejected: return tr("rejected");
    case io::ImportRowOutcome::Duplicate: return tr("already imported");
    }
    return {};
}

QString ImportPreviewModel::text(const io::LedgerPreviewRow &row, int column) const
{
    if (column == Line)
        return QLocale().toString(row.line);
    if (column == Status)
        return row.insidePause ? tr("ok, inside an agreed pause") : outcomeLabel(row.outcome);
    if (column == Reason)
        return row.reason;
    if (!row.values) // unreadable: its original text stands in the narrative column
        return column == Narrative ? QString::fromUtf8(row.raw) : QString();
    const domain::LedgerEntry &e = row.values->entry;
    switch (column) {
    case Date: return shortDate(e.date);
    case From: return row.values->fromName;
    case To: return row.values->toName;
    case Kind: return kindLabel(e.kind);
    case Quantity: {
        if (!e.quantity)
            return {};
        // Exact: the whole part and each fraction digit in the UI locale's digits, never through a double.
        const QLocale locale;
        const QString plain = io::formatDecimal(e.quantity->minorUnits, e.quantity->unit.scale());
        QString text = locale.toString(plain.section(u'.', 0, 0).toLongLong());
        const QString fraction = plain.section(u'.', 1);
        if (!fraction.isEmpty())
            text += locale.decimalPoint();
        for (QChar digit : fraction)
            text += locale.toString(digit.digitValue());
        return text;
    }
    case Unit: return e.quantity ? unitLabel(e.quantity->unit.key()) : unitLabel(QString());
    case Narrative: return e.narrative.original();
    case Language: return e.narrative.isEmpty() ? QString() : e.narrative.originalLanguage();
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const io::LedgerPreviewRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString t = text(row, index.column());
        if (t.size() > kShownChars)
            t = t.left(kShownChars) + QStringLiteral("…");
        t.replace(u'\n', u' ');
        // Text from the file keeps its own direction (first strong isolate): a Latin CSV line stays
        // left to right in the Arabic UI, a Persian name right to left in the English one.
        static const QList<int> fromFile{Reason, From, To, Narrative, Language};
        if (!t.isEmpty() && fromFile.contains(index.column()))
            t = QChar(0x2068) + t + QChar(0x2069);
        return t;
    }
    case Qt::ToolTipRole:
        if (index.column() == Narrative)
            return text(row, Narrative).left(1000);
        return index.column() == Status || index.column() == Reason ? row.reason : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Line || index.column() == Quantity ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                                                                     : QVariant();
    case Qt::FontRole:
        if (index.column() == Status && row.outcome == io::ImportRowOutcome::Rejected) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line: return tr("Line");
    case Status: return tr("Status");
    case Date: return tr("Date");
    case From: return tr("From");
    case To: return tr("To");
    case Kind: return tr("Kind");
    case Quantity: return tr("Quantity");
    case Unit: return tr("Unit");
    case Narrative: return tr("Narrative");
    case Language: return tr("Language");
    case Reason: return tr("Reason");
    }
    return {};
}

} // namespace trellis::gui
