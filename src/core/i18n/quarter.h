#pragma once
// Calendar quarters (the rhythm of solidarity retros): "2026-Q4" parsed, computed and shown per locale.

#include "util/result.h"

#include <QDate>
#include <QString>

namespace trellis::i18n {

/// A Gregorian quarter; retros are scheduled by it whatever calendar a locale displays dates in.
struct Quarter {
    int year = 0;    ///< 1..9999
    int quarter = 0; ///< 1..4

    /// The stored form: "2026-Q4".
    QString toString() const;
    QDate firstDay() const;
    QDate lastDay() const;
    friend bool operator==(const Quarter &, const Quarter &) = default;
};

/// Parses the stored form "2026-Q4" (also "2026-q4"); anything else is an error.
Result<Quarter> parseQuarter(const QString &text);

/// The quarter a day falls in.
Quarter quarterOf(const QDate &date);

/// The quarter as the locale labels it, in its digits: "Q4 2026" (en), "T4 2026" (fr),
/// "2026年第4季度" (zh-Hans), "الربع الرابع ٢٠٢٦" (ar). Gregorian years, even in fa-IR or th-TH.
Result<QString> formatQuarter(const Quarter &quarter, const QString &localeTag);

} // namespace trellis::i18n
