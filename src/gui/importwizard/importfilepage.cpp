#include "gui/importwizard/importfilepage.h"

#include "gui/importwizard/importwizard.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

#include "ui_importfilepage.h"

namespace trellis::gui {
namespace {

QString encodingText(const io::LedgerFileFacts &facts)
{
    switch (facts.encoding) {
    case io::CsvEncoding::Utf16LE:
        return facts.byteOrderMark ? ImportFilePage::tr("UTF-16 little-endian, with a byte-order mark")
                                   : ImportFilePage::tr("UTF-16 little-endian, without a byte-order mark");
    case io::CsvEncoding::Utf16BE:
        return facts.byteOrderMark ? ImportFilePage::tr("UTF-16 big-endian, with a byte-order mark")
                                   : ImportFilePage::tr("UTF-16 big-endian, without a byte-order mark");
    default:
        return facts.byteOrderMark ? ImportFilePage::tr("UTF-8, with a byte-order mark")
                                   : ImportFilePage::tr("UTF-8, without a byte-order mark");
    }
}

QString delimiterText(char delimiter)
{
    switch (delimiter) {
    case ',': return ImportFilePage::tr("Comma ( , )");
    case ';': return ImportFilePage::tr("Semicolon ( ; )");
    case '\t': return ImportFilePage::tr("Tab");
    case '|': return ImportFilePage::tr("Vertical bar ( | )");
    default: return ImportFilePage::tr("The character %1").arg(QLatin1Char(delimiter));
    }
}

/// The locale's short date as a pattern parseDate() knows (four-digit years), or empty.
QString localePattern()
{
    QString pattern = QLocale().dateFormat(QLocale::ShortFormat);
    pattern.replace(QRegularExpression(QStringLiteral("(?<!y)y{1,2}(?!y)")), QStringLiteral("yyyy"));
    pattern.replace(QRegularExpression(QStringLiteral("(?<!d)d(?!d)")), QStringLiteral("dd"));
    pattern.replace(QRegularExpression(QStringLiteral("(?<!M)M(?!M)")), QStringLiteral("MM"));
    static const QRegularExpression numeric(QStringLiteral("^(dd|MM|yyyy)[./-](dd|MM|yyyy)[./-](dd|MM|yyyy)$"));
    return numeric.match(pattern).hasMatch() ? pattern : QString();
}

} // namespace

QStringList ImportFilePage::dateCandidates()
{
    QStringList patterns{localePattern()};
    patterns << QStringLiteral("dd/MM/yyyy") << QStringLiteral("MM/dd/yyyy") << QStringLiteral("dd.MM.yyyy")
             << QStringLiteral("dd-MM-yyyy") << QStringLiteral("yyyy/MM/dd");
    patterns.removeAll(QString());
    patterns.removeDuplicates();
    return patterns;
}

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    Ui::ImportFilePage ui; // the layout is ui/importfilepage.ui; the choices and what was detected are set here
    ui.setupUi(this);
    m_path = ui.importPath;
    m_encoding = ui.encoding;
    m_detectedDelimiter = ui.detectedDelimiter;
    m_header = ui.header;
    m_problem = ui.importFileProblem;
    m_delimiter = ui.importDelimiter;
    m_decimal = ui.importDecimal;
    m_date = ui.importDateFormat;
    connect(ui.browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { inspect(0); });

    for (char d : {',', ';', '\t', '|'})
        m_delimiter->addItem(delimiterText(d), int(d));
    connect(m_delimiter, &QComboBox::activated, this, [this] { inspect(char(m_delimiter->currentData().toInt())); });
    m_decimal->setItemData(0, false); // the form's two items: decimal point, then decimal comma
    m_decimal->setItemData(1, true);

    const QDate example(2026, 3, 14);
    m_date->addItem(tr("ISO only: %1").arg(example.toString(Qt::ISODate)), QString());
    for (const QString &pattern : dateCandidates())
        m_date->addItem(tr("%1 (e.g. %2), or ISO").arg(pattern, example.toString(pattern)), pattern);
}

void ImportFilePage::browse()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import ledger from CSV"), start,
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportFilePage::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    inspect(0);
}

void ImportFilePage::selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void ImportFilePage::inspect(char delimiter)
{
    m_readable = false;
    m_problem->clear();
    for (QLabel *label : {m_encoding, m_detectedDelimiter, m_header})
        label->clear();
    QFile file(QDir::fromNativeSeparators(m_path->text().trimmed()));
    if (file.fileName().isEmpty()) {
        Q_EMIT completeChanged();
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("Cannot read the file: %1").arg(file.errorString()));
        Q_EMIT completeChanged();
        return;
    }
    auto facts = io::inspectLedgerFile(file, delimiter, dateCandidates());
    if (!facts) {
        m_problem->setText(tr("Cannot read the file: %1").arg(facts.error().message));
        Q_EMIT completeChanged();
        return;
    }
    m_readable = true;
    m_encoding->setText(encodingText(*facts));
    m_detectedDelimiter->setText(delimiter ? tr("%1 (chosen below)").arg(delimiterText(facts->delimiter))
                                           : delimiterText(facts->delimiter));
    m_header->setText(facts->headerNamesFields
                          ? tr("names the fields (date, from, to, kind, …): the columns map themselves")
                          : tr("is a header that does not name every required field: choose the columns on the next page"));
    if (!delimiter) {
        if (m_delimiter->findData(int(facts->delimiter)) < 0)
            m_delimiter->addItem(delimiterText(facts->delimiter), int(facts->delimiter));
        selectData(m_delimiter, int(facts->delimiter));
        selectData(m_decimal, facts->decimalComma);
        selectData(m_date, facts->dateFormat);
    }
    m_wizard->plan().facts = *facts;
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    return m_readable;
}

bool ImportFilePage::validatePage()
{
    ImportPlan &plan = m_wizard->plan();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path != plan.path || plan.delimiter != char(m_delimiter->currentData().toInt()))
        plan.columns.clear(); // another header: map it afresh
    plan.path = path;
    plan.delimiter = char(m_delimiter->currentData().toInt());
    plan.decimalComma = m_decimal->currentData().toBool();
    plan.dateFormat = m_date->currentData().toString();
    return true;
}

} // namespace trellis::gui
