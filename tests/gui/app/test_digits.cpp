// One digit system per screen: in the Arabic UI every number the window writes itself (ids,
// ordinals, dates, percentages, quarters) is in Arabic-Indic digits, as ICU's lists already are.
#include "guifixture.h"

#include "gui/app/mainwindow.h"
#include "gui/app/workspacestatus.h"
#include "gui/balances/balancepairdetail.h"
#include "gui/balances/balanceview.h"
#include "gui/balances/pairflowchart.h"
#include "gui/editing/datefield.h"
#include "gui/editing/labels.h"
#include "gui/editing/recordeditor.h"
#include "gui/sections/sectionpage.h"
#include "gui/translation/translationqueuemodel.h"
#include "gui/translation/translationqueueview.h"
#include "i18n/amount.h"
#include "store/ledgerstore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTest>

using namespace trellis;

namespace {

/// The Arabic UI for one test, put back afterwards.
struct ArabicUi {
    ArabicUi()
    {
        QLocale::setDefault(QLocale(QStringLiteral("ar")));
        QApplication::setLayoutDirection(Qt::RightToLeft);
    }
    ~ArabicUi()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

bool hasLatinDigit(const QString &text)
{
    static const QRegularExpression latin(QStringLiteral("[0-9]"));
    return latin.match(text).hasMatch();
}

QString labelText(QWidget *in, const char *name)
{
    auto *label = in->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no label %1)").arg(QLatin1String(name));
}

} // namespace

TEST_CASE("The helpers write ids, percentages, ISO dates and quarters in the UI's digits", "[gui][issue19][digits]")
{
    {
        ArabicUi arabic;
        CHECK(gui::numberLabel(1234) == QStringLiteral("\u0661\u0662\u0663\u0664")); // never grouped
        CHECK(gui::percentLabel(60) == QStringLiteral("\u0666\u0660\u066A\u061C"));
        CHECK(gui::isoDateLabel(QDate(2026, 11, 7)) == QStringLiteral("\u0662\u0660\u0662\u0666-\u0661\u0661-\u0660\u0667"));
        CHECK_FALSE(hasLatinDigit(gui::quarterLabel(QStringLiteral("2026-Q3"))));
        // The field reads back what it shows.
        CHECK(gui::DateField::parse(gui::isoDateLabel(QDate(2026, 11, 7)), QLocale()).value() == QDate(2026, 11, 7));
    }
    CHECK(gui::numberLabel(1234) == QStringLiteral("1234"));
    CHECK(gui::isoDateLabel(QDate(2026, 11, 7)) == QStringLiteral("2026-11-07"));
    CHECK(gui::quarterLabel(QStringLiteral("2026-Q3")) == QStringLiteral("Q3 2026"));
    CHECK(gui::isoDateLabel(QDate()).isEmpty());
}

