#pragma once
// The bilingual report document: a small tree that every writer (HTML, CSV, PDF, ODT) walks.
//
// A Document is what a report says, already formatted, before any format is chosen:
//
//   Document
//    ├─ kind, title, languages (the pair: two Columns, each a BCP 47 tag and a direction)
//    ├─ facts:    header Rows (alliance, report kind, period, date made, ...), side by side
//    ├─ chain:    the ledger chain's head, the entries it covers and the command that verifies it
//    └─ sections: titled Sections of Blocks, in reading order; a Section may hold Sections
//          Block = Paragraph | Row | Table | Chart | Section
//
// Side by side: a Row is one label and one Cell per language of the pair (first, second). A Cell
// carries its language tag, its direction, its translation status and its text. The text is final:
// dates are in that column's calendar and digits, quantities in its number and currency formats
// (domain::formatQuantity, i18n::formatDate: the formatters the window uses). A missing translation
// is an empty text with status Missing; a writer shows it as missing and never fills it from the
// other column. Figures that are no translation (dates, sums, hashes) have no status.
//
// Labels (row labels, column headers, section titles) are in the interface language (tr()); what
// records say is in the cells.
//
// Streaming: a Table's rows come from a RowSource that a writer pulls one row at a time, so a
// ledger review of a million entries never holds them all; small tables use a RowList. Row sources
// are single-pass: a Document is written once; build it again to write it again (the builders
// are cheap until a writer pulls). A source reports a failed read through status() after next()
// returns false, and writers stop with that error.

#include "domain/bilingualtext.h"
#include "i18n/language.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace trellis::reports {

/// The four reports a user can ask for.
enum class ReportKind { LedgerReview, RetroReport, ProtocolHandbook, PartnerDirectory };

/// "ledger", "retro", "protocols", "partners": the names the command line and file names use.
QString reportKindKey(ReportKind kind);
std::optional<ReportKind> reportKindFromKey(const QString &key);

/// One language of the pair: its canonical tag and the direction its paragraphs run.
struct Column {
    QString language;
    i18n::TextDirection direction = i18n::TextDirection::LeftToRight;
    static Column of(const QString &language); ///< direction from the tag
};

/// One piece of text in one language, formatted and ready to lay out.
struct Cell {
    QString language; ///< BCP 47; empty for text that is in no language (hashes, ids, codes)
    i18n::TextDirection direction = i18n::TextDirection::LeftToRight;
    /// Where the text stands as a translation; nothing for figures and formatted facts.
    std::optional<domain::TranslationStatus> status;
    QString text; ///< empty when missing
    /// A figure's plain value for spreadsheets ("1234.50", "2026-07-01"), written by the CSV writer
    /// as a number or date instead of the formatted text; empty for texts.
    QString raw;

    bool isMissing() const { return status == domain::TranslationStatus::Missing; }

    /// A figure or fact formatted for column (no translation status).
    static Cell figure(const Column &column, QString text, QString raw = QString());
    /// Text in no language, read left to right: a hash, a code, an id.
    static Cell plain(QString text);
    /// A record's text as column shows it: the translation or original, or missing.
    static Cell of(const Column &column, const domain::BilingualText &text);
};

/// A label and the two sides of one field or fact.
struct Row {
    QString label;
    Cell first;
    Cell second;
    bool heading = false; ///< a record's own title (a retro, a protocol, a partner's name)
};

/// One table row; cells line up with the table's header.
using TableRow = QList<Cell>;

/// Yields a table's rows one at a time. Single-pass.
class RowSource {
public:
    virtual ~RowSource() = default;
    /// Fills row with the next row and returns true, or returns false at the end or on error.
    virtual bool next(TableRow &row) = 0;
    /// The error that ended the rows early, or ok.
    virtual Status status() const { return {}; }
    /// How many rows there will be when known before reading (for progress); -1 when not.
    virtual qint64 sizeHint() const { return -1; }
};

/// Rows held in memory: for the small tables of figures.
class RowList final : public RowSource {
public:
    explicit RowList(QList<TableRow> rows) : m_rows(std::move(rows)) {}
    bool next(TableRow &row) override;
    qint64 sizeHint() const override { return m_rows.size(); }

private:
    QList<TableRow> m_rows;
    qsizetype m_at = 0;
};

/// Rows computed one at a time by a function: it fills the row and returns true, or false at the end.
class RowGenerator final : public RowSource {
public:
    using Next = std::function<bool(TableRow &)>;
    using Check = std::function<Status()>;
    RowGenerator(Next next, Check status = {}, qint64 size = -1)
        : m_next(std::move(next)), m_status(std::move(status)), m_size(size) {}
    bool next(TableRow &row) override { return m_next(row); }
    Status status() const override { return m_status ? m_status() : Status{}; }
    qint64 sizeHint() const override { return m_size; }

private:
    Next m_next;
    Check m_status;
    qint64 m_size;
};

/// How a table column aligns its cells (numbers align to their column's end).
enum class CellAlign { Start, End };

/// A table of figures or records. Header cells are labels in the interface language, or a
/// language's name above a column of that language's texts. The header repeats on every page.
struct Table {
    QString caption;
    QList<Cell> header;
    QList<CellAlign> align;          ///< per column; Start when left out
    std::shared_ptr<RowSource> rows; ///< pulled once by a writer
    QString csvName;                 ///< file stem when the table is written as its own CSV ("balances")
};

/// One named series of a chart: a value per category.
struct ChartSeries {
    QString name;
    QList<double> values;
};

/// The data of a bar chart (flows per month or quarter); a writer draws it.
struct Chart {
    QString caption;
    QString unit;             ///< what the values count, in the interface language
    QStringList categories;   ///< x axis labels, formatted
    QList<ChartSeries> series;
};

/// A paragraph of text in one language (or the interface language when cell.language is empty).
struct Paragraph {
    Cell cell;
};

struct Section;
using Block = std::variant<Paragraph, Row, Table, Chart, std::shared_ptr<Section>>;

/// A titled part of a report; subsections nest as blocks.
struct Section {
    QString title;
    QList<Block> blocks;
};

/// The ledger chain's head as the report states it.
struct ChainHeadFact {
    QString head;          ///< hex SHA-256, or empty when nothing is posted yet
    qint64 entries = 0;    ///< posted entries the chain covers
    QString verifyCommand; ///< the one command that checks it
};

/// A whole report.
struct Document {
    ReportKind kind = ReportKind::LedgerReview;
    QString title;
    Column first;
    Column second;
    QString uiLanguage;     ///< the language labels are in (for lang on them)
    QString pageLocale;     ///< the locale that picks A4 or Letter
    QList<Row> facts;       ///< header facts, side by side
    std::optional<ChainHeadFact> chain;
    QList<Section> sections;
    /// The records the report covers (ledger entries, retros, protocols, partners): zero means
    /// the report has nothing to say for what was asked (an empty period).
    qint64 records = 0;
};

} // namespace trellis::reports
