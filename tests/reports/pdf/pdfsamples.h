#pragma once
// Report documents built by hand for the PDF and ODT writer tests: the 13 locales of the
// language tests side by side, and long tables.

#include "reports/document.h"

#include <QList>
#include <QString>

namespace trellis::test {

/// One sentence of the product's words in one of the 13 locales.
struct LocaleSentence {
    QString language;
    QString text;
};

/// "Review balances publicly" and its kin in en, es, fr, pt-BR, ar, fa, he, ru, zh-Hans, ja, hi, th, sw.
QList<LocaleSentence> thirteenLocales();

/// A report in the pair (first, second) whose rows carry every locale's sentence, in order, plus
/// a table of `tableRows` ledger-like rows (streamed by a generator) and a chart.
reports::Document sampleReport(const QString &first, const QString &second, qint64 tableRows = 0,
                               const QString &uiLanguage = QStringLiteral("en"));

} // namespace trellis::test