TEST_CASE("The Arabic UI never mixes Latin and Arabic-Indic digits on the ledger, retro and queue screens", "[gui][issue19][digits]")
{
    test::ScratchDir dir;
    ArabicUi arabic;
    gui::MainWindow window(test::openDemo(dir));
    window.setLanguagePair(QStringLiteral("ar"), QStringLiteral("es"));
    test::showActive(window);

    // A ledger entry: its heading, its date field and both parity figures.
    window.openRecord(QStringLiteral("ledger_entry"), 12);
    gui::RecordEditor *ledger = window.page(gui::Section::Ledger)->editor();
    CHECK(labelText(ledger, "title").contains(QStringLiteral("\u0661\u0662")));
    CHECK_FALSE(hasLatinDigit(labelText(ledger, "title")));
    auto *date = ledger->findChild<gui::DateField *>(QStringLiteral("date"));
    REQUIRE(date);
    CHECK_FALSE(date->text().isEmpty());
    CHECK_FALSE(hasLatinDigit(date->text()));
    CHECK(date->date().isValid()); // what it shows, it reads
    CHECK_FALSE(hasLatinDigit(labelText(ledger, "recordParity")));
    for (QLabel *parity : ledger->findChildren<QLabel *>(QStringLiteral("parity")))
        CHECK_FALSE(hasLatinDigit(parity->text()));
    // An entry with a quantity shows it as typed in this locale, and it reads back exactly.
    qint64 measured = 0;
    for (qint64 id = 1; id < 60 && measured == 0; ++id) {
        auto entry = store::LedgerStore(window.workspace()).get(id);
        if (entry && entry->quantity && entry->quantity->unit.scale() > 0)
            measured = id;
    }
    REQUIRE(measured != 0);
    window.openRecord(QStringLiteral("ledger_entry"), measured);
    const domain::Quantity stored = *store::LedgerStore(window.workspace()).get(measured)->quantity;
    const QString quantity = ledger->findChild<QLineEdit *>(QStringLiteral("quantity"))->text();
    INFO(quantity.toStdString());
    CHECK_FALSE(hasLatinDigit(quantity));
    auto reread = i18n::parseAmount(quantity, i18n::DecimalSeparator::Point, stored.unit.scale());
    REQUIRE(reread.ok());
    CHECK(reread->units == stored.minorUnits);

    // A retro: the quarter in its list and heading, the answers' numbers.
    QAbstractItemModel *retros = window.page(gui::Section::Retros)->model();
    REQUIRE(retros->rowCount() > 0);
    CHECK_FALSE(hasLatinDigit(retros->index(0, 1).data().toString()));
    window.openRecord(QStringLiteral("retro"), 1);
    gui::RecordEditor *retro = window.page(gui::Section::Retros)->editor();
    CHECK_FALSE(hasLatinDigit(labelText(retro, "title")));
    int answers = 0;
    for (QLabel *label : retro->findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("Answer")) || label->text().startsWith(QStringLiteral("الإجابة"))) {
            ++answers;
            CHECK_FALSE(hasLatinDigit(label->text()));
        }
    }
    CHECK(answers > 0);

    // The translation queue names ledger entries by number, in the same digits.
    auto *queue = window.findChild<gui::TranslationQueueView *>();
    REQUIRE(queue);
    window.showSection(gui::Section::Translations); // the queue is read when first shown
    QAbstractItemModel *rows = queue->model();
    int entries = 0;
    for (int row = 0; row < rows->rowCount(); ++row) {
        const QString shown = rows->index(row, gui::TranslationQueueModel::Record).data().toString();
        if (queue->model()->item(row).ownerKind == QStringLiteral("ledger_entry")) {
            ++entries;
            CHECK_FALSE(hasLatinDigit(shown));
        }
    }
    CHECK(entries > 0);

    // The flows chart's axes: months and amounts.
    window.showSection(gui::Section::Balances);
    gui::PairFlowChart *chart = window.balanceView()->detail()->chart();
    for (qint64 other = 2; other <= 12 && chart->chart()->axes().isEmpty(); ++other)
        window.balanceView()->selectPair(1, other);
    REQUIRE_FALSE(chart->chart()->axes().isEmpty());
    auto *view = chart->findChild<QChartView *>();
    REQUIRE(view);
    QApplication::processEvents();
    int axisLabels = 0;
    for (QGraphicsItem *item : view->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && !text->toPlainText().isEmpty()) {
            ++axisLabels;
            INFO(text->toPlainText().toStdString());
            CHECK_FALSE(hasLatinDigit(text->toPlainText()));
        }
    }
    CHECK(axisLabels > 3);

    // The status bar's parity figures (counted in the background).
    QTRY_VERIFY_WITH_TIMEOUT(!window.status()->parityText().isEmpty(), 20000);
    const QString figures = window.status()->parityText().remove(QRegularExpression(QStringLiteral("\\b[a-z]{2,3}(-[A-Za-z]+)?\\b")));
    CHECK_FALSE(hasLatinDigit(figures));
}
